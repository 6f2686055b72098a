/**
 * Shared shapes of the custom queries (DocumentRef, AgencyRef, DutyRef, Source) and the Cypher map
 * projections that build them. The projections are constant text with a variable name chosen by our
 * code — never user input — so every query still passes user values as parameters only.
 * Dates leave Cypher as 'YYYY-MM-DD' strings (the Date scalar serializes strings).
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { apiError, ErrorCode } from '../server/errors.js';
import { fold, matchForm, slug } from '../ingest/text.js';
import { escapeLucene, searchTerms } from './search.js';

export interface DocumentRef {
  key: string;
  kind: string;
  number: string | null;
  issuedOn: string | null;
  year: number | null;
  title: string | null;
  level: string | null;
  stub: boolean;
  draft: boolean;
  issuerKey: string | null;
  issuerName: string | null;
}

export interface AgencyRef {
  key: string;
  name: string;
  type: string;
  level: string;
  group: boolean;
}

export interface Source {
  documentKey: string;
  sourceFile: string | null;
  line: number | null;
  lineEnd: number | null;
}

export interface DutyRef {
  key: string;
  text: string;
  section: string | null;
  unattributed: boolean;
  source: Source;
}

export interface DeadlineRef {
  key: string;
  kind: string;
  date: string | null;
  frequency: string | null;
  month: number | null;
  day: number | null;
  monthOfPeriod: string | null;
  interval?: number | null;
  weekday?: number | null;
  text: string;
  action: string;
  recipientText: string | null;
  recipients: AgencyRef[];
  source: Source;
  /** Not in the schema: what the calendar needs to expand a recurrence. */
  fromDate?: string | null;
}

// Identifiers the projections may be applied to (keeps the interpolation closed).
type Var = 'd' | 'root' | 'x' | 'a' | 'b' | 'p' | 'c' | 'g' | 'pg' | 'ra' | 'u' | 'cu' | 'dl' | 'n' | 't' | 'o' | 'pd' | 'rcp_' | 'via' | 'm';

/** Cypher map for a DocumentRef of document variable `v`. */
export function docRef(v: Var): string {
  return `${v} {
    .key, kind: coalesce(${v}.kind, 'OTHER'), .number, issuedOn: toString(${v}.issuedOn), .year, .title, .level,
    stub: coalesce(${v}.stub, false), draft: coalesce(${v}.draft, false),
    issuerKey: head(COLLECT { MATCH (${v})-[:ISSUED_BY]->(iss_:Agency) RETURN iss_.key ORDER BY iss_.key LIMIT 1 }),
    issuerName: head(COLLECT { MATCH (${v})-[:ISSUED_BY]->(iss_:Agency) RETURN iss_.name ORDER BY iss_.key LIMIT 1 })
  }`;
}

/** Cypher map for an AgencyRef of agency variable `v`. */
export function agencyRef(v: Var): string {
  return `${v} { .key, name: coalesce(${v}.name, ${v}.key), type: coalesce(${v}.type, 'OTHER'),
    level: coalesce(${v}.level, 'UNKNOWN'), group: coalesce(${v}.group, false) }`;
}

/**
 * Cypher map for the Source of a node that carries sourceKey/line/lineEnd itself (Duty, Deadline, Finding).
 * `doc`: a Document variable of the same row that is usually the node's source (the document that
 * assigns the duty, that sets the deadline): its file is then read from it instead of looked up again.
 */
export function nodeSource(v: Var, doc?: Var): string {
  const lookup = `head(COLLECT { MATCH (src_:Document {key: ${v}.sourceKey}) RETURN src_.sourceFile LIMIT 1 })`;
  const file = doc ? `CASE WHEN ${v}.sourceKey = ${doc}.key THEN ${doc}.sourceFile ELSE ${lookup} END` : lookup;
  return `{ documentKey: ${v}.sourceKey, line: ${v}.line, lineEnd: ${v}.lineEnd, sourceFile: ${file} }`;
}

/** Cypher map for the Source of a relationship `r` (provenance properties), falling back to `fallbackDoc`'s key. */
export function relSource(r: 'r' | 't' | 'x', fallbackDoc: Var): string {
  return `{ documentKey: coalesce(${r}.sourceKey, ${fallbackDoc}.key), line: ${r}.line, lineEnd: coalesce(${r}.lineEnd, ${r}.line),
    sourceFile: head(COLLECT { MATCH (src_:Document {key: coalesce(${r}.sourceKey, ${fallbackDoc}.key)}) RETURN src_.sourceFile LIMIT 1 }) }`;
}

/** Cypher map for a DutyRef of duty variable `v` (`doc`: see nodeSource). */
export function dutyRef(v: Var, doc?: Var): string {
  return `${v} { .key, text: coalesce(${v}.text, ''), .section, unattributed: coalesce(${v}.unattributed, false), source: ${nodeSource(v, doc)} }`;
}

/** Cypher map for a DeadlineRef of deadline variable `v` (recipients through REPORTS_TO; `doc`: see nodeSource). */
export function deadlineRef(v: Var, doc?: Var): string {
  return `${v} { .key, kind: coalesce(${v}.kind, 'ABSOLUTE'), date: toString(${v}.date), .frequency, .month, .day, .monthOfPeriod, .interval, .weekday,
    text: coalesce(${v}.text, ''), action: coalesce(${v}.action, 'OTHER'), .recipientText,
    fromDate: toString(${v}.fromDate),
    recipients: COLLECT { MATCH (${v})-[:REPORTS_TO]->(rcp_:Agency) RETURN ${agencyRef('rcp_')} ORDER BY rcp_.key LIMIT 20 },
    source: ${nodeSource(v, doc)} }`;
}

/** Neo4j Date (from the Date scalar) or 'YYYY-MM-DD' string → 'YYYY-MM-DD'. */
export function dateArg(v: unknown, arg: string): string | null {
  if (v == null) return null;
  const s = typeof v === 'string' ? v : String(v);
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) throw apiError(ErrorCode.BAD_USER_INPUT, `"${arg}" must be a date (YYYY-MM-DD).`);
  return `${m[1]}-${m[2]}-${m[3]}`;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Rank of a level, higher = lower in the hierarchy. */
export const LEVEL_RANK: Record<string, number> = { NATIONAL: 0, PROVINCE: 1, DISTRICT: 2, COMMUNE: 3 };

/** Forms of an agency query: matchForm (for Agency.matchName) and folded (for Agency.searchText, all spellings). */
export function agencyNeedle(text: string | null | undefined): { match: string; folded: string } | null {
  if (text == null) return null;
  const match = matchForm(text);
  const folded = fold(text);
  if (!match && !folded) throw apiError(ErrorCode.BAD_USER_INPUT, 'The agency filter is empty.');
  return { match: match || folded, folded: folded || match };
}

/** SKIP/LIMIT and other integer parameters must reach Cypher as integers, not floats. */
export const int = (n: number) => neo4j.int(n);

/** Cypher predicate: agency `v` matches the `$agencyMatch` / `$agencyFolded` parameters. */
export function agencyMatches(v: Var): string {
  return `(${v}.matchName CONTAINS $agencyMatch OR ${v}.searchText CONTAINS $agencyFolded)`;
}

/**
 * Administrative units that a jurisdiction text designates — by key ("thi-xa-bim-son"), by name with
 * diacritics optional ("Bỉm Sơn", "thi xa bim son") — with all the units inside them.
 * Returns [] when nothing matches (the filter then matches nothing).
 *
 * Candidates come from the unique key index and the folding full-text index `unit_name`
 * (schema/migrations/004_query_indexes.cypher) — never from reading every unit; each candidate is then
 * checked with the exact rule (same key, same folded name, or the folded text as whole words of it).
 */
export async function resolveJurisdiction(tx: ManagedTransaction, text: string): Promise<string[]> {
  const f = fold(text);
  if (!f) throw apiError(ErrorCode.BAD_USER_INPUT, 'The jurisdiction filter is empty.');
  const s = slug(text);
  const terms = searchTerms(text).map(escapeLucene);
  // One statement: each candidate comes with the units inside it (PART_OF, three levels down); the
  // exact rule below keeps the candidates that match, and their units are the answer.
  const res = await tx.run(
    `CALL () {
       MATCH (u:AdministrativeUnit) WHERE u.key IN $keys RETURN u
       UNION
       CALL db.index.fulltext.queryNodes('unit_name', $phrase, {limit: 20000}) YIELD node
       WITH node AS u WHERE $phrase <> '' AND u:AdministrativeUnit
       RETURN u
     }
     WITH u LIMIT 20000
     RETURN u.key AS key, u.name AS name,
       COLLECT { MATCH (c:AdministrativeUnit)-[:PART_OF*0..3]->(u) RETURN DISTINCT c.key LIMIT 20000 } AS inside`,
    { keys: [...new Set([text, s])], phrase: terms.length ? `"${terms.join(' ')}"` : '' },
  );
  const units = new Set<string>();
  for (const r of res.records) {
    const u = { key: r.get('key') as string, name: (r.get('name') as string | null) ?? '' };
    const hit = u.key === text || u.key === s || slug(u.name) === s /* a key made before src/domain/keys.ts */ || fold(u.name) === f || ` ${fold(u.name)} `.includes(` ${f} `);
    if (hit) for (const k of r.get('inside') as string[]) units.add(k);
  }
  return [...units].slice(0, 20000);
}

export async function requireDocument(tx: ManagedTransaction, key: string): Promise<DocumentRef> {
  const res = await tx.run(`MATCH (d:Document {key: $key}) RETURN ${docRef('d')} AS ref LIMIT 1`, { key });
  const rec = res.records[0];
  if (!rec) throw apiError(ErrorCode.NOT_FOUND, `No document with key "${key}". Keys look like issuer/number/year, e.g. "ubnd-tinh-bac-ninh/14-kh-ubnd/2025"; documentsByNumber and search find them.`);
  return rec.get('ref') as DocumentRef;
}

export const ROLE_STRENGTH: Record<string, number> = { LEAD: 5, RESPONSIBLE: 4, ADVISE: 3, COORDINATE: 2, REQUESTED: 1 };
