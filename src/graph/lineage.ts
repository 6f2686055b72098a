/**
 * lineage(document, direction, maxDepth, relations): the implementation tree below a document (DOWN:
 * every document that implements it, transitively) and/or the chain of its bases (UP).
 *
 * One bounded variable-length match per direction. Cypher cannot take a path length from a
 * parameter, so the length bound comes from a table of pre-built statements indexed by the validated
 * maxDepth (1..10): user input never becomes query text. Paths are capped (LINEAGE_BOUNDS, lazily —
 * Neo4j stops expanding once it has enough), and a second bounded probe tells whether anything lay
 * beyond maxDepth (`truncated`).
 *
 * A step is one relationship with the depth at which it is met (the shortest position along any
 * path from the root): Chỉ thị 07 ← Tây Ninh (depth 1) and Chỉ thị 07 ← 250/KH-BCA-V05 ← Tây Ninh
 * (the second step at depth 2). Relationships keep their provenance (sourceKey, line range).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphContext } from './context.js';
import { apiError, ErrorCode } from '../server/errors.js';
import { docRef, int, requireDocument, type DocumentRef, type Source } from './refs.js';
import { partialOf } from './pagination.js';

export type Direction = 'DOWN' | 'UP' | 'BOTH';
export type BasisRelation = 'IMPLEMENTS' | 'BASED_ON' | 'CITES';

export interface LineageArgs {
  document: string;
  direction?: Direction | null;
  maxDepth?: number | null;
  relations?: BasisRelation[] | null;
}

export interface LineageStep {
  from: DocumentRef;
  to: DocumentRef;
  relation: BasisRelation;
  depth: number;
  direction: 'DOWN' | 'UP';
  source: Source;
}

export interface Lineage {
  root: DocumentRef;
  nodes: Array<{ document: DocumentRef; depth: number }>;
  steps: LineageStep[];
  truncated: boolean;
  partial: boolean;
  partialReasons: string[];
}

export const MAX_LINEAGE_DEPTH = 10;
/** Bounds of one walk (exported so a test can make them small; the answer reports any cut). */
export const LINEAGE_BOUNDS = { paths: 5000, steps: 2000 };
const ALL_RELATIONS: BasisRelation[] = ['IMPLEMENTS', 'BASED_ON', 'CITES'];

function traversal(dir: 'DOWN' | 'UP', depth: number): string {
  const pattern = dir === 'DOWN' ? `(root)<-[:IMPLEMENTS|BASED_ON|CITES*1..${depth}]-(:Document)` : `(root)-[:IMPLEMENTS|BASED_ON|CITES*1..${depth}]->(:Document)`;
  return `MATCH (root:Document {key: $key})
    MATCH p = ${pattern}
    WHERE all(r IN relationships(p) WHERE type(r) IN $types)
    WITH p LIMIT $maxPaths
    WITH collect(p) AS ps
    WITH ps, size(ps) AS pathCount
    UNWIND ps AS p
    UNWIND range(0, length(p) - 1) AS i
    WITH pathCount, relationships(p)[i] AS r, i + 1 AS depth
    WITH pathCount, r, min(depth) AS depth
    WITH pathCount, r, depth, startNode(r) AS a, endNode(r) AS b
    ORDER BY depth, a.key, b.key, type(r)
    LIMIT $maxSteps
    RETURN pathCount, type(r) AS relation, depth, ${docRef('a')} AS fromRef, ${docRef('b')} AS toRef,
      { documentKey: coalesce(r.sourceKey, a.key), line: r.line, lineEnd: coalesce(r.lineEnd, r.line),
        sourceFile: head(COLLECT { MATCH (src_:Document {key: coalesce(r.sourceKey, a.key)}) RETURN src_.sourceFile LIMIT 1 }) } AS source`;
}

function beyond(dir: 'DOWN' | 'UP', depth: number): string {
  const n = depth + 1;
  const pattern = dir === 'DOWN' ? `(root)<-[:IMPLEMENTS|BASED_ON|CITES*${n}..${n}]-(:Document)` : `(root)-[:IMPLEMENTS|BASED_ON|CITES*${n}..${n}]->(:Document)`;
  return `MATCH (root:Document {key: $key})
    RETURN EXISTS { MATCH p = ${pattern} WHERE all(r IN relationships(p) WHERE type(r) IN $types) } AS more
    LIMIT 1`;
}

// Statements for every allowed depth, built once from constants.
const STATEMENTS = new Map<string, { walk: string; probe: string }>();
for (const dir of ['DOWN', 'UP'] as const) {
  for (let d = 1; d <= MAX_LINEAGE_DEPTH; d++) STATEMENTS.set(`${dir}:${d}`, { walk: traversal(dir, d), probe: beyond(dir, d) });
}

async function walk(tx: ManagedTransaction, key: string, dir: 'DOWN' | 'UP', depth: number, types: BasisRelation[]) {
  const st = STATEMENTS.get(`${dir}:${depth}`)!;
  // One more path and one more step than the bounds: a cut is then known, and reported.
  const res = await tx.run(st.walk, { key, types, maxPaths: int(LINEAGE_BOUNDS.paths + 1), maxSteps: int(LINEAGE_BOUNDS.steps + 1) });
  const cuts: string[] = [];
  const { paths: MAX_PATHS, steps: MAX_STEPS } = LINEAGE_BOUNDS;
  if (((res.records[0]?.get('pathCount') as number | undefined) ?? 0) > MAX_PATHS) {
    cuts.push(`${dir}: more than ${MAX_PATHS} paths within maxDepth ${depth}; the walk stopped there, so steps reached only by later paths are missing. Lower maxDepth or choose fewer relations.`);
  }
  const records = res.records.length > MAX_STEPS ? res.records.slice(0, MAX_STEPS) : res.records;
  if (res.records.length > MAX_STEPS) {
    cuts.push(`${dir}: more than ${MAX_STEPS} steps; the first ${MAX_STEPS} (by depth, then keys) are shown. Lower maxDepth or choose fewer relations.`);
  }
  const steps: LineageStep[] = records.map((r) => ({
    from: r.get('fromRef') as DocumentRef,
    to: r.get('toRef') as DocumentRef,
    relation: r.get('relation') as BasisRelation,
    depth: r.get('depth') as number,
    direction: dir,
    source: r.get('source') as Source,
  }));
  let truncated = cuts.length > 0;
  if (!truncated) {
    const probe = await tx.run(st.probe, { key, types });
    truncated = probe.records[0]?.get('more') === true;
  }
  return { steps, truncated, cuts };
}

export async function lineage(_: unknown, args: LineageArgs, ctx: GraphContext): Promise<Lineage> {
  const direction = args.direction ?? 'DOWN';
  const maxDepth = args.maxDepth ?? 5;
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_LINEAGE_DEPTH) {
    throw apiError(ErrorCode.BAD_USER_INPUT, `"maxDepth" must be between 1 and ${MAX_LINEAGE_DEPTH} (got ${maxDepth}).`, { max: MAX_LINEAGE_DEPTH });
  }
  const types: BasisRelation[] = [...new Set<BasisRelation>(args.relations ?? ['IMPLEMENTS', 'BASED_ON'])].filter((t) => ALL_RELATIONS.includes(t));
  if (!types.length) throw apiError(ErrorCode.BAD_USER_INPUT, '"relations" must name at least one of IMPLEMENTS, BASED_ON, CITES.');

  return ctx.db.read(async (tx) => {
    const root = await requireDocument(tx, args.document);
    const dirs: Array<'DOWN' | 'UP'> = direction === 'BOTH' ? ['DOWN', 'UP'] : [direction];
    const steps: LineageStep[] = [];
    let truncated = false;
    const cuts: string[] = [];
    for (const dir of dirs) {
      const w = await walk(tx, root.key, dir, maxDepth, types);
      steps.push(...w.steps);
      truncated ||= w.truncated;
      cuts.push(...w.cuts);
    }
    return { root, steps, truncated, nodes: lineageNodes(root, steps), ...partialOf(cuts) };
  });
}

/** Every document met, once, with its smallest distance from the root (negative above it). */
export function lineageNodes(root: DocumentRef, steps: LineageStep[]): Array<{ document: DocumentRef; depth: number }> {
  const nodes = new Map<string, { document: DocumentRef; depth: number }>([[root.key, { document: root, depth: 0 }]]);
  for (const s of steps) {
    const doc = s.direction === 'DOWN' ? s.from : s.to;
    const depth = s.direction === 'DOWN' ? s.depth : -s.depth;
    const seen = nodes.get(doc.key);
    if (!seen || Math.abs(depth) < Math.abs(seen.depth)) nodes.set(doc.key, { document: doc, depth });
  }
  return [...nodes.values()].sort((a, b) => a.depth - b.depth || a.document.key.localeCompare(b.document.key));
}
