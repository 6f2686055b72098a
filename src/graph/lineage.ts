/**
 * lineage(document, direction, maxDepth, relations, first, after): the implementation tree below a
 * document (DOWN: every document that implements it, transitively) and/or the chain of its bases (UP),
 * a page of steps at a time.
 *
 * A step is one relationship (a)-[r]->(b) of the chosen types met by a breadth-first walk from the
 * root. DOWN, its depth is dist(b) + 1, where dist is b's distance from the root (the length of the
 * shortest path root ← … ← b); UP mirrors it (dist(a) + 1). That is the smallest position of the
 * relationship along any path from the root: a shortest path to b never uses r (r leaves b away from
 * the root), so root ← … ← b ← a is a path with r at dist(b) + 1, and no path can hold r earlier.
 * Chỉ thị 07 ← Tây Ninh (depth 1) and Chỉ thị 07 ← 250/KH-BCA-V05 ← Tây Ninh (the second step at
 * depth 2). Relationships keep their provenance (sourceKey, line range).
 *
 * One statement per direction, never enumerating paths: Neo4j's pruning breadth-first var-length
 * expand (VarLengthExpand(Pruning,BFS)) gives every document within maxDepth − 1 with its distance,
 * one expand gives the steps into them, and the steps are counted, ordered (depth, from key, to key,
 * relation, then source) and cut to the page in the database; DocumentRefs are built for the page's
 * steps only. Cypher cannot take a path length from a parameter, so the length bound comes from a
 * table of pre-built statements indexed by the validated maxDepth (1..10): user input never becomes
 * query text. `truncated` (something lies beyond maxDepth) is read off the same walk: a document at
 * distance maxDepth that has a further relationship of the chosen types.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphContext } from './context.js';
import { apiError, ErrorCode } from '../server/errors.js';
import { docRef, int, relSource, requireDocument, type DocumentRef, type Source } from './refs.js';
import { pageRequest, partialOf, toPage, type PageInfo } from './pagination.js';

export type Direction = 'DOWN' | 'UP' | 'BOTH';
export type BasisRelation = 'IMPLEMENTS' | 'BASED_ON' | 'CITES';

export interface LineageArgs {
  document: string;
  direction?: Direction | null;
  maxDepth?: number | null;
  relations?: BasisRelation[] | null;
  first?: number | null;
  after?: string | null;
}

export interface LineageStep {
  from: DocumentRef;
  to: DocumentRef;
  relation: BasisRelation;
  depth: number;
  direction: 'DOWN' | 'UP';
  source: Source;
  /**
   * Not in the schema: the distance of the step's far end (DOWN: `from`, UP: `to`) from the root,
   * which can be smaller than `depth` (the document is also met on a shorter way). Absent = `depth`.
   */
  farDepth?: number;
}

export interface Lineage {
  root: DocumentRef;
  nodes: Array<{ document: DocumentRef; depth: number }>;
  steps: LineageStep[];
  totalSteps: number;
  pageInfo: PageInfo;
  truncated: boolean;
  partial: boolean;
  partialReasons: string[];
}

export const MAX_LINEAGE_DEPTH = 10;
/** Steps per page: the default and the largest `first`. */
export const LINEAGE_PAGE = { default: 500, max: 2000 };
/**
 * Bound of one walk (exported so a test can make it small; the answer reports any cut): at most this
 * many steps per direction are ordered and paged — the memory one answer may take in the database.
 */
export const LINEAGE_BOUNDS = { steps: 100_000 };
const ALL_RELATIONS: BasisRelation[] = ['IMPLEMENTS', 'BASED_ON', 'CITES'];
const REL = 'IMPLEMENTS|BASED_ON|CITES';

function walkStatement(dir: 'DOWN' | 'UP', depth: number): string {
  // n: a document within depth − 1 of the root (the near end of a step); f: the far end.
  const near = dir === 'DOWN' ? `(root)<-[:${REL}*0..${depth - 1}]-(n:Document)` : `(root)-[:${REL}*0..${depth - 1}]->(n:Document)`;
  const step = dir === 'DOWN' ? `(n)<-[r:${REL}]-(f:Document)` : `(n)-[r:${REL}]->(f:Document)`;
  const beyond = dir === 'DOWN' ? `(x)<-[y:${REL}]-(:Document)` : `(x)-[y:${REL}]->(:Document)`;
  const [from, to] = dir === 'DOWN' ? ['f', 'n'] : ['n', 'f'];
  return `MATCH (root:Document {key: $key})
    CALL (root) {
      MATCH p = ${near}
      WHERE all(x IN relationships(p) WHERE type(x) IN $types)
      WITH n, min(length(p)) AS dist
      MATCH ${step} WHERE type(r) IN $types
      WITH f, r, n, dist + 1 AS depth
      WITH f, min(depth) AS farDepth, collect({r: r, n: n, depth: depth}) AS out
      UNWIND out AS s
      RETURN f, s.r AS r, s.n AS n, s.depth AS depth, CASE WHEN f = root THEN 0 ELSE farDepth END AS farDepth
    }
    WITH r, depth, farDepth, f, ${from} AS a, ${to} AS b
    ORDER BY depth, a.key, b.key, type(r), coalesce(r.sourceKey, a.key), r.line, elementId(r)
    LIMIT $maxSteps
    WITH collect({r: r, a: a, b: b, f: f, depth: depth, farDepth: farDepth}) AS steps
    WITH steps, size(steps) > $bound AS cut
    WITH cut, CASE WHEN cut THEN steps[0..$bound] ELSE steps END AS steps
    WITH cut, size(steps) AS total, steps[$skip..$skip + $limit] AS page,
      cut OR any(x IN [s IN steps WHERE s.farDepth = $maxDepth | s.f] WHERE EXISTS { MATCH ${beyond} WHERE type(y) IN $types }) AS truncated
    CALL (page) {
      UNWIND range(0, size(page) - 1) AS i
      WITH i, page[i].r AS r, page[i].a AS a, page[i].b AS b, page[i].depth AS depth, page[i].farDepth AS farDepth
      RETURN collect({ i: i, relation: type(r), depth: depth, farDepth: farDepth, from: a.key, to: b.key, source: ${relSource('r', 'a')} }) AS rows
    }
    // One DocumentRef per document of the page (a national instrument is the end of most of its steps).
    CALL (page) {
      UNWIND page AS s
      UNWIND [s.a, s.b] AS d
      WITH DISTINCT d
      RETURN collect(${docRef('d')}) AS docs
    }
    RETURN total, cut, truncated, rows, docs`;
}

// Statements for every allowed depth, built once from constants.
export const STATEMENTS = new Map<string, string>();
for (const dir of ['DOWN', 'UP'] as const) {
  for (let d = 1; d <= MAX_LINEAGE_DEPTH; d++) STATEMENTS.set(`${dir}:${d}`, walkStatement(dir, d));
}

interface Walk {
  steps: LineageStep[];
  total: number;
  truncated: boolean;
  cuts: string[];
}

/** One direction: its step count, whether anything lies beyond maxDepth, and steps skip … skip + limit − 1. */
async function walk(tx: ManagedTransaction, key: string, dir: 'DOWN' | 'UP', depth: number, types: BasisRelation[], skip: number, limit: number): Promise<Walk> {
  const bound = LINEAGE_BOUNDS.steps;
  // One more step than the bound: a cut is then known, and reported.
  const res = await tx.run(STATEMENTS.get(`${dir}:${depth}`)!, {
    key,
    types,
    maxDepth: int(depth),
    maxSteps: int(bound + 1),
    bound: int(bound),
    skip: int(skip),
    limit: int(limit),
  });
  const rec = res.records[0];
  if (!rec) return { steps: [], total: 0, truncated: false, cuts: [] };
  const docs = new Map((rec.get('docs') as DocumentRef[]).map((d) => [d.key, d]));
  const rows = (rec.get('rows') as Array<{ i: number; relation: BasisRelation; depth: number; farDepth: number; from: string; to: string; source: Source }>).sort((x, y) => x.i - y.i);
  const cuts = rec.get('cut')
    ? [`${dir}: more than ${bound} steps within maxDepth ${depth}; the first ${bound} (by depth, then keys) can be paged, the rest are missing. Lower maxDepth or choose fewer relations.`]
    : [];
  return {
    steps: rows.map((r) => ({ from: docs.get(r.from)!, to: docs.get(r.to)!, relation: r.relation, depth: r.depth, direction: dir, source: r.source, farDepth: r.farDepth })),
    total: rec.get('total') as number,
    truncated: rec.get('truncated') === true,
    cuts,
  };
}

export async function lineage(_: unknown, args: LineageArgs, ctx: GraphContext): Promise<Lineage> {
  const direction = args.direction ?? 'DOWN';
  const maxDepth = args.maxDepth ?? 5;
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_LINEAGE_DEPTH) {
    throw apiError(ErrorCode.BAD_USER_INPUT, `"maxDepth" must be between 1 and ${MAX_LINEAGE_DEPTH} (got ${maxDepth}).`, { max: MAX_LINEAGE_DEPTH });
  }
  const types: BasisRelation[] = [...new Set<BasisRelation>(args.relations ?? ['IMPLEMENTS', 'BASED_ON'])].filter((t) => ALL_RELATIONS.includes(t));
  if (!types.length) throw apiError(ErrorCode.BAD_USER_INPUT, '"relations" must name at least one of IMPLEMENTS, BASED_ON, CITES.');
  const req = pageRequest(args.first, args.after, LINEAGE_PAGE.default, LINEAGE_PAGE.max);

  return ctx.db.read(async (tx) => {
    const root = await requireDocument(tx, args.document);
    const dirs: Array<'DOWN' | 'UP'> = direction === 'BOTH' ? ['DOWN', 'UP'] : [direction];
    // The steps of BOTH are DOWN's, then UP's: the page's offset runs through both lists.
    const steps: LineageStep[] = [];
    let total = 0;
    let truncated = false;
    const cuts: string[] = [];
    for (const dir of dirs) {
      const w = await walk(tx, root.key, dir, maxDepth, types, Math.max(0, req.offset - total), req.limit - steps.length);
      steps.push(...w.steps);
      total += w.total;
      truncated ||= w.truncated;
      cuts.push(...w.cuts);
    }
    const page = toPage(steps, total, req);
    return { root, steps, totalSteps: total, pageInfo: page.pageInfo, truncated, nodes: lineageNodes(root, steps), ...partialOf(cuts) };
  });
}

/**
 * The documents `steps` connect, and the root, each once with its smallest distance from the root
 * (negative above it): a step's far end (DOWN: `from`, UP: `to`) at its `farDepth`, its near end at
 * `depth` − 1. For a page of steps, every document of the page; over all pages, every document met.
 */
export function lineageNodes(root: DocumentRef, steps: LineageStep[]): Array<{ document: DocumentRef; depth: number }> {
  const nodes = new Map<string, { document: DocumentRef; depth: number }>([[root.key, { document: root, depth: 0 }]]);
  const meet = (document: DocumentRef, depth: number) => {
    const seen = nodes.get(document.key);
    if (!seen || Math.abs(depth) < Math.abs(seen.depth)) nodes.set(document.key, { document, depth });
  };
  for (const s of steps) {
    const sign = s.direction === 'DOWN' ? 1 : -1;
    const [far, near] = s.direction === 'DOWN' ? [s.from, s.to] : [s.to, s.from];
    meet(far, sign * (s.farDepth ?? s.depth));
    meet(near, sign * (s.depth - 1));
  }
  return [...nodes.values()].sort((a, b) => a.depth - b.depth || a.document.key.localeCompare(b.document.key));
}
