/**
 * Scores an extraction against a hand-written golden file (test/golden/*.expected.json).
 *
 * The golden files are what a careful human reader finds in the seed documents, written
 * independently of the parser and following docs/extraction-conventions.md. Matching is
 * lenient where a human would be (spelling variants, aliases, line spans) and strict where
 * the fact itself differs (another agency, another role, another date).
 *
 * Expected facts may carry:
 *  - `optional: true`  — a defensible reading either way: not counted as missed when absent,
 *                        and an actual fact matching it is not counted as extra;
 *  - `altRoles`, `altKinds`, `altIssuedOn`, `altPurposes` — other values a careful reader accepts;
 *  - `names` (agencies) — other spellings of the same body.
 * Everything is one-to-one (maximum bipartite matching), required facts first.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Extraction } from '../../src/ingest/model.js';
import { fold, matchForm, normalizeVi, slug } from '../../src/ingest/text.js';

// ---------------------------------------------------------------------------------------------
// Golden file shape
// ---------------------------------------------------------------------------------------------

export interface GoldenDocument {
  key?: string;
  kind: string;
  number: string | null;
  issuedOn: string | null;
  year: number | null;
  place?: string | null;
  issuer: string;
  issuerLevel: string;
  jurisdiction?: string | null;
  signer: string | null;
  signerCapacity?: string | null;
  draft: boolean;
  titleContains: string;
  period: { from: number; to: number } | null;
}

interface Optional {
  optional?: boolean;
  note?: string;
}

export interface GoldenReference extends Optional {
  relation: string;
  altRelations?: string[];
  kind: string;
  altKinds?: string[];
  number: string | null;
  name?: string;
  alias?: string;
  vague?: boolean;
  issuedOn: string | null;
  altIssuedOn?: string[];
  issuer?: string | null;
  line: number;
  lineEnd?: number;
  bodyLine?: number;
}

export interface GoldenLink extends Optional {
  from: string;
  to: string;
  relation: string;
  line: number;
}

export interface GoldenAgency extends Optional {
  name: string;
  names?: string[];
  type: string;
  level: string;
  group: boolean;
}

export interface GoldenAssignment extends Optional {
  agency: string;
  role: string;
  altRoles?: string[];
  line: number;
}

export interface GoldenRecurrence {
  frequency: string;
  month?: number | null;
  day?: number | null;
  monthOfPeriod?: string | null;
}

export interface GoldenDeadline extends Optional {
  kind: string;
  date?: string | null;
  /** compare only the year of `date` (always so for HORIZON) */
  yearOnly?: boolean;
  recurrence?: GoldenRecurrence;
  action?: string;
  agency?: string | null;
  recipient?: string | null;
  line: number;
}

export interface GoldenTarget extends Optional {
  comparator: string;
  value: number;
  unit: string;
  period?: string | null;
  metric?: string;
  line: number;
}

export interface GoldenRecipient extends Optional {
  name: string;
  purpose: string | null;
  altPurposes?: Array<string | null>;
  line: number;
}

export interface GoldenUnattributedDuty {
  line: number;
  belief: string;
  confidence: string;
  why?: string;
}

export interface Golden {
  file: string;
  document: GoldenDocument;
  references: GoldenReference[];
  links: GoldenLink[];
  agencies: GoldenAgency[];
  assignments: GoldenAssignment[];
  unattributedDutyLines: number[];
  unattributedDuties?: GoldenUnattributedDuty[];
  deadlines: GoldenDeadline[];
  targets: GoldenTarget[];
  recipients: GoldenRecipient[];
  issues: string[];
  notes: string[];
}

// ---------------------------------------------------------------------------------------------
// Scores
// ---------------------------------------------------------------------------------------------

export const FACT_TYPES = [
  'document',
  'references',
  'links',
  'agencies',
  'assignments',
  'unattributed',
  'deadlines',
  'targets',
  'recipients',
] as const;
export type FactType = (typeof FACT_TYPES)[number];

export interface FactScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** expected (required) facts with no actual counterpart */
  missing: string[];
  /** actual facts with no expected counterpart */
  extra: string[];
  /** agencies only: actual agencies that are a second node for an already matched body (not counted as fp) */
  duplicates: string[];
}

export type Scores = Record<FactType, FactScore>;

function finish(tp: number, fp: number, fn: number, missing: string[], extra: string[], duplicates: string[] = []): FactScore {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    missing,
    extra,
    duplicates,
  };
}

/** Sums several scores of one fact type (micro average). */
export function combine(scores: FactScore[]): FactScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const missing: string[] = [];
  const extra: string[] = [];
  const duplicates: string[] = [];
  for (const s of scores) {
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
    missing.push(...s.missing);
    extra.push(...s.extra);
    duplicates.push(...s.duplicates);
  }
  return finish(tp, fp, fn, missing, extra, duplicates);
}

// ---------------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------------

interface MatchResult {
  /** expected index → actual index */
  pairs: Map<number, number>;
  matchedActual: Set<number>;
}

/**
 * Maximum bipartite matching (Kuhn). Expected facts are tried in the given order and a matched
 * expected fact is never unmatched later, so putting required facts first maximises them.
 */
function maxMatch(nExpected: number, nActual: number, ok: (e: number, a: number) => boolean, order: number[]): MatchResult {
  const adj: number[][] = [];
  for (let e = 0; e < nExpected; e++) {
    const row: number[] = [];
    for (let a = 0; a < nActual; a++) if (ok(e, a)) row.push(a);
    adj.push(row);
  }
  const actualTo = new Array<number>(nActual).fill(-1);
  const tryKuhn = (e: number, seen: Set<number>): boolean => {
    for (const a of adj[e] ?? []) {
      if (seen.has(a)) continue;
      seen.add(a);
      const cur = actualTo[a] ?? -1;
      if (cur === -1 || tryKuhn(cur, seen)) {
        actualTo[a] = e;
        return true;
      }
    }
    return false;
  };
  for (const e of order) tryKuhn(e, new Set());
  const pairs = new Map<number, number>();
  const matchedActual = new Set<number>();
  actualTo.forEach((e, a) => {
    if (e >= 0) {
      pairs.set(e, a);
      matchedActual.add(a);
    }
  });
  return { pairs, matchedActual };
}

function scoreFacts<E extends Optional, A>(
  expected: E[],
  actual: A[],
  ok: (e: E, a: A) => boolean,
  describeE: (e: E) => string,
  describeA: (a: A) => string,
  opts: { duplicatesAreFree?: boolean } = {},
): FactScore {
  const order = [
    ...expected.map((e, i) => [e, i] as const).filter(([e]) => !e.optional).map(([, i]) => i),
    ...expected.map((e, i) => [e, i] as const).filter(([e]) => e.optional).map(([, i]) => i),
  ];
  const { pairs, matchedActual } = maxMatch(
    expected.length,
    actual.length,
    (e, a) => ok(expected[e]!, actual[a]!),
    order,
  );
  let tp = 0;
  const missing: string[] = [];
  expected.forEach((e, i) => {
    if (e.optional) return;
    if (pairs.has(i)) tp++;
    else missing.push(describeE(e));
  });
  const extra: string[] = [];
  const duplicates: string[] = [];
  actual.forEach((a, i) => {
    if (matchedActual.has(i)) return;
    if (opts.duplicatesAreFree && expected.some((e) => ok(e, a))) duplicates.push(describeA(a));
    else extra.push(describeA(a));
  });
  return finish(tp, extra.length, missing.length, missing, extra, duplicates);
}

// ---------------------------------------------------------------------------------------------
// Normalisation helpers
// ---------------------------------------------------------------------------------------------

const MF_CACHE = new Map<string, string>();
const mf = (s: string | null | undefined): string => {
  if (!s) return '';
  let v = MF_CACHE.get(s);
  if (v === undefined) {
    v = matchForm(s);
    MF_CACHE.set(s, v);
  }
  return v;
};

/** "Số: 124/2021/TT- BCA (PV28)" → "124/2021/tt-bca" */
export function normNumber(s: string): string {
  return fold(s)
    .replace(/^so[:\s]*/, '')
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, '')
    .replace(/[.;,]+$/, '');
}

function hasToken(hay: string, needle: string): boolean {
  return needle.length > 0 && `-${hay}-`.includes(`-${needle}-`);
}

const inSpan = (line: number, a: { line: number; lineEnd: number }, slack = 0): boolean =>
  a.line - slack <= line && line <= Math.max(a.line, a.lineEnd) + slack;

const yearOf = (d: string | null | undefined): number | null => (d ? Number(d.slice(0, 4)) : null);

// ---------------------------------------------------------------------------------------------
// Per fact type
// ---------------------------------------------------------------------------------------------

type ActualDocument = Extraction['document'];

function scoreDocument(e: GoldenDocument, a: ActualDocument): FactScore {
  const checks: Array<[string, unknown, unknown, boolean]> = [];
  const eq = (field: string, exp: unknown, act: unknown, same: boolean) => checks.push([field, exp, act, same]);
  const nullableText = (x: string | null | undefined, y: string | null | undefined, f: (s: string) => string) =>
    (x ?? null) === null ? (y ?? null) === null : y != null && f(x!) === f(y);

  if (e.key !== undefined) eq('key', e.key, a.key, a.key === e.key);
  eq('kind', e.kind, a.kind, a.kind === e.kind);
  eq('number', e.number, a.number, nullableText(e.number, a.number, (s) => normalizeVi(s)));
  eq('issuedOn', e.issuedOn, a.issuedOn, (a.issuedOn ?? null) === e.issuedOn);
  eq('year', e.year, a.year, (a.year ?? null) === e.year);
  if (e.place !== undefined) eq('place', e.place, a.place, nullableText(e.place, a.place, matchForm));
  eq('issuer', e.issuer, a.issuer?.name, mf(a.issuer?.name) === mf(e.issuer));
  eq('issuerLevel', e.issuerLevel, a.issuer?.level, a.issuer?.level === e.issuerLevel);
  if (e.jurisdiction !== undefined) eq('jurisdiction', e.jurisdiction, a.jurisdiction, (a.jurisdiction ?? null) === e.jurisdiction);
  eq('signer', e.signer, a.signer, nullableText(e.signer, a.signer, normalizeVi));
  eq('draft', e.draft, a.draft, a.draft === e.draft);
  eq('titleContains', e.titleContains, a.title, mf(a.title).includes(mf(e.titleContains)));
  eq(
    'period',
    e.period,
    a.period,
    e.period === null ? (a.period ?? null) === null : a.period?.from === e.period.from && a.period?.to === e.period.to,
  );

  const bad = checks.filter(([, , , same]) => !same);
  const missing = bad.map(([f, exp, act]) => `${f}: expected ${JSON.stringify(exp)}, got ${JSON.stringify(act)}`);
  return finish(checks.length - bad.length, bad.length, bad.length, missing, []);
}

function scoreReferences(expected: GoldenReference[], actual: Extraction['references']): FactScore {
  type A = Extraction['references'][number];
  const ok = (e: GoldenReference, a: A): boolean => {
    if (a.relation !== e.relation && !(e.altRelations ?? []).includes(a.relation)) return false;
    if (e.vague) {
      if (!a.vague) return false;
    } else if (a.kind !== e.kind && !(e.altKinds ?? []).includes(a.kind)) return false;
    if (e.number) {
      if (!a.number || normNumber(a.number) !== normNumber(e.number)) return false;
    } else {
      const wanted = [e.name, e.alias].filter((s): s is string => !!s).map(mf).filter(Boolean);
      const seen = [a.title, a.text, a.alias].filter((s): s is string => !!s).map(mf).filter(Boolean);
      const hit = wanted.some((w) => seen.some((s) => s.includes(w) || (s.length >= 8 && w.includes(s))));
      if (!hit) return false;
    }
    if (e.issuedOn && a.issuedOn && ![e.issuedOn, ...(e.altIssuedOn ?? [])].includes(a.issuedOn)) return false;
    return true;
  };
  return scoreFacts(
    expected,
    actual,
    ok,
    (e) => `${e.relation} ${e.kind} ${e.number ?? `"${e.name ?? ''}"`}${e.issuedOn ? ` (${e.issuedOn})` : ''} @${e.line}`,
    (a) => `${a.relation} ${a.kind} ${a.number ?? `"${a.title ?? a.text}"`}${a.issuedOn ? ` (${a.issuedOn})` : ''} @${a.line}`,
  );
}

function scoreLinks(expected: GoldenLink[], actual: Extraction['links'], refs: Extraction['references']): FactScore {
  type A = Extraction['links'][number];
  const forms = (endpoint: string): string[] => {
    const out = [slug(endpoint)];
    for (const r of refs) if (r.key === endpoint && r.number) out.push(slug(r.number));
    return out;
  };
  const ok = (e: GoldenLink, a: A): boolean =>
    a.relation === e.relation &&
    forms(a.from).some((f) => hasToken(f, slug(e.from))) &&
    forms(a.to).some((f) => hasToken(f, slug(e.to)));
  return scoreFacts(
    expected,
    actual,
    ok,
    (e) => `${e.from} ${e.relation} ${e.to} @${e.line}`,
    (a) => `${a.from} ${a.relation} ${a.to} @${a.line}`,
  );
}

function agencyForms(expected: GoldenAgency[]): (name: string) => Set<string> {
  return (name: string) => {
    const f = mf(name);
    const entry = expected.find((g) => mf(g.name) === f);
    return new Set([f, ...(entry?.names ?? []).map(mf)].filter(Boolean));
  };
}

function actualAgencyForms(actual: Extraction['agencies']): (name: string, key?: string) => Set<string> {
  return (name: string, key?: string) => {
    const out = new Set<string>([mf(name)]);
    const entry = actual.find((a) => (key && a.key === key) || mf(a.name) === mf(name));
    if (entry) for (const n of [entry.name, ...(entry.names ?? [])]) out.add(mf(n));
    out.delete('');
    return out;
  };
}

const intersects = (x: Set<string>, y: Set<string>): boolean => [...x].some((v) => y.has(v));

function scoreAgencies(expected: GoldenAgency[], actual: Extraction['agencies']): FactScore {
  type A = Extraction['agencies'][number];
  const eForms = agencyForms(expected);
  const ok = (e: GoldenAgency, a: A): boolean =>
    intersects(eForms(e.name), new Set([a.name, ...(a.names ?? [])].map(mf).filter(Boolean)));
  return scoreFacts(
    expected,
    actual,
    ok,
    (e) => e.name,
    (a) => a.name,
    { duplicatesAreFree: true },
  );
}

function scoreAssignments(g: Golden, actual: Extraction): FactScore {
  type A = Extraction['assignments'][number];
  const eForms = agencyForms(g.agencies);
  const aForms = actualAgencyForms(actual.agencies);
  // Assignments confirmed by a curation file are not the parser's reading: left out of the score.
  const acts = actual.assignments.filter((a) => !a.curated);
  const ok = (e: GoldenAssignment, a: A): boolean =>
    (a.role === e.role || (e.altRoles ?? []).includes(a.role)) &&
    inSpan(e.line, a) &&
    intersects(eForms(e.agency), aForms(a.agency, a.agencyKey));
  return scoreFacts(
    g.assignments,
    acts,
    ok,
    (e) => `${e.agency} ${e.role} @${e.line}`,
    (a) => `${a.agency} ${a.role} @${a.line}-${a.lineEnd}`,
  );
}

function scoreUnattributed(g: Golden, actual: Extraction): FactScore {
  type A = Extraction['duties'][number];
  const expected: Array<{ line: number; optional: boolean }> = g.unattributedDutyLines.map((line) => ({ line, optional: false }));
  const acts = actual.duties.filter((d) => d.unattributed || d.curated);
  return scoreFacts(
    expected,
    acts,
    (e, a: A) => inSpan(e.line, a),
    (e) => `unattributed duty @${e.line}`,
    (a) => `unattributed duty @${a.line}-${a.lineEnd}: ${a.text.slice(0, 60)}`,
  );
}

function scoreDeadlines(expected: GoldenDeadline[], actual: Extraction['deadlines']): FactScore {
  type A = Extraction['deadlines'][number];
  const ok = (e: GoldenDeadline, a: A): boolean => {
    if (a.kind !== e.kind) return false;
    if (!inSpan(e.line, a, 1)) return false;
    if (e.kind === 'RECURRING') {
      const r = a.recurrence;
      const x = e.recurrence;
      if (!r || !x || r.frequency !== x.frequency) return false;
      if (x.month != null && r.month !== x.month) return false;
      if (x.day != null && r.day !== x.day) return false;
      if (x.monthOfPeriod != null && r.monthOfPeriod !== x.monthOfPeriod) return false;
      return true;
    }
    if (e.yearOnly || e.kind === 'HORIZON') return yearOf(a.date) !== null && yearOf(a.date) === yearOf(e.date);
    return a.date === e.date;
  };
  const rec = (r: { frequency: string; month?: number | null; day?: number | null; monthOfPeriod?: string | null } | null | undefined) =>
    r ? `${r.frequency}${r.month ? ` m${r.month}` : ''}${r.day ? ` d${r.day}` : ''}${r.monthOfPeriod ? ` ${r.monthOfPeriod}` : ''}` : '';
  return scoreFacts(
    expected,
    actual,
    ok,
    (e) => `${e.kind} ${e.date ?? rec(e.recurrence)} @${e.line}`,
    (a) => `${a.kind} ${a.date ?? rec(a.recurrence)} @${a.line}-${a.lineEnd}`,
  );
}

function scoreTargets(expected: GoldenTarget[], actual: Extraction['targets']): FactScore {
  type A = Extraction['targets'][number];
  const ok = (e: GoldenTarget, a: A): boolean =>
    a.comparator === e.comparator && a.value === e.value && a.unit === e.unit && inSpan(e.line, a, 1);
  return scoreFacts(
    expected,
    actual,
    ok,
    (e) => `${e.comparator} ${e.value} ${e.unit} @${e.line}`,
    (a) => `${a.comparator} ${a.value} ${a.unit} @${a.line}-${a.lineEnd}`,
  );
}

function scoreRecipients(expected: GoldenRecipient[], actual: Extraction['recipients']): FactScore {
  type A = Extraction['recipients'][number];
  const ok = (e: GoldenRecipient, a: A): boolean =>
    inSpan(e.line, a) && [e.purpose, ...(e.altPurposes ?? [])].includes(a.purpose ?? null);
  return scoreFacts(
    expected,
    actual,
    ok,
    (e) => `"${e.name}" ${e.purpose ?? 'null'} @${e.line}`,
    (a) => `"${a.name}" ${a.purpose ?? 'null'} @${a.line}`,
  );
}

/** Scores one extraction against its golden file. */
export function score(expected: Golden, actual: Extraction): Scores {
  return {
    document: scoreDocument(expected.document, actual.document),
    references: scoreReferences(expected.references, actual.references ?? []),
    links: scoreLinks(expected.links, actual.links ?? [], actual.references ?? []),
    agencies: scoreAgencies(expected.agencies, actual.agencies ?? []),
    assignments: scoreAssignments(expected, { ...actual, assignments: actual.assignments ?? [], agencies: actual.agencies ?? [] }),
    unattributed: scoreUnattributed(expected, { ...actual, duties: actual.duties ?? [] }),
    deadlines: scoreDeadlines(expected.deadlines, actual.deadlines ?? []),
    targets: scoreTargets(expected.targets, actual.targets ?? []),
    recipients: scoreRecipients(expected.recipients, actual.recipients ?? []),
  };
}

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

export const GOLDEN_DIR = dirname(fileURLToPath(import.meta.url));
export const SEED_DIR = join(GOLDEN_DIR, '..', '..', 'seed', 'documents');
/** Real documents the rules were not written on, and their golden readings. */
export const CORPUS_DIR = join(GOLDEN_DIR, '..', 'corpus', 'documents');
export const CORPUS_GOLDEN_DIR = join(GOLDEN_DIR, 'corpus');

/** All golden files of a folder, sorted by document file name. */
export function loadGoldens(dir: string = GOLDEN_DIR): Golden[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Golden);
}

/** Fact count of a golden file: required / optional per fact type. */
export function countFacts(g: Golden): Record<Exclude<FactType, 'document'>, { required: number; optional: number }> {
  const c = (xs: Optional[]) => ({ required: xs.filter((x) => !x.optional).length, optional: xs.filter((x) => x.optional).length });
  return {
    references: c(g.references),
    links: c(g.links),
    agencies: c(g.agencies),
    assignments: c(g.assignments),
    unattributed: { required: g.unattributedDutyLines.length, optional: 0 },
    deadlines: c(g.deadlines),
    targets: c(g.targets),
    recipients: c(g.recipients),
  };
}

const pct = (x: number): string => (x * 100).toFixed(0);

/**
 * Markdown table: one row per fact type, one column per document (P/R in %) and overall.
 * `transpose` gives one row per document instead (for many documents).
 */
export function markdownTable(
  rows: Array<{ file: string; scores: Scores }>,
  types: readonly FactType[] = FACT_TYPES,
  transpose = false,
): string {
  const cell = (s: FactScore) => (s.tp + s.fp + s.fn === 0 ? '–' : `${pct(s.precision)}/${pct(s.recall)}`);
  if (transpose) {
    const head = ['document', ...types];
    const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
    for (const r of rows) lines.push(`| ${r.file.replace(/\.txt$/, '')} | ${types.map((t) => cell(r.scores[t])).join(' | ')} |`);
    return lines.join('\n');
  }
  const short = (f: string) => f.replace(/_.*$/, '');
  const head = ['fact type', ...rows.map((r) => short(r.file)), 'overall P', 'overall R', 'tp/fp/fn'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const t of types) {
    const cells = rows.map((r) => cell(r.scores[t]));
    const all = combine(rows.map((r) => r.scores[t]));
    lines.push(`| ${t} | ${cells.join(' | ')} | ${pct(all.precision)} | ${pct(all.recall)} | ${all.tp}/${all.fp}/${all.fn} |`);
  }
  return lines.join('\n');
}

/** Markdown table of the micro-averaged scores only: one row per fact type. */
export function summaryTable(rows: Array<{ file: string; scores: Scores }>, types: readonly FactType[] = FACT_TYPES): string {
  const lines = ['| fact type | precision | recall | tp/fp/fn | documents with misses |', '|---|---|---|---|---|'];
  for (const t of types) {
    const all = combine(rows.map((r) => r.scores[t]));
    const bad = rows.filter((r) => r.scores[t].fp + r.scores[t].fn > 0).length;
    lines.push(`| ${t} | ${pct(all.precision)} | ${pct(all.recall)} | ${all.tp}/${all.fp}/${all.fn} | ${bad}/${rows.length} |`);
  }
  return lines.join('\n');
}

/**
 * Sanity checks of a golden file itself (not of the parser): the document exists, every line
 * number is inside it, every assignment names an agency listed in `agencies`, and the required
 * fields are there. A golden that fails these cannot be scored honestly.
 */
export function goldenProblems(g: Golden, docDir: string): string[] {
  const out: string[] = [];
  const path = join(docDir, g.file);
  if (!existsSync(path)) return [`document ${g.file} not found in ${docDir}`];
  const n = readFileSync(path, 'utf8').split(/\r\n|\r|\n/).length;
  const lists: Array<[string, Array<{ line: number }> | undefined]> = [
    ['references', g.references], ['links', g.links], ['assignments', g.assignments], ['deadlines', g.deadlines],
    ['targets', g.targets], ['recipients', g.recipients],
  ];
  for (const [name, xs] of lists) {
    if (!Array.isArray(xs)) {
      out.push(`${name} is missing`);
      continue;
    }
    for (const x of xs) if (!Number.isInteger(x.line) || x.line < 1 || x.line > n) out.push(`${name}: line ${x.line} outside 1..${n}`);
  }
  if (!Array.isArray(g.agencies)) out.push('agencies is missing');
  if (!Array.isArray(g.unattributedDutyLines)) out.push('unattributedDutyLines is missing');
  const forms = new Set((g.agencies ?? []).flatMap((a) => [a.name, ...(a.names ?? [])]).map(mf));
  for (const a of g.assignments ?? []) if (!forms.has(mf(a.agency))) out.push(`assignment @${a.line}: agency "${a.agency}" is not in agencies`);
  for (const a of g.assignments ?? []) if (!['LEAD', 'COORDINATE', 'ADVISE', 'REQUESTED', 'RESPONSIBLE'].includes(a.role)) out.push(`assignment @${a.line}: unknown role ${a.role}`);
  return out;
}
