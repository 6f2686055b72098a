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
 * expand (VarLengthExpand(Pruning,BFS)) gives every document within maxDepth with its distance; the
 * steps into those nearer than maxDepth are counted by degree lookups (totalSteps), ordered (depth,
 * from key, to key, relation; parallel relationships in a fixed order) by a Top-N that holds at most
 * skip + limit of them, and only the page's documents get a DocumentRef — and only when the client
 * selected more than their keys (likewise source files, and the far ends' distances `nodes` needs). `truncated`
 * (something lies beyond maxDepth) is read off the same walk: a document at distance maxDepth with a
 * further relationship of the chosen types. Cypher cannot take a path length from a parameter, so
 * the statements are built from constants per direction, maxDepth (validated 1..10), relation set
 * (validated enum) and selection: user input never becomes query text.
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphContext } from './context.js';
import { apiError, ErrorCode } from '../server/errors.js';
import { docRef, int, requireDocument, type DocumentRef, type Source } from './refs.js';
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
 * Bound of one walk (exported so a test can make it small; the answer reports any cut): only the
 * first this many steps per direction can be paged — what the ordering may hold in the database.
 */
export const LINEAGE_BOUNDS = { steps: 100_000 };
const ALL_RELATIONS: BasisRelation[] = ['IMPLEMENTS', 'BASED_ON', 'CITES'];

function walkStatement(dir: 'DOWN' | 'UP', depth: number, types: BasisRelation[], need: Needs): string {
  // The relationship types are part of the text (from the validated enum, never user text): the
  // storage then reads only those, and a count of steps is a degree lookup.
  const rel = types.join('|');
  // n: a document met within maxDepth (the near end of a step when nearer than maxDepth); f: the far end.
  const near = (d: number) => (dir === 'DOWN' ? `(root)<-[:${rel}*0..${d}]-(n:Document)` : `(root)-[:${rel}*0..${d}]->(n:Document)`);
  const step = (n: string, r: string, f: string) => (dir === 'DOWN' ? `(${n})<-[${r}:${rel}]-(${f})` : `(${n})-[${r}:${rel}]->(${f})`);
  const back = dir === 'DOWN' ? `(f)-[:${rel}*1..${depth}]->(root)` : `(f)<-[:${rel}*1..${depth}]-(root)`;
  const [from, to] = dir === 'DOWN' ? ['f', 'n'] : ['n', 'f'];
  const FAR = `    // The distance of each far end of the page (it can be nearer than the step that lists it).
    CALL (page, root) {
      UNWIND page AS s
      WITH DISTINCT s.f AS f WHERE f <> root
      MATCH q = shortestPath(${back})
      RETURN collect({ key: f.key, dist: length(q) }) AS far
    }
`;
  const DOCS = `    // One DocumentRef per document of the page (a national instrument is the end of most of its
    // steps), with its source file; the root's excepted: the resolver has it.
    CALL (page) {
      UNWIND page AS s
      UNWIND [s.a, s.b] AS d
      WITH DISTINCT d WHERE d.key <> $key
      RETURN collect({ ref: ${docRef('d')}, sourceFile: d.sourceFile }) AS docs
    }
`;
  const FILES = `    // Source files of the documents the steps were read in (with DOCS: only those that are not one of
    // its ends, which are rare, and the root's).
    CALL (page) {
      UNWIND page AS s
      WITH s.a AS a, s.b AS b, coalesce(s.r.sourceKey, s.a.key) AS k
${need.docs ? '      WITH k WHERE k <> a.key AND k <> b.key OR k = $key\n' : ''}      WITH DISTINCT k
      MATCH (src:Document {key: k})
      RETURN collect({ key: k, sourceFile: src.sourceFile }) AS files
    }
`;
  // Two walks, not one whose documents are collected into lists: rows that carry a list of 30k
  // documents made the Top-N's memory estimate exceed the transaction limit at 100k plans.
  return `MATCH (root:Document {key: $key})
    CALL (root) {
      MATCH p = ${near(depth)}
      WITH n, min(length(p)) AS dist
      RETURN sum(CASE WHEN dist < $maxDepth THEN COUNT { ${step('n', '', '')} } ELSE 0 END) AS total,
        max(CASE WHEN dist = $maxDepth AND EXISTS { ${step('n', '', '')} } THEN 1 ELSE 0 END) = 1 AS beyond
    }
    // The page: ordered by a Top-N over every step, never holding more than skip + limit of them.
    CALL (root) {
      MATCH p = ${near(depth - 1)}
      WITH n, min(length(p)) AS dist
      MATCH ${step('n', 'r', 'f')}
      WITH r, dist + 1 AS depth, f, ${from} AS a, ${to} AS b
      ORDER BY depth, a.key, b.key, type(r), elementId(r)
      SKIP $skip LIMIT $limit
      RETURN collect({ r: r, a: a, b: b, f: f, depth: depth }) AS page
    }
    CALL (page) {
      UNWIND range(0, size(page) - 1) AS i
      WITH i, page[i].r AS r, page[i].a AS a, page[i].b AS b, page[i].depth AS depth
      RETURN collect({ i: i, relation: type(r), depth: depth, from: a.key, to: b.key,
        documentKey: coalesce(r.sourceKey, a.key), line: r.line, lineEnd: coalesce(r.lineEnd, r.line) }) AS rows
    }
${need.far ? FAR : ''}${need.docs ? DOCS : ''}${need.files ? FILES : ''}    RETURN total, beyond, rows, ${need.far ? 'far' : '[] AS far'}, ${need.docs ? 'docs' : '[] AS docs'}, ${need.files ? 'files' : '[] AS files'}`;
}

// Statements by direction, depth and relation types, built from constants on first use.
const STATEMENTS = new Map<string, string>();
export function statement(dir: 'DOWN' | 'UP', depth: number, types: BasisRelation[], need: Needs = ALL): string {
  const id = `${dir}:${depth}:${types.join('|')}:${+need.far}${+need.docs}${+need.files}`;
  let st = STATEMENTS.get(id);
  if (!st) STATEMENTS.set(id, (st = walkStatement(dir, depth, types, need)));
  return st;
}

/**
 * What the answer must carry beyond keys, depths and lines (the client's selection): DocumentRefs
 * (any field but key), the distance of far ends (nodes), source files. Work nobody asked for is not
 * done: a tree drawn from keys alone costs a fraction of one with every title.
 */
interface Needs {
  docs: boolean;
  far: boolean;
  files: boolean;
}
const ALL: Needs = { docs: true, far: true, files: true };

/** Names of the fields selected at `path` below the resolved field (fragments followed); null if none is. */
function selectedAt(info: GraphQLResolveInfo, path: string[]): Set<string> | null {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  const fields = (set: SelectionSetNode): FieldNode[] =>
    set.selections.flatMap((sel) => {
      if (sel.kind === Kind.FIELD) return [sel];
      if (sel.kind === Kind.INLINE_FRAGMENT) return fields(sel.selectionSet);
      const frag = info.fragments[sel.name.value];
      return frag ? fields(frag.selectionSet) : [];
    });
  for (const name of path) {
    sets = sets.flatMap((set) => fields(set).filter((f) => f.name.value === name && f.selectionSet).map((f) => f.selectionSet!));
    if (!sets.length) return null;
  }
  return new Set(sets.flatMap((set) => fields(set).map((f) => f.name.value)));
}

export function needsOf(info: GraphQLResolveInfo | undefined): Needs & { root: boolean } {
  if (!info?.fieldNodes) return { ...ALL, root: true };
  const beyondKey = (path: string[]) => [...(selectedAt(info, path) ?? [])].some((f) => f !== 'key' && f !== '__typename');
  const docs = beyondKey(['steps', 'from']) || beyondKey(['steps', 'to']) || beyondKey(['nodes', 'document']);
  return {
    docs,
    far: selectedAt(info, ['nodes']) !== null,
    files: selectedAt(info, ['steps', 'source'])?.has('sourceFile') ?? false,
    root: docs || beyondKey(['root']),
  };
}

interface Walk {
  steps: LineageStep[];
  total: number;
  truncated: boolean;
  cuts: string[];
}

/** One direction: its step count, whether anything lies beyond maxDepth, and steps skip … skip + limit − 1. */
async function walk(tx: ManagedTransaction, root: DocumentRef, dir: 'DOWN' | 'UP', depth: number, types: BasisRelation[], skip: number, limit: number, need: Needs): Promise<Walk | null> {
  // Only the first `bound` steps (in order) can be paged: the ordering holds at most that many.
  const bound = LINEAGE_BOUNDS.steps;
  const res = await tx.run(statement(dir, depth, types, need), {
    key: root.key,
    maxDepth: int(depth),
    skip: int(Math.min(skip, bound)),
    limit: int(Math.max(0, Math.min(limit, bound - skip))),
  });
  const rec = res.records[0];
  // No row: no document has the root's key (the walk always meets the root itself).
  if (!rec) return null;
  const docs = new Map<string, DocumentRef>([[root.key, root]]);
  const files = new Map<string, string | null>();
  for (const d of rec.get('docs') as Array<{ ref: DocumentRef; sourceFile: string | null }>) {
    docs.set(d.ref.key, d.ref);
    files.set(d.ref.key, d.sourceFile);
  }
  for (const f of rec.get('files') as Array<{ key: string; sourceFile: string | null }>) files.set(f.key, f.sourceFile);
  const far = new Map<string, number>([[root.key, 0], ...(rec.get('far') as Array<{ key: string; dist: number }>).map((x) => [x.key, x.dist] as const)]);
  type Row = { i: number; relation: BasisRelation; depth: number; from: string; to: string; documentKey: string; line: number | null; lineEnd: number | null };
  const rows = (rec.get('rows') as Row[]).sort((x, y) => x.i - y.i);
  const total = rec.get('total') as number;
  const cut = total > bound;
  return {
    steps: rows.map((r) => ({
      from: docs.get(r.from) ?? keyOnly(r.from),
      to: docs.get(r.to) ?? keyOnly(r.to),
      relation: r.relation,
      depth: r.depth,
      direction: dir,
      source: { documentKey: r.documentKey, sourceFile: files.get(r.documentKey) ?? null, line: r.line, lineEnd: r.lineEnd },
      farDepth: far.get(dir === 'DOWN' ? r.from : r.to) ?? r.depth,
    })),
    total: cut ? bound : total,
    truncated: cut || rec.get('beyond') === true,
    cuts: cut ? [`${dir}: more than ${bound} steps within maxDepth ${depth} (${total}); only the first ${bound} (by depth, then keys) can be paged. Lower maxDepth or choose fewer relations.`] : [],
  };
}

/** A DocumentRef when the client asked for its key only (the other fields are never serialized). */
const keyOnly = (key: string) => ({ key }) as DocumentRef;

export async function lineage(_: unknown, args: LineageArgs, ctx: GraphContext, info?: GraphQLResolveInfo): Promise<Lineage> {
  const direction = args.direction ?? 'DOWN';
  const maxDepth = args.maxDepth ?? 5;
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_LINEAGE_DEPTH) {
    throw apiError(ErrorCode.BAD_USER_INPUT, `"maxDepth" must be between 1 and ${MAX_LINEAGE_DEPTH} (got ${maxDepth}).`, { max: MAX_LINEAGE_DEPTH });
  }
  // In a fixed order: one statement per set of relations.
  const asked = new Set<BasisRelation>(args.relations ?? ['IMPLEMENTS', 'BASED_ON']);
  const types = ALL_RELATIONS.filter((t) => asked.has(t));
  if (!types.length) throw apiError(ErrorCode.BAD_USER_INPUT, '"relations" must name at least one of IMPLEMENTS, BASED_ON, CITES.');
  const req = pageRequest(args.first, args.after, LINEAGE_PAGE.default, LINEAGE_PAGE.max);

  return ctx.db.read(async (tx) => {
    const need = needsOf(info);
    // The root's DocumentRef only when asked for; else the walk itself tells whether it exists.
    const root = need.root ? await requireDocument(tx, args.document) : keyOnly(args.document);
    const dirs: Array<'DOWN' | 'UP'> = direction === 'BOTH' ? ['DOWN', 'UP'] : [direction];
    // The steps of BOTH are DOWN's, then UP's: the page's offset runs through both lists.
    const steps: LineageStep[] = [];
    let total = 0;
    let truncated = false;
    const cuts: string[] = [];
    for (const dir of dirs) {
      const w = await walk(tx, root, dir, maxDepth, types, Math.max(0, req.offset - total), req.limit - steps.length, need);
      if (!w) {
        await requireDocument(tx, args.document); // NOT_FOUND, with the message every question gives
        throw new Error(`lineage: no walk from ${args.document}, which exists`);
      }
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
