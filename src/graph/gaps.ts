/**
 * complianceGaps(scope, asOf, kinds): what is missing or wrong, each gap with what / why / where and
 * its provenance. Scope: a document key (that document and the documents implementing it, bounded
 * depth), an AdministrativeUnit key (documents applying to it or to a unit inside it), or null (the
 * whole graph). Only documents whose text is in the graph (non-stubs) are examined.
 *
 * Rules (one bounded read each, all in one read transaction):
 *  MISSING_DERIVED_PLAN  a duty that tells subordinate bodies to issue their own plans
 *                        (requiresDerivedPlan) or an ISSUE_PLAN deadline, with no implementing plan in
 *                        the graph from the tasked level (or any level below the plan) and no
 *                        DERIVED_PLAN_REGISTERED fulfilment answering the plan, the duty or the deadline
 *  OVERDUE_DEADLINE      an ABSOLUTE deadline before asOf, or the latest occurrence of a RECURRING one
 *                        before asOf, with no fulfilment for it (for that occurrence); an ISSUE_PLAN
 *                        deadline is also met once the derived plan is in the graph
 *  UNLED_DUTY            a duty nobody owns: no LEAD and no RESPONSIBLE tasking (conventions v2: RESPONSIBLE
 *                        counts as owning); unattributed duties too (heading lost: nobody is accountable
 *                        until it is attributed, whatever partners it names)
 *  UNMIRRORED_DUTY       an agency type tasked in a parent plan with no duty in an implementing plan of a
 *                        subordinate level
 *  UNRESOLVED_BASIS      a vague basis (Document.unresolvedBases) or an IMPLEMENTS/BASED_ON target whose
 *                        text is not in the graph and that the catalog does not know
 *  SUPERSEDED_BASIS      a document implementing / resting on / citing an instrument that another replaced
 *  DRAFT_DOCUMENT        no number or no date
 *  METADATA_CONFLICT     findings DATE_CONFLICT / METADATA_CONFLICT (the sources disagree)
 * Recording a fulfilment (recordFulfilment) closes the OVERDUE_DEADLINE / MISSING_DERIVED_PLAN it answers.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphContext } from './context.js';
import { apiError, ErrorCode } from '../server/errors.js';
import { candidateParams, isFulfilled, latestOccurrenceBefore, MAX_CANDIDATES, readCandidates, recurrenceBounds, addDays } from './calendar.js';
import { paginate, pageRequest, partialOf, type Page, type Partial } from './pagination.js';
import { dateArg, docRef, dutyRef, LEVEL_RANK, todayIso, type DocumentRef, type DutyRef, type Source } from './refs.js';
import { documentLabel } from './responsibility-map.js';

export const GAP_KINDS = [
  'MISSING_DERIVED_PLAN',
  'OVERDUE_DEADLINE',
  'UNLED_DUTY',
  'UNMIRRORED_DUTY',
  'UNRESOLVED_BASIS',
  'SUPERSEDED_BASIS',
  'DRAFT_DOCUMENT',
  'METADATA_CONFLICT',
] as const;
export type GapKind = (typeof GAP_KINDS)[number];
export type Severity = 'ERROR' | 'WARNING' | 'INFO';

export interface Gap {
  kind: GapKind;
  severity: Severity;
  what: string;
  why: string;
  document: DocumentRef;
  subjectKey: string | null;
  dueDate: string | null;
  source: Source;
}

export interface ComplianceGapsArgs {
  scope?: string | null;
  asOf?: unknown;
  kinds?: GapKind[] | null;
  first?: number | null;
  after?: string | null;
}

export const SCOPE_DESCENDANT_DEPTH = 5;
/** At most this many documents in a scope, and rows per rule; one row more is read to tell that a bound cut. */
export const DOC_BOUND = 10000;
export const ROW_BOUND = 5000;
const MAX_DOCS = DOC_BOUND + 1;
const MAX_ROWS = ROW_BOUND + 1;

/** Agency types that are not expected to reappear as tasked bodies in a subordinate plan. */
const NOT_MIRRORED = new Set(['OTHER', 'GOVERNMENT', 'MINISTRY', 'PEOPLES_COMMITTEE', 'PEOPLES_COUNCIL', 'PARTY']);

const SEVERITY_RANK: Record<Severity, number> = { ERROR: 0, WARNING: 1, INFO: 2 };

// ---------------------------------------------------------------------------------------------

/**
 * Keys of the non-stub documents a scope designates. One statement: the scope as a document (that
 * document and its descendants), else as a unit (documents applying to it or to a unit inside it).
 */
export async function scopeDocuments(tx: ManagedTransaction, scope: string | null | undefined): Promise<string[]> {
  if (scope == null) {
    const res = await tx.run(`MATCH (d:Document) WHERE NOT coalesce(d.stub, false) RETURN d.key AS key ORDER BY key LIMIT ${MAX_DOCS}`);
    return res.records.map((r) => r.get('key') as string);
  }
  const res = await tx.run(
    `OPTIONAL MATCH (root:Document {key: $scope})
     OPTIONAL MATCH (unit:AdministrativeUnit {key: $scope})
     CALL (root) {
       WITH root WHERE root IS NOT NULL
       WITH root, COLLECT { MATCH (root)<-[:IMPLEMENTS|BASED_ON*1..${SCOPE_DESCENDANT_DEPTH}]-(c:Document) RETURN DISTINCT c LIMIT ${MAX_DOCS} } AS cs
       UNWIND [root] + cs AS d
       WITH DISTINCT d WHERE NOT coalesce(d.stub, false)
       WITH d.key AS key ORDER BY key LIMIT ${MAX_DOCS}
       RETURN collect(key) AS docKeys
     }
     CALL (root, unit) {
       WITH unit AS u WHERE root IS NULL AND unit IS NOT NULL
       OPTIONAL MATCH (c:AdministrativeUnit)-[:PART_OF*0..3]->(u)
       OPTIONAL MATCH (d:Document)-[:APPLIES_TO]->(c) WHERE NOT coalesce(d.stub, false)
       RETURN collect(DISTINCT d.key)[0..${MAX_DOCS}] AS unitKeys
     }
     RETURN root IS NOT NULL AS isDocument, unit IS NOT NULL AS isUnit, docKeys, unitKeys
     LIMIT 1`,
    { scope },
  );
  const rec = res.records[0]!;
  if (rec.get('isDocument')) return rec.get('docKeys') as string[]; // [] for a stub with nothing implementing it
  if (!rec.get('isUnit')) {
    throw apiError(ErrorCode.NOT_FOUND, `Scope "${scope}" is neither a document key nor an administrative unit key (e.g. "thi-xa-bimr-sown.thanh-hoa" or "tinh-bac-ninh"); omit it for the whole graph.`);
  }
  return (rec.get('unitKeys') as string[]).sort();
}

/** The rules in the order their gaps (and partial reasons) are listed before sorting. */
const RULES: Array<[GapKind, (tx: ManagedTransaction, p: RuleParams) => Promise<Gap[]>]> = [
  ['DRAFT_DOCUMENT', (tx, p) => draftDocuments(tx, p)],
  ['METADATA_CONFLICT', (tx, p) => metadataConflicts(tx, p)],
  ['UNRESOLVED_BASIS', (tx, p) => unresolvedBases(tx, p)],
  ['SUPERSEDED_BASIS', (tx, p) => supersededBases(tx, p)],
  ['UNLED_DUTY', (tx, p) => unledDuties(tx, p)],
  ['OVERDUE_DEADLINE', (tx, p) => overdueDeadlines(tx, p)],
  ['MISSING_DERIVED_PLAN', (tx, p) => missingDerivedPlans(tx, p)],
  ['UNMIRRORED_DUTY', (tx, p) => unmirroredDuties(tx, p)],
];

export async function complianceGaps(_: unknown, args: ComplianceGapsArgs, ctx: GraphContext): Promise<Page<Gap> & Partial> {
  const asOf = dateArg(args.asOf, 'asOf') ?? todayIso();
  const kinds = new Set<GapKind>(args.kinds?.length ? args.kinds : GAP_KINDS);
  const req = pageRequest(args.first, args.after, 50);
  return ctx.db.read(async (tx) => {
    let keys = await scopeDocuments(tx, args.scope);
    const cuts: string[] = [];
    if (keys.length > DOC_BOUND) {
      keys = keys.slice(0, DOC_BOUND);
      cuts.push(`The scope holds more than ${DOC_BOUND} documents: only the first ${DOC_BOUND} (by key) were examined. Choose a smaller scope (a province, a plan).`);
    }
    const gaps: Gap[] = [];
    if (keys.length) {
      // Every rule sends its first read at once (the driver pipelines them in the transaction: one
      // wait instead of one per rule); each rule notes its own cuts, listed in rule order as before.
      const runs = RULES.filter(([kind]) => kinds.has(kind)).map(([, rule]) => {
        const p: RuleParams = { keys: keys, asOf, cuts: [] };
        return rule(tx, p).then((found) => ({ found, cuts: p.cuts }));
      });
      for (const { found, cuts: ruleCuts } of await Promise.all(runs)) {
        gaps.push(...found);
        cuts.push(...ruleCuts);
      }
    }
    return { ...paginate(sortGaps(gaps), req), ...partialOf(cuts) };
  });
}

export function sortGaps(gaps: Gap[]): Gap[] {
  return gaps.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.document.key.localeCompare(b.document.key) ||
      (a.source.line ?? 0) - (b.source.line ?? 0) ||
      a.kind.localeCompare(b.kind) ||
      (a.subjectKey ?? '').localeCompare(b.subjectKey ?? ''),
  );
}

interface RuleParams {
  keys: string[];
  asOf: string;
  /** Why the answer is partial (filled by the rules whose bound cut their rows). */
  cuts: string[];
}

/** The rows of a rule within ROW_BOUND; a cut is reported, never silent. */
function bounded<T>(rows: T[], rule: string, p: RuleParams): T[] {
  if (rows.length <= ROW_BOUND) return rows;
  p.cuts.push(`${rule}: more than ${ROW_BOUND} rows in this scope; only the first ${ROW_BOUND} were examined. Choose a smaller scope or fewer kinds.`);
  return rows.slice(0, ROW_BOUND);
}

const docSource = (d: { key: string }, sourceFile: string | null, line: number | null = null, lineEnd: number | null = null): Source => ({
  documentKey: d.key,
  sourceFile,
  line,
  lineEnd: lineEnd ?? line,
});

// ---------------------------------------------------------------------------------------------
// Rules

async function draftDocuments(tx: ManagedTransaction, p: RuleParams): Promise<Gap[]> {
  const res = await tx.run(
    `MATCH (d:Document) WHERE d.key IN $keys AND NOT coalesce(d.stub, false) AND (d.number IS NULL OR d.issuedOn IS NULL)
     RETURN ${docRef('d')} AS doc, d.sourceFile AS file,
       COLLECT { MATCH (d)-[:HAS_FINDING]->(f:Finding)
                 WHERE f.code IN ['BLANK_NUMBER', 'MISSING_NUMBER', 'BLANK_DATE', 'MISSING_DATE']
                 RETURN f { .code, .line } ORDER BY f.line LIMIT 10 } AS findings
     ORDER BY d.key LIMIT ${MAX_ROWS}`,
    p,
  );
  return bounded(res.records, 'DRAFT_DOCUMENT', p).map((r) => {
    const doc = r.get('doc') as DocumentRef;
    const findings = r.get('findings') as Array<{ code: string; line: number | null }>;
    const blank = (what: 'NUMBER' | 'DATE') => findings.some((f) => f.code === `BLANK_${what}`);
    const missing: string[] = [];
    if (doc.number == null) missing.push(blank('NUMBER') ? 'its number is left blank ("Số: /…")' : 'it has no number');
    if (doc.issuedOn == null) missing.push(blank('DATE') ? 'its date is left blank ("ngày tháng năm …")' : 'it has no date of issue');
    const line = findings.find((f) => f.line != null)?.line ?? 1;
    return {
      kind: 'DRAFT_DOCUMENT',
      severity: 'WARNING',
      what: `${documentLabel(doc)}: ${missing.join(' and ')}.`,
      why: findings.some((f) => f.code.startsWith('BLANK_'))
        ? 'Blank number/date fields mean the text is a draft, not the issued document: it cannot be cited or relied on as issued.'
        : 'Without a number and a date of issue the document cannot be identified or cited unambiguously (a draft, or a copy that lost its header).',
      document: doc,
      subjectKey: null,
      dueDate: null,
      source: docSource(doc, r.get('file') as string | null, line),
    } satisfies Gap;
  });
}

async function metadataConflicts(tx: ManagedTransaction, p: RuleParams): Promise<Gap[]> {
  const res = await tx.run(
    `MATCH (d:Document)-[:HAS_FINDING]->(f:Finding)
     WHERE d.key IN $keys AND f.code IN ['DATE_CONFLICT', 'METADATA_CONFLICT']
     RETURN ${docRef('d')} AS doc, d.sourceFile AS file, f { .key, .code, .message, .line, .severity } AS finding
     ORDER BY d.key, f.line, f.key LIMIT ${MAX_ROWS}`,
    p,
  );
  return bounded(res.records, 'METADATA_CONFLICT', p).map((r) => {
    const doc = r.get('doc') as DocumentRef;
    const f = r.get('finding') as { key: string; code: string; message: string; line: number | null; severity: string | null };
    return {
      kind: 'METADATA_CONFLICT',
      severity: 'WARNING',
      what: f.message,
      why:
        f.code === 'DATE_CONFLICT'
          ? 'The same instrument is given two different dates: at least one citation is wrong, and which one must be checked against the instrument itself.'
          : 'Sources disagree about this document\'s metadata (number, date or title): the graph keeps the first and reports the other.',
      document: doc,
      subjectKey: f.key,
      dueDate: null,
      source: docSource(doc, r.get('file') as string | null, f.line),
    } satisfies Gap;
  });
}

async function unresolvedBases(tx: ManagedTransaction, p: RuleParams): Promise<Gap[]> {
  const gaps: Gap[] = [];
  const vagueRun = tx.run(
    `MATCH (d:Document) WHERE d.key IN $keys AND size(coalesce(d.unresolvedBases, [])) > 0
     RETURN ${docRef('d')} AS doc, d.sourceFile AS file, d.unresolvedBases AS bases,
       head(COLLECT { MATCH (d)-[:HAS_FINDING]->(f:Finding {code: 'VAGUE_BASIS'}) RETURN f.line ORDER BY f.line LIMIT 1 }) AS line
     ORDER BY d.key LIMIT ${MAX_ROWS}`,
    p,
  );
  const stubsRun = tx.run(
    `MATCH (d:Document)-[r:IMPLEMENTS|BASED_ON]->(t:Document)
     WHERE d.key IN $keys AND coalesce(t.stub, false) AND NOT coalesce(t.catalog, false)
     RETURN ${docRef('d')} AS doc, ${docRef('t')} AS basis, type(r) AS relation,
       { documentKey: coalesce(r.sourceKey, d.key), sourceFile: d.sourceFile, line: r.line, lineEnd: coalesce(r.lineEnd, r.line) } AS source
     ORDER BY d.key, r.line, t.key LIMIT ${MAX_ROWS}`,
    p,
  );
  const [vague, stubs] = await Promise.all([vagueRun, stubsRun]);
  for (const r of bounded(vague.records, 'UNRESOLVED_BASIS (vague bases)', p)) {
    const doc = r.get('doc') as DocumentRef;
    for (const basis of r.get('bases') as string[]) {
      gaps.push({
        kind: 'UNRESOLVED_BASIS',
        severity: 'WARNING',
        what: `${documentLabel(doc)} gives as its basis only "${basis}".`,
        why: 'A vague basis names no instrument (no number, no date): the plan cannot be traced to what it implements.',
        document: doc,
        subjectKey: null,
        dueDate: null,
        source: docSource(doc, r.get('file') as string | null, (r.get('line') as number | null) ?? null),
      });
    }
  }
  for (const r of bounded(stubs.records, 'UNRESOLVED_BASIS (bases not in the graph)', p)) {
    const doc = r.get('doc') as DocumentRef;
    const basis = r.get('basis') as DocumentRef;
    gaps.push({
      kind: 'UNRESOLVED_BASIS',
      severity: 'INFO',
      what: `${documentLabel(doc)} ${r.get('relation') === 'IMPLEMENTS' ? 'implements' : 'rests on'} ${documentLabel(basis)}, whose text is not in the graph.`,
      why: 'The basis is only known from this citation (a stub the catalog does not hold): its content, date and own basis cannot be checked.',
      document: doc,
      subjectKey: basis.key,
      dueDate: null,
      source: r.get('source') as Source,
    });
  }
  return gaps;
}

async function supersededBases(tx: ManagedTransaction, p: RuleParams): Promise<Gap[]> {
  const res = await tx.run(
    `MATCH (d:Document)-[r:IMPLEMENTS|BASED_ON|CITES]->(o:Document)<-[:SUPERSEDES]-(n:Document)
     WHERE d.key IN $keys
     WITH d, o, n, r ORDER BY d.key, o.key, n.key, r.line
     WITH d, o, n, head(collect(r)) AS r
     RETURN ${docRef('d')} AS doc, ${docRef('o')} AS old, ${docRef('n')} AS newer, type(r) AS relation,
       { documentKey: coalesce(r.sourceKey, d.key), sourceFile: d.sourceFile, line: r.line, lineEnd: coalesce(r.lineEnd, r.line) } AS source
     LIMIT ${MAX_ROWS}`,
    p,
  );
  return bounded(res.records, 'SUPERSEDED_BASIS', p).map((r) => {
    const doc = r.get('doc') as DocumentRef;
    const old = r.get('old') as DocumentRef;
    const newer = r.get('newer') as DocumentRef;
    const verb = { IMPLEMENTS: 'implements', BASED_ON: 'rests on', CITES: 'cites' }[r.get('relation') as string] ?? 'cites';
    const before = newer.issuedOn && doc.issuedOn && newer.issuedOn <= doc.issuedOn;
    return {
      kind: 'SUPERSEDED_BASIS',
      severity: 'WARNING',
      what: `${documentLabel(doc)} ${verb} ${documentLabel(old)}, which ${documentLabel(newer)} replaced.`,
      why: before
        ? `The instrument had already been replaced (${newer.issuedOn}) when this document was issued (${doc.issuedOn}).`
        : `The instrument was replaced${newer.issuedOn ? ` on ${newer.issuedOn}` : ''}, after this document was issued: the document should be brought up to date with its successor.`,
      document: doc,
      subjectKey: old.key,
      dueDate: null,
      source: r.get('source') as Source,
    } satisfies Gap;
  });
}

/** Roles that own a duty (conventions v2): a duty with one of them is not unled. */
const OWNING_ROLES = "['LEAD', 'RESPONSIBLE']";

async function unledDuties(tx: ManagedTransaction, p: RuleParams): Promise<Gap[]> {
  const res = await tx.run(
    `MATCH (d:Document)-[:ASSIGNS]->(u:Duty)
     WHERE d.key IN $keys AND (u.unattributed OR NOT EXISTS { MATCH (:Agency)-[t:TASKED_WITH]->(u) WHERE t.role IN ${OWNING_ROLES} })
     RETURN ${docRef('d')} AS doc, ${dutyRef('u', 'd')} AS duty, u.suggestedAgencyKey AS suggested,
       COLLECT { MATCH (g:Agency)-[t:TASKED_WITH]->(u) RETURN { role: t.role, name: g.name } ORDER BY g.key LIMIT 20 } AS carriers
     ORDER BY d.key, u.line, u.key LIMIT ${MAX_ROWS}`,
    p,
  );
  return bounded(res.records, 'UNLED_DUTY', p).map((r) => {
    const doc = r.get('doc') as DocumentRef;
    const duty = r.get('duty') as DutyRef;
    const carriers = r.get('carriers') as Array<{ role: string; name: string }>;
    const suggested = r.get('suggested') as string | null;
    const text = short(duty.text);
    let severity: Severity = 'WARNING';
    let what: string;
    let why: string;
    if (duty.unattributed) {
      what = `Duty "${text}" is unattributed: its agency heading was lost, so no agency is asserted to lead it${carriers.length ? ` (named in it: ${list(carriers)})` : ''}.`;
      why = `The body that carries this duty is not in the text${suggested ? `; the context suggests ${suggested}, which is not asserted as fact` : ''}: nobody is accountable for it until it is attributed.`;
    } else if (carriers.length === 0) {
      what = `Duty "${text}" names no agency.`;
      why = 'Nobody is recorded as leading — or carrying — this duty.';
    } else if (carriers.every((c) => c.role === 'REQUESTED')) {
      severity = 'INFO';
      what = `Duty "${text}" is only requested (đề nghị) of ${list(carriers)}.`;
      why = 'The bodies asked are outside the chain of command of the issuer; no body the plan can task owns the duty.';
    } else {
      what = `Duty "${text}" has no owner (no lead, no responsible body): only ${list(carriers)}.`;
      why = 'Every agency on this duty only coordinates (phối hợp), advises (tham mưu) or is requested (đề nghị): no one owns it (chủ trì or its own task).';
    }
    return { kind: 'UNLED_DUTY', severity, what, why, document: doc, subjectKey: duty.key, dueDate: null, source: duty.source } satisfies Gap;
  });
}

async function overdueDeadlines(tx: ManagedTransaction, p: RuleParams): Promise<Gap[]> {
  const until = addDays(p.asOf, -1);
  const { candidates: cands, more } = await readCandidates(tx, candidateParams({ keys: p.keys, from: '1900-01-01', to: until }));
  if (more) p.cuts.push(`OVERDUE_DEADLINE: more than ${MAX_CANDIDATES} deadlines in this scope; only the first ${MAX_CANDIDATES} (by document, line) were examined. Choose a smaller scope.`);
  // An ISSUE_PLAN deadline is met once the derived plan itself is in the graph.
  const planDocs = [...new Set(cands.filter((c) => c.deadline.action === 'ISSUE_PLAN').map((c) => c.document.key))];
  const implementers = new Map<string, Array<{ level: string | null }>>();
  if (planDocs.length) {
    const impl = await tx.run(
      `MATCH (c:Document)-[:IMPLEMENTS|BASED_ON]->(d:Document)
       WHERE d.key IN $planDocs AND NOT coalesce(c.stub, false)
       RETURN d.key AS doc, collect(DISTINCT c { .level })[0..200] AS implementers LIMIT ${MAX_ROWS}`,
      { planDocs },
    );
    for (const r of bounded(impl.records, 'OVERDUE_DEADLINE (implementing plans)', p)) implementers.set(r.get('doc') as string, r.get('implementers') as Array<{ level: string | null }>);
  }
  const gaps: Gap[] = [];
  for (const c of cands) {
    const due = latestOccurrenceBefore(c.deadline, p.asOf, recurrenceBounds(c.deadline, c.docTiming));
    if (!due || isFulfilled(c, due)) continue;
    if (c.deadline.action === 'ISSUE_PLAN' && derivedPlanInGraph(c.document.level, c.agencies.map((a) => a.level), implementers.get(c.document.key) ?? [])) continue;
    const recurring = c.deadline.kind === 'RECURRING';
    gaps.push({
      kind: 'OVERDUE_DEADLINE',
      // a report, a plan, a submission or a completion that is late is an error; a periodic activity
      // with nothing to hand in ("giao ban định kỳ hàng tháng") only a warning
      severity: c.deadline.action === 'OTHER' || c.deadline.action === 'START' ? 'WARNING' : 'ERROR',
      what: `${recurring ? `The ${String(c.deadline.frequency ?? '').toLowerCase().replace('_', '-')} deadline` : 'The deadline'} "${short(c.deadline.text)}" was due on ${due}${c.agencies.length ? ` (${list(c.agencies)})` : ''}.`,
      why: recurring
        ? `Its latest occurrence before ${p.asOf} (${due}) has no recorded fulfilment.`
        : `The date passed before ${p.asOf} and no fulfilment is recorded for it.`,
      document: c.document,
      subjectKey: c.deadline.key,
      dueDate: due,
      source: c.deadline.source,
    });
  }
  return gaps;
}

interface DerivedPlanRow {
  doc: DocumentRef;
  docLevel: string | null;
  duty: DutyRef | null;
  deadlines: Array<{ key: string; kind: string; date: string | null; text: string; source: Source }>;
  levels: string[];
  implementers: Array<{ key: string; level: string | null }>;
  fulfilled: boolean;
}

async function missingDerivedPlans(tx: ManagedTransaction, p: RuleParams): Promise<Gap[]> {
  const byDutyRun = tx.run(
    `MATCH (d:Document)-[:ASSIGNS]->(u:Duty)
     WHERE d.key IN $keys AND (u.requiresDerivedPlan = true OR EXISTS { MATCH (u)-[:DUE]->(x:Deadline {action: 'ISSUE_PLAN'}) })
     RETURN d.key AS docKey, u.key AS dutyKey, ${dutyRef('u', 'd')} AS duty,
       COLLECT { MATCH (u)-[:DUE]->(x:Deadline {action: 'ISSUE_PLAN'}) RETURN x.key ORDER BY x.line LIMIT 20 } AS deadlineKeys
     ORDER BY d.key, u.line LIMIT ${MAX_ROWS}`,
    p,
  );
  const looseRun = tx.run(
    `MATCH (x:Deadline {action: 'ISSUE_PLAN'})
     WHERE x.sourceKey IN $keys AND NOT EXISTS { MATCH (:Duty)-[:DUE]->(x) }
     RETURN x.sourceKey AS docKey, x.key AS deadlineKey ORDER BY x.sourceKey, x.line LIMIT ${MAX_ROWS}`,
    p,
  );
  const [byDuty, loose] = await Promise.all([byDutyRun, looseRun]);
  const groups: Array<{ docKey: string; dutyKey: string | null; duty: DutyRef | null; deadlineKeys: string[] }> = [
    ...bounded(byDuty.records, 'MISSING_DERIVED_PLAN (duties)', p).map((r) => ({ docKey: r.get('docKey') as string, dutyKey: r.get('dutyKey') as string, duty: r.get('duty') as DutyRef, deadlineKeys: r.get('deadlineKeys') as string[] })),
    ...bounded(loose.records, 'MISSING_DERIVED_PLAN (deadlines)', p).map((r) => ({ docKey: r.get('docKey') as string, dutyKey: null, duty: null, deadlineKeys: [r.get('deadlineKey') as string] })),
  ];
  if (!groups.length) return [];

  const details = await tx.run(
    `UNWIND $groups AS grp
     MATCH (d:Document {key: grp.docKey})
     OPTIONAL MATCH (u:Duty {key: grp.dutyKey})
     RETURN grp.i AS i, ${docRef('d')} AS doc, d.level AS docLevel,
       COLLECT { MATCH (x:Deadline) WHERE x.key IN grp.deadlineKeys
                 RETURN x { .key, .kind, date: toString(x.date), text: coalesce(x.text, ''),
                            source: { documentKey: x.sourceKey, sourceFile: d.sourceFile, line: x.line, lineEnd: x.lineEnd } }
                 ORDER BY x.line LIMIT 20 } AS deadlines,
       COLLECT { MATCH (g:Agency)-[:TASKED_WITH]->(u) RETURN DISTINCT g.level LIMIT 20 }
         + COLLECT { MATCH (x:Deadline)-[:BINDS]->(g:Agency) WHERE x.key IN grp.deadlineKeys RETURN DISTINCT g.level LIMIT 20 } AS levels,
       COLLECT { MATCH (c:Document)-[:IMPLEMENTS|BASED_ON]->(d) WHERE NOT coalesce(c.stub, false)
                 RETURN DISTINCT c { .key, .level } LIMIT 200 } AS implementers,
       (EXISTS { MATCH (:Fulfilment {kind: 'DERIVED_PLAN_REGISTERED'})-[:ANSWERS]->(d) }
        OR EXISTS { MATCH (:Fulfilment {kind: 'DERIVED_PLAN_REGISTERED'})-[:FULFILS_DUTY]->(u) }
        OR EXISTS { UNWIND grp.deadlineKeys AS xk MATCH (:Fulfilment {kind: 'DERIVED_PLAN_REGISTERED'})-[:FULFILS]->(:Deadline {key: xk}) }) AS fulfilled
     LIMIT ${MAX_ROWS}`,
    { groups: groups.map((g, i) => ({ ...g, i, duty: null })) },
  );
  const gaps: Gap[] = [];
  for (const r of bounded(details.records, 'MISSING_DERIVED_PLAN', p)) {
    const g = groups[r.get('i') as number]!;
    const row: DerivedPlanRow = {
      doc: r.get('doc') as DocumentRef,
      docLevel: r.get('docLevel') as string | null,
      duty: g.duty,
      deadlines: r.get('deadlines') as DerivedPlanRow['deadlines'],
      levels: (r.get('levels') as Array<string | null>).filter((l): l is string => !!l),
      implementers: r.get('implementers') as DerivedPlanRow['implementers'],
      fulfilled: r.get('fulfilled') as boolean,
    };
    const gap = derivedPlanGap(row, p.asOf);
    if (gap) gaps.push(gap);
  }
  return mergeDerivedPlanGaps(gaps);
}

/**
 * One MISSING_DERIVED_PLAN per plan: several passages of a plan often ask for the same derived plans
 * (the assignment and, again, the deadline). The gap keeps the most pressing passage (earliest due
 * date, else the first) and says which others ask too.
 */
export function mergeDerivedPlanGaps(gaps: Gap[]): Gap[] {
  const byDoc = new Map<string, Gap[]>();
  for (const g of gaps) byDoc.set(g.document.key, [...(byDoc.get(g.document.key) ?? []), g]);
  return [...byDoc.values()].map((group) => {
    const sorted = [...group].sort(
      (a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || (a.source.line ?? 0) - (b.source.line ?? 0),
    );
    const main = sorted[0]!;
    if (sorted.length === 1) return main;
    const lines = [...new Set(group.map((g) => g.source.line).filter((l): l is number => l != null))].sort((a, b) => a - b);
    return { ...main, why: `${main.why} The plan asks for them at lines ${lines.join(', ')}.` };
  });
}

/**
 * Does the graph hold a plan derived from this one: an implementing document (with its own text)
 * from the level of the bodies tasked, or from any level below the plan's own?
 */
export function derivedPlanInGraph(docLevel: string | null, taskedLevels: string[], implementers: Array<{ level: string | null }>): boolean {
  const docRank = LEVEL_RANK[docLevel ?? ''];
  return implementers.some((c) => {
    if (c.level && taskedLevels.includes(c.level)) return true;
    const rank = LEVEL_RANK[c.level ?? ''];
    return rank != null && docRank != null && rank > docRank;
  });
}

/** Pure decision of the MISSING_DERIVED_PLAN rule for one duty / deadline group. */
export function derivedPlanGap(row: DerivedPlanRow, asOf: string): Gap | null {
  if (row.fulfilled || derivedPlanInGraph(row.docLevel, row.levels, row.implementers)) return null;
  const dated = row.deadlines.filter((d) => d.kind === 'ABSOLUTE' && d.date).sort((a, b) => (a.date! < b.date! ? -1 : 1));
  const due = dated[0]?.date ?? null;
  const late = due != null && due < asOf;
  const subject = row.duty?.key ?? row.deadlines[0]?.key ?? null;
  const text = row.duty?.text ?? row.deadlines[0]?.text ?? '';
  const source = row.duty?.source ?? row.deadlines[0]?.source ?? { documentKey: row.doc.key, sourceFile: null, line: null, lineEnd: null };
  return {
    kind: 'MISSING_DERIVED_PLAN',
    severity: late ? 'ERROR' : 'WARNING',
    what: `${documentLabel(row.doc)} asks subordinate bodies to issue their own plans ("${short(text)}")${due ? ` by ${due}` : ''}; the graph holds none.`,
    why: `No document in the graph implements this plan at the level of the bodies tasked${row.levels.length ? ` (${row.levels.join(', ')})` : ''}, and no derived plan is registered as a fulfilment.`,
    document: row.doc,
    subjectKey: subject,
    dueDate: due,
    source,
  };
}

async function unmirroredDuties(tx: ManagedTransaction, p: RuleParams): Promise<Gap[]> {
  // The agency types of a plan are read once per plan, and only for the pairs the rule examines (a
  // subordinate unit's plan below its parent): a province plan implemented by hundreds of commune
  // plans was read once per commune plan.
  const res = await tx.run(
    `CALL () {
       MATCH (c:Document)-[r:IMPLEMENTS|BASED_ON]->(pd:Document) WHERE c.key IN $keys RETURN c, r, pd
       UNION
       MATCH (c:Document)-[r:IMPLEMENTS|BASED_ON]->(pd:Document) WHERE pd.key IN $keys RETURN c, r, pd
     }
     WITH c, r, pd WHERE NOT coalesce(c.stub, false) AND NOT coalesce(pd.stub, false)
     WITH c, pd, head(collect(r)) AS r
     ORDER BY c.key, pd.key LIMIT ${MAX_ROWS}
     WITH collect({ c: c, pd: pd, r: r, pk: pd.key, live: $ranks[c.level] > $ranks[pd.level] }) AS pairs
     CALL (pairs) {
       UNWIND pairs AS x
       WITH x WHERE x.live
       WITH DISTINCT x.pd AS pd
       WITH pd, COLLECT { MATCH (pd)-[:ASSIGNS]->(u:Duty)<-[:TASKED_WITH]-(g:Agency)
                          WHERE NOT coalesce(g.group, false)
                          WITH g.type AS type, u ORDER BY u.line
                          WITH type, collect(u.key)[0] AS dutyKey, collect(u.text)[0] AS text
                          RETURN { type: type, dutyKey: dutyKey, text: text } LIMIT 100 } AS types
       RETURN collect({ key: pd.key, types: types }) AS parents
     }
     UNWIND pairs AS x
     WITH x.c AS c, x.pd AS pd, x.r AS r, x.pk AS pk, x.live AS live, parents
     RETURN ${docRef('c')} AS child, c.level AS childLevel, pd.level AS parentLevel, ${docRef('pd')} AS parent,
       { documentKey: coalesce(r.sourceKey, c.key), sourceFile: c.sourceFile, line: r.line, lineEnd: coalesce(r.lineEnd, r.line) } AS source,
       coalesce(head([t IN parents WHERE t.key = pk | t.types]), []) AS parentTypes,
       CASE WHEN live THEN COLLECT { MATCH (c)-[:ASSIGNS]->(:Duty)<-[:TASKED_WITH]-(g:Agency) RETURN DISTINCT g.type LIMIT 100 } ELSE [] END AS childTypes`,
    { ...p, ranks: LEVEL_RANK },
  );
  const gaps: Gap[] = [];
  for (const r of bounded(res.records, 'UNMIRRORED_DUTY', p)) {
    const childRank = LEVEL_RANK[(r.get('childLevel') as string | null) ?? ''];
    const parentRank = LEVEL_RANK[(r.get('parentLevel') as string | null) ?? ''];
    if (childRank == null || parentRank == null || childRank <= parentRank) continue; // not a subordinate unit's plan
    const child = r.get('child') as DocumentRef;
    const parent = r.get('parent') as DocumentRef;
    const childTypes = new Set(r.get('childTypes') as string[]);
    for (const t of r.get('parentTypes') as Array<{ type: string; dutyKey: string; text: string }>) {
      if (NOT_MIRRORED.has(t.type) || childTypes.has(t.type)) continue;
      gaps.push({
        kind: 'UNMIRRORED_DUTY',
        severity: 'WARNING',
        what: `${documentLabel(parent)} tasks ${t.type} bodies ("${short(t.text)}"); ${documentLabel(child)}, which implements it, gives that type of body no duty.`,
        why: 'A plan that implements a higher-level plan is expected to pass each tasked kind of body on to its local counterpart.',
        document: child,
        subjectKey: t.dutyKey,
        dueDate: null,
        source: r.get('source') as Source,
      });
    }
  }
  return gaps;
}

// ---------------------------------------------------------------------------------------------

function short(s: string, n = 110): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= n ? t : `${t.slice(0, n - 1).trimEnd()}…`;
}

function list(xs: Array<{ name: string; role?: string }>): string {
  const shown = xs.slice(0, 4).map((x) => (x.role ? `${x.name} (${x.role})` : x.name));
  return xs.length > 4 ? `${shown.join(', ')} and ${xs.length - 4} more` : shown.join(', ');
}
