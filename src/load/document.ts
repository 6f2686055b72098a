/**
 * What the writers need to know about one extraction, computed without the database: the Document
 * node's properties, identity checks against what the graph holds, and the rows each fact kind is
 * written from. Pure functions; keys come from src/domain/keys.ts only.
 */
import { canonicalAgency } from '../ingest/agencies.js';
import { KIND_LABEL_VI, type Extraction } from '../ingest/model.js';
import { fold, matchForm } from '../ingest/text.js';
import { groupMemberKinds, issuerUnit, legacyAgencyKey, legacyDocumentKey, legacyUnitKey, personKey } from '../domain/keys.js';

export { issuerUnit };

export type LoadStatus = 'created' | 'filled-stub' | 'replaced' | 'unchanged' | 'copy';

export interface LoadResult {
  key: string;
  status: LoadStatus;
  conflicts: string[];
}

/**
 * Two different things would get one key (src/domain/keys.ts): a document with another issuer,
 * number or date than the one the graph holds under that key, or an administrative unit that would
 * join two provinces. Thrown inside the document's transaction: nothing of the file is written.
 */
export class KeyCollisionError extends Error {
  readonly code = 'KEY_COLLISION';
  constructor(message: string) {
    super(message);
    this.name = 'KeyCollisionError';
  }
}

/** The number as matched across documents: folded, no spaces ("124/2021/TT- BCA" = "124/2021/tt-bca"). */
export const numberFolded = (n: string | null | undefined) => (n ? fold(n).replace(/\s+/g, '') : null);

export function docProps(x: Extraction) {
  const d = x.document;
  return {
    key: d.key,
    kind: d.kind,
    number: d.number,
    numberFolded: numberFolded(d.number),
    issuerUnit: issuerUnit(d.key),
    issuedOn: d.issuedOn,
    year: d.year,
    place: d.place,
    title: d.title,
    level: d.issuer.level,
    draft: d.draft,
    periodFrom: d.period?.from ?? null,
    periodTo: d.period?.to ?? null,
    signerCapacity: d.signerCapacity,
    unresolvedBases: x.references.filter((r) => r.vague).map((r) => r.text),
    sourceFile: x.source.file,
    sourceLine: x.document.line,
    issuerName: d.issuer.name,
    sourceSha256: x.source.sha256,
    lineCount: x.source.lines,
    searchText: fold([KIND_LABEL_VI[d.kind], d.number ?? '', d.title, d.issuer.name, d.place ?? ''].join(' ')),
  };
}

/** What the graph holds under a document key, as read before a load. */
export interface Existing {
  stub: boolean | null;
  sha: string | null;
  copies: string[];
  number: string | null;
  issuedOn: string | null;
  title: string | null;
  file: string | null;
  line: number | null;
  issuerName: string | null;
}

/** Compare the metadata of a second copy with what the graph holds; return human-readable disagreements. */
export function compareCopy(existing: Pick<Existing, 'number' | 'issuedOn' | 'title'>, x: Extraction): string[] {
  const d = x.document;
  const out: string[] = [];
  const cmp = (field: string, a: unknown, b: unknown) => {
    if (a != null && b != null && String(a) !== String(b)) out.push(`${field}: "${a}" in the graph, "${b}" in ${x.source.file}`);
  };
  cmp('number', existing.number, d.number);
  cmp('issuedOn', existing.issuedOn, d.issuedOn);
  cmp('title', existing.title && fold(String(existing.title)), fold(d.title));
  return out;
}

/**
 * Why the document x is not the one the graph holds under its key, or null when it is the same
 * document (same issuer, number and date; a side left blank — a draft — does not disagree).
 */
export function identityClash(existing: Pick<Existing, 'number' | 'issuedOn' | 'issuerName'>, x: Extraction): string | null {
  const d = x.document;
  const out: string[] = [];
  const a = numberFolded(existing.number);
  const b = numberFolded(d.number);
  if (a && b && a !== b) out.push(`the numbers differ ("${existing.number}" vs "${d.number}")`);
  if (existing.issuedOn && d.issuedOn && existing.issuedOn !== d.issuedOn) out.push(`the dates differ (${existing.issuedOn} vs ${d.issuedOn})`);
  // issuers of one key have one folded name by construction (keys.ts); checked in case a rule changes
  if (existing.issuerName && matchForm(existing.issuerName) !== matchForm(d.issuer.name)) {
    out.push(`the issuers differ ("${existing.issuerName}" vs "${d.issuer.name}")`);
  }
  return out.length ? out.join(' and ') : null;
}

function issuerType(x: Extraction): string {
  return x.agencies.find((a) => a.key === x.document.issuer.key)?.type ?? 'PEOPLES_COMMITTEE';
}

/** The agencies a document names (its issuer and recipients included), one row per key, with their lookup forms. */
export function agencyRows(x: Extraction) {
  return dedupeBy(
    [
      ...x.agencies,
      ...(x.recipientAgencies ?? []),
      { key: x.document.issuer.key, name: x.document.issuer.name, names: [x.document.issuer.name], type: issuerType(x), level: x.document.issuer.level, unit: x.document.jurisdiction, group: false },
    ],
    (a) => a.key,
  ).map((a) => ({
    ...a,
    matchName: matchForm(a.name),
    memberKinds: a.group ? groupMemberKinds(a.key) : null,
    searchText: fold([a.name, ...a.names].join(' ')),
  }));
}

/**
 * The agency rows of a whole batch, one per key, with what loading the documents one by one in
 * order would leave on the node: the first row's name, type, level, group and unit (ON CREATE,
 * coalesce), every name in order of first appearance, the last row's matchName, searchText and
 * memberKinds. A plan of Công an tỉnh X names the same twenty bodies as the hundred plans beside it
 * in the batch: one row each instead of a hundred.
 */
export function batchAgencyRows(xs: Extraction[]) {
  const out = new Map<string, ReturnType<typeof agencyRows>[number]>();
  for (const a of xs.flatMap(agencyRows)) {
    const seen = out.get(a.key);
    if (!seen) {
      out.set(a.key, { ...a, names: [...new Set(a.names)] });
      continue;
    }
    out.set(a.key, {
      ...seen,
      names: [...new Set([...seen.names, ...a.names])],
      unit: seen.unit ?? a.unit,
      matchName: a.matchName,
      searchText: a.searchText,
      memberKinds: a.memberKinds,
    });
  }
  return [...out.values()];
}

/** The agency keys a document places in units (IN_UNIT) and in groups (MEMBER_OF). */
export const placedAgencyKeys = (x: Extraction) => [...x.agencies.map((a) => a.key), x.document.issuer.key];

/** Units of the document that lie below a province, with that province (keys.ts rule 4: one province per key). */
export function placedUnits(x: Extraction): Array<{ key: string; province: string }> {
  const provinceOf = (k: string | null): string | null => {
    for (let i = 0, u = x.units.find((v) => v.key === k); u && i < 4; i++, u = x.units.find((v) => v.key === u!.parentKey)) {
      if (u.level === 'PROVINCE') return u.key;
    }
    return null;
  };
  return x.units
    .filter((u) => u.level !== 'PROVINCE' && provinceOf(u.key))
    .map((u) => ({ key: u.key, province: provinceOf(u.key)! }));
}

/** Keys older versions made (folded, no province) stay valid as lookups (src/domain/keys.ts rule 6). */
export function aliasRows(x: Extraction) {
  const key = x.document.key;
  return {
    docAliases: [legacyDocumentKey(key, x.document.issuer.name)].filter((k): k is string => !!k),
    unitAliases: x.units.map((u) => ({ key: u.key, alias: legacyUnitKey(u.name) })).filter((a) => a.alias !== a.key),
    agencyAliases: dedupeBy(
      [...x.agencies, ...(x.recipientAgencies ?? []), { key: x.document.issuer.key, name: x.document.issuer.name }],
      (a) => a.key,
    )
      .map((a) => ({ key: a.key, alias: legacyAgencyKey(a.name) }))
      .filter((a) => a.alias !== a.key),
  };
}

/** The alias rows of a batch, each alias once (MERGE of the same alias twice is one write anyway). */
export function batchAliasRows(xs: Extraction[]) {
  const rows = xs.map((x) => ({ key: x.document.key, ...aliasRows(x) }));
  return {
    docAliases: rows.flatMap((r) => r.docAliases.map((alias) => ({ key: r.key, alias }))),
    unitAliases: dedupeBy(rows.flatMap((r) => r.unitAliases), (a) => `${a.key} ${a.alias}`),
    agencyAliases: dedupeBy(rows.flatMap((r) => r.agencyAliases), (a) => `${a.key} ${a.alias}`),
  };
}

export function signerRow(x: Extraction) {
  if (!x.document.signer) return null;
  return { key: x.document.key, pkey: personKey(x.document.signer, x.document.issuer.key), name: x.document.signer, line: x.source.lines };
}

/** The references that name a document (not "các văn bản chỉ đạo …"). */
export const exactRefs = (x: Extraction) => x.references.filter((r) => !r.vague);

export const refLookup = (r: Extraction['references'][number]) => ({
  key: r.key,
  nf: numberFolded(r.number),
  year: r.issuedOn ? Number(r.issuedOn.slice(0, 4)) : yearOfNumber(r.number),
  unit: issuerUnit(r.key),
});

export function refRow(r: Extraction['references'][number], resolved: string) {
  return {
    key: r.key,
    resolved,
    undatedPrefix: r.key.endsWith('/undated') ? r.key.slice(0, -'undated'.length) : null,
    /** the issuing unit of the key a new stub gets (resolved), and of the key as cited (twin lookups) */
    resolvedUnit: issuerUnit(resolved),
    relation: r.relation,
    kind: r.kind,
    number: r.number,
    numberFolded: numberFolded(r.number),
    issuedOn: r.issuedOn,
    year: r.issuedOn ? Number(r.issuedOn.slice(0, 4)) : yearOfNumber(r.number),
    title: r.title,
    issuerKey: r.issuer?.key ?? null,
    issuerLevel: r.issuer?.level ?? null,
    line: r.line,
    lineEnd: r.lineEnd,
    searchText: fold([KIND_LABEL_VI[r.kind], r.number ?? '', r.text, r.title ?? ''].join(' ')),
  };
}

export function issuersOfRefs(refs: Extraction['references']) {
  const out = new Map<string, { key: string; name: string; level: string; type: string; matchName: string; searchText: string }>();
  for (const r of refs) {
    if (!r.issuer || out.has(r.issuer.key)) continue;
    out.set(r.issuer.key, {
      key: r.issuer.key,
      name: r.issuer.name,
      level: r.issuer.level,
      type: agencyTypeOf(r.issuer.name),
      matchName: matchForm(r.issuer.name),
      searchText: fold(r.issuer.name),
    });
  }
  return [...out.values()];
}

export function dutyRows(x: Extraction) {
  const key = x.document.key;
  return x.duties.map((u) => ({
    key: u.key,
    text: u.text,
    section: u.section,
    sourceKey: key,
    line: u.line,
    lineEnd: u.lineEnd,
    unattributed: u.unattributed,
    suggestedAgencyKey: u.suggestedAgency,
    suggestionConfidence: u.suggestionConfidence,
    curated: u.curated,
    requiresDerivedPlan: (u as { requiresDerivedPlan?: boolean }).requiresDerivedPlan ?? false,
    searchText: fold(u.text),
  }));
}

export function deadlineRows(x: Extraction) {
  return x.deadlines.map((d) => ({
    ...d,
    frequency: d.recurrence?.frequency ?? null,
    month: d.recurrence?.month ?? null,
    day: d.recurrence?.day ?? null,
    monthOfPeriod: d.recurrence?.monthOfPeriod ?? null,
    interval: d.recurrence?.interval ?? null,
    weekday: d.recurrence?.weekday ?? null,
    from: d.recurrence?.from ?? null,
  }));
}

export const recipientLines = (x: Extraction) => x.recipients.map((r) => `${r.line}: ${r.name}${r.purpose ? ` (${r.purpose})` : ''}`);

/**
 * The type of a body known only by name (a cited issuer, a catalog issuer): the parser's own
 * classification, so a node gets the same type whichever document creates it first.
 */
export function agencyTypeOf(name: string): string {
  return canonicalAgency(name, null)?.type ?? (/quoc hoi|chinh phu|thu tuong/.test(fold(name)) ? 'GOVERNMENT' : 'OTHER');
}

export function yearOfNumber(n: string | null): number | null {
  const m = n?.match(/\/((?:19|20)\d{2})\//);
  return m ? Number(m[1]) : null;
}

export function dedupeBy<T>(xs: T[], k: (x: T) => string): T[] {
  const m = new Map<string, T>();
  for (const x of xs) if (!m.has(k(x))) m.set(k(x), x);
  return [...m.values()];
}
