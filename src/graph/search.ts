/**
 * search(text, first): documents, agencies and duties from the full-text index `search_text`
 * (schema/migrations/002_indexes.cypher), which holds folded text (no diacritics). The query is
 * folded the same way, so accents are optional ("chi thi 07" finds Chỉ thị 07/CT-BCA-V28).
 *
 * The user's words become a Lucene query built here — every Lucene operator character escaped, the
 * words quoted as terms — and it is passed as a parameter: the text can neither break the Lucene
 * syntax nor reach the Cypher. Ranking: all words present (AND) scores above some words (OR), and the
 * words as a near phrase ("chi thi … 07", slop 2) boost further; ties by kind and key for stability.
 *
 * A kind word followed by a number ("chỉ thị 07", "nghị quyết 147/NQ-CP", "thông tư số 23/2012") is
 * also looked up exactly (kind + folded number, leading zero optional): those documents are what the
 * user named, so they rank first (score = best full-text score + 1), whatever words their indexed
 * text happens to hold.
 */
import type { GraphContext } from './context.js';
import { apiError, ErrorCode } from '../server/errors.js';
import { fold } from '../ingest/text.js';
import { int, type Source } from './refs.js';
import { KIND_LABEL_VI, type DocumentKind } from '../ingest/model.js';
import { KIND_WORDS } from '../ingest/catalog.js';
import { docRef } from './refs.js';

export const MAX_SEARCH_RESULTS = 50;
const MAX_TERMS = 16;

export interface SearchArgs {
  text: string;
  first?: number | null;
}

export interface SearchHit {
  kind: 'DOCUMENT' | 'AGENCY' | 'DUTY';
  key: string;
  label: string;
  score: number;
  source: Source | null;
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escape every character Lucene's query parser treats as syntax. */
export function escapeLucene(s: string): string {
  return s.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** Folded words of the query, split the way the standard analyzer splits text (on punctuation). */
export function searchTerms(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_TERMS);
}

/** The Lucene query for the words (empty string when there are none). */
export function luceneQuery(text: string): string {
  const terms = searchTerms(text).map(escapeLucene);
  if (!terms.length) return '';
  if (terms.length === 1) return terms[0]!;
  const all = `(${terms.join(' AND ')})^4`;
  const phrase = `"${terms.join(' ')}"~2^4`;
  const any = `(${terms.join(' OR ')})`;
  return `${all} OR ${phrase} OR ${any}`;
}

const KIND_PATTERNS = KIND_WORDS.map((k) => ({ kind: k.kind, re: new RegExp(`(?:^|[^a-z0-9])${fold(k.word)}\\s+(?:so\\s+)?(\\d+[a-z]?(?:[/-][a-z0-9]+)*)`, 'g') }));

/** "chi thi 07" → [{ kind: DIRECTIVE, forms: ['07', '7'] }]: documents the text names by kind and number. */
export function numberLookups(text: string): Array<{ kind: string; forms: string[] }> {
  const f = fold(text).replace(/\s*([/-])\s*/g, '$1');
  const out = new Map<string, { kind: string; forms: string[] }>();
  for (const { kind, re } of KIND_PATTERNS) {
    for (const m of f.matchAll(re)) {
      const n = m[1]!;
      const lead = /^0*(\d+)(.*)$/.exec(n)!;
      const forms = [...new Set([n, `${lead[1]}${lead[2]}`, ...(lead[1]!.length === 1 ? [`0${lead[1]}${lead[2]}`] : [])])];
      out.set(`${kind}:${n}`, { kind, forms });
    }
  }
  return [...out.values()].slice(0, 5);
}

export async function search(_: unknown, args: SearchArgs, ctx: GraphContext): Promise<SearchHit[]> {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_SEARCH_RESULTS) {
    throw apiError(ErrorCode.BAD_USER_INPUT, `"first" must be between 1 and ${MAX_SEARCH_RESULTS} (got ${first}).`, { max: MAX_SEARCH_RESULTS });
  }
  if (args.text.length > 500) throw apiError(ErrorCode.BAD_USER_INPUT, 'The search text is limited to 500 characters.');
  const query = luceneQuery(args.text);
  if (!query) throw apiError(ErrorCode.BAD_USER_INPUT, 'The search text has no words to look for.');
  return ctx.db.read(async (tx) => {
    const res = await tx.run(
      `CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $first}) YIELD node, score
       WITH node AS n, score
       WITH n, score, CASE WHEN n:Document THEN 'DOCUMENT' WHEN n:Agency THEN 'AGENCY' ELSE 'DUTY' END AS kind
       RETURN kind, n.key AS key, score,
         CASE kind
           WHEN 'DOCUMENT' THEN { kind: n.kind, number: n.number, title: n.title, stub: coalesce(n.stub, false) }
           WHEN 'AGENCY' THEN { name: n.name }
           ELSE { text: n.text }
         END AS info,
         CASE
           WHEN kind = 'DOCUMENT' AND NOT coalesce(n.stub, false)
             THEN { documentKey: n.key, sourceFile: n.sourceFile, line: 1, lineEnd: n.lineCount }
           WHEN kind = 'DUTY'
             THEN { documentKey: n.sourceKey, line: n.line, lineEnd: n.lineEnd,
                    sourceFile: head(COLLECT { MATCH (src_:Document {key: n.sourceKey}) RETURN src_.sourceFile LIMIT 1 }) }
           ELSE null
         END AS source
       ORDER BY score DESC, kind, key
       LIMIT $first`,
      { query, first: int(first) },
    );
    const hits: SearchHit[] = res.records.map((r) => {
      const kind = r.get('kind') as SearchHit['kind'];
      const info = r.get('info') as Record<string, unknown>;
      return { kind, key: r.get('key') as string, score: r.get('score') as number, label: label(kind, info), source: r.get('source') as Source | null };
    });
    const lookups = numberLookups(args.text);
    if (!lookups.length) return hits;
    const exact = await tx.run(
      `UNWIND $lookups AS l
       UNWIND l.forms AS f
       CALL (f) {
         MATCH (d:Document) WHERE d.numberFolded = f RETURN d
         UNION
         MATCH (d:Document) WHERE d.numberFolded STARTS WITH f + '/' RETURN d
         UNION
         MATCH (d:Document) WHERE d.numberFolded STARTS WITH f + '-' RETURN d
       }
       WITH l, d WHERE d.kind = l.kind
       WITH DISTINCT d ORDER BY d.issuedOn DESC, d.key LIMIT $first
       RETURN ${docRef('d')} AS ref, d.sourceFile AS file, d.lineCount AS lines`,
      { lookups, first: int(first) },
    );
    const top = (hits[0]?.score ?? 0) + 1;
    const named: SearchHit[] = exact.records.map((r) => {
      const d = r.get('ref') as { key: string; kind: string; number: string | null; title: string | null; stub: boolean };
      return {
        kind: 'DOCUMENT',
        key: d.key,
        score: top,
        label: label('DOCUMENT', d),
        source: d.stub ? null : { documentKey: d.key, sourceFile: r.get('file') as string | null, line: 1, lineEnd: r.get('lines') as number | null },
      };
    });
    const seen = new Set(named.map((h) => h.key));
    return [...named, ...hits.filter((h) => !seen.has(h.key))].slice(0, first);
  });
}

function label(kind: SearchHit['kind'], info: Record<string, unknown>): string {
  if (kind === 'AGENCY') return String(info.name ?? '');
  if (kind === 'DUTY') {
    const t = String(info.text ?? '').replace(/\s+/g, ' ');
    return t.length > 140 ? `${t.slice(0, 139)}…` : t;
  }
  const head = [KIND_LABEL_VI[String(info.kind) as DocumentKind] ?? '', info.number ? String(info.number) : ''].filter(Boolean).join(' ');
  const title = info.title ? String(info.title) : '';
  return [head, title].filter(Boolean).join(': ') + (info.stub ? ' (referenced only)' : '');
}
