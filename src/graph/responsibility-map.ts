/**
 * responsibilityMap(document, includeDescendants): agencies × duties of a plan, as
 *  - a matrix (rows = agencies in order of first appearance, one entry per duty column: the strongest
 *    role the agency has on it, null where it has no part) and the full list of cells, and
 *  - nodes/edges for a graph view (ASSIGNS, TASKED_WITH, IMPLEMENTS, TAKEN_UP_BY).
 * With descendants (implementing documents, bounded depth), `uptake` shows how each duty of a parent
 * plan is taken up below it: duties of a child plan carried by agencies of the same AgencyType.
 */
import type { GraphContext } from './context.js';
import { agencyRef, docRef, dutyRef, requireDocument, ROLE_STRENGTH, type AgencyRef, type DocumentRef, type DutyRef } from './refs.js';
import { KIND_LABEL_VI, type DocumentKind } from '../ingest/model.js';
import { partialOf, type Partial } from './pagination.js';

export const MAP_DESCENDANT_DEPTH = 3;
const MAX_DOCUMENTS = 50;
const MAX_DUTIES = 1000;
const MAX_TASKINGS = 10000;
const MAX_PATHS = 5000;

export interface ResponsibilityMapArgs {
  document: string;
  includeDescendants?: boolean | null;
}

interface Cell {
  agencyKey: string;
  dutyKey: string;
  role: string;
  documentKey: string;
}

interface GraphNode {
  id: string;
  label: string;
  kind: 'DOCUMENT' | 'AGENCY' | 'DUTY';
}

interface GraphEdge {
  source: string;
  target: string;
  type: 'ASSIGNS' | 'TASKED_WITH' | 'IMPLEMENTS' | 'TAKEN_UP_BY';
  role: string | null;
}

export interface DutyUptake {
  parentDuty: DutyRef;
  agencyType: string;
  childDocument: DocumentRef;
  childDuties: DutyRef[];
}

export interface ResponsibilityMap {
  document: DocumentRef;
  documents: DocumentRef[];
  agencies: AgencyRef[];
  duties: DutyRef[];
  matrix: Array<{ agency: AgencyRef; roles: Array<string | null> }>;
  cells: Cell[];
  nodes: GraphNode[];
  edges: GraphEdge[];
  uptake: DutyUptake[];
}

/**
 * The plan and, with descendants, the documents below it: one statement (the plan's ref was a read
 * of its own). No row: no such document.
 */
const ROOT_AND_DESCENDANTS = `
  MATCH (root:Document {key: $key})
  CALL (root) {
    WITH root WHERE $withDescendants
    MATCH p = (root)<-[:IMPLEMENTS|BASED_ON*1..${MAP_DESCENDANT_DEPTH}]-(c:Document)
    WITH p, c LIMIT ${MAX_PATHS + 1}
    WITH collect([c, length(p)]) AS found
    WITH found, size(found) AS pathCount
    UNWIND found AS f
    WITH pathCount, f[0] AS c, min(f[1]) AS depth
    ORDER BY depth, c.key
    LIMIT ${MAX_DOCUMENTS + 1}
    RETURN collect(${docRef('c')}) AS below, coalesce(max(pathCount), 0) AS pathCount
  }
  RETURN ${docRef('root')} AS root, below, pathCount
  LIMIT 1`;

/** The duties of the documents (bounded) with the taskings of the first MAX_DUTIES of them: one statement. */
const DUTIES_AND_TASKINGS = `
  MATCH (d:Document)-[:ASSIGNS]->(u:Duty) WHERE d.key IN $keys
  WITH d, u ORDER BY u.sourceKey, u.line, u.key LIMIT ${MAX_DUTIES + 1}
  WITH collect({ doc: d.key, duty: ${dutyRef('u', 'd')} }) AS duties
  WITH duties, [x IN duties[0..${MAX_DUTIES}] | x.duty.key] AS dutyKeys
  RETURN duties, COLLECT {
    MATCH (g:Agency)-[t:TASKED_WITH]->(u:Duty) WHERE u.key IN dutyKeys
    RETURN { agency: ${agencyRef('g')}, duty: u.key, role: t.role }
    ORDER BY u.key, g.key, t.role LIMIT ${MAX_TASKINGS + 1} } AS taskings`;

export async function responsibilityMap(_: unknown, args: ResponsibilityMapArgs, ctx: GraphContext): Promise<ResponsibilityMap & Partial> {
  return ctx.db.read(async (tx) => {
    const head = await tx.run(ROOT_AND_DESCENDANTS, { key: args.document, withDescendants: !!args.includeDescendants });
    const rec = head.records[0];
    if (!rec) await requireDocument(tx, args.document); // NOT_FOUND, with its explanation
    const root = rec!.get('root') as DocumentRef;
    const documents: DocumentRef[] = [root];
    // Each read asks for one row more than its bound: a cut is reported in partialReasons.
    const cuts: string[] = [];
    if (args.includeDescendants) {
      const below = rec!.get('below') as DocumentRef[];
      if ((rec!.get('pathCount') as number) > MAX_PATHS) {
        cuts.push(`More than ${MAX_PATHS} implementation paths below the plan: the descendants were searched along the first ${MAX_PATHS}.`);
      }
      if (below.length > MAX_DOCUMENTS) cuts.push(`More than ${MAX_DOCUMENTS} descendant documents: the nearest ${MAX_DOCUMENTS} (by depth, then key) are mapped.`);
      documents.push(...below.slice(0, MAX_DOCUMENTS));
    }
    const keys = documents.map((d) => d.key);

    // Both reads at once (pipelined in the transaction).
    const [links, rows] = await Promise.all([
      tx.run(
        `MATCH (c:Document)-[r:IMPLEMENTS|BASED_ON]->(p:Document) WHERE c.key IN $keys AND p.key IN $keys
         RETURN DISTINCT c.key AS child, p.key AS parent LIMIT 1000`,
        { keys },
      ),
      tx.run(DUTIES_AND_TASKINGS, { keys }),
    ]);
    const dutyRows = rows.records[0]!.get('duties') as Array<{ doc: string; duty: DutyRef }>;
    if (dutyRows.length > MAX_DUTIES) cuts.push(`More than ${MAX_DUTIES} duties: the first ${MAX_DUTIES} (by document, line) are mapped. Map without descendants, or a single plan.`);
    const order = new Map(keys.map((k, i) => [k, i]));
    const dutyDoc = new Map<string, string>();
    const duties = dutyRows
      .slice(0, MAX_DUTIES)
      .sort((a, b) => order.get(a.doc)! - order.get(b.doc)! || (a.duty.source.line ?? 0) - (b.duty.source.line ?? 0) || a.duty.key.localeCompare(b.duty.key))
      .map(({ doc, duty }) => {
        dutyDoc.set(duty.key, doc);
        return duty;
      });

    const taskRows = rows.records[0]!.get('taskings') as Array<{ agency: AgencyRef; duty: string; role: string }>;
    if (taskRows.length > MAX_TASKINGS) cuts.push(`More than ${MAX_TASKINGS} taskings: the first ${MAX_TASKINGS} (by duty, agency) are mapped.`);
    const taskings = taskRows.slice(0, MAX_TASKINGS).map((r) => ({ agency: r.agency, dutyKey: r.duty, role: r.role }));
    const map = buildMap(root, documents, duties, dutyDoc, taskings, links.records.map((r) => ({ child: r.get('child') as string, parent: r.get('parent') as string })));
    return { ...map, ...partialOf(cuts) };
  });
}

/** Pure assembly of the map from the rows read (exported for unit tests). */
export function buildMap(
  root: DocumentRef,
  documents: DocumentRef[],
  duties: DutyRef[],
  dutyDoc: Map<string, string>,
  taskings: Array<{ agency: AgencyRef; dutyKey: string; role: string }>,
  links: Array<{ child: string; parent: string }>,
): ResponsibilityMap {
  const column = new Map(duties.map((d, i) => [d.key, i]));
  const byDuty = new Map<string, typeof taskings>();
  for (const t of taskings) {
    if (!column.has(t.dutyKey)) continue;
    byDuty.set(t.dutyKey, [...(byDuty.get(t.dutyKey) ?? []), t]);
  }
  // Agencies in order of first appearance (reading order of the plans), each once.
  const agencies: AgencyRef[] = [];
  const rowOf = new Map<string, number>();
  for (const d of duties) {
    for (const t of byDuty.get(d.key) ?? []) {
      if (!rowOf.has(t.agency.key)) {
        rowOf.set(t.agency.key, agencies.length);
        agencies.push(t.agency);
      }
    }
  }
  const matrix = agencies.map((agency) => ({ agency, roles: duties.map(() => null as string | null) }));
  const cells: Cell[] = [];
  for (const d of duties) {
    for (const t of byDuty.get(d.key) ?? []) {
      const row = matrix[rowOf.get(t.agency.key)!]!;
      const col = column.get(d.key)!;
      const cur = row.roles[col];
      if (cur == null || (ROLE_STRENGTH[t.role] ?? 0) > (ROLE_STRENGTH[cur] ?? 0)) row.roles[col] = t.role;
      cells.push({ agencyKey: t.agency.key, dutyKey: d.key, role: t.role, documentKey: dutyDoc.get(d.key) ?? root.key });
    }
  }

  const nodes: GraphNode[] = [
    ...documents.map((d) => ({ id: d.key, label: documentLabel(d), kind: 'DOCUMENT' as const })),
    ...agencies.map((a) => ({ id: a.key, label: a.name, kind: 'AGENCY' as const })),
    ...duties.map((d) => ({ id: d.key, label: shorten(d.text, 90), kind: 'DUTY' as const })),
  ];
  const edges: GraphEdge[] = [
    ...links.map((l) => ({ source: l.child, target: l.parent, type: 'IMPLEMENTS' as const, role: null })),
    ...duties.map((d) => ({ source: dutyDoc.get(d.key) ?? root.key, target: d.key, type: 'ASSIGNS' as const, role: null })),
    ...cells.map((c) => ({ source: c.agencyKey, target: c.dutyKey, type: 'TASKED_WITH' as const, role: c.role })),
  ];

  // Uptake: parent duty → child plan's duties carried by the same agency type.
  const docRefs = new Map(documents.map((d) => [d.key, d]));
  const typesOf = (dutyKey: string) => new Set((byDuty.get(dutyKey) ?? []).map((t) => t.agency.type));
  const uptake: DutyUptake[] = [];
  for (const { child, parent } of links) {
    const parentDuties = duties.filter((d) => dutyDoc.get(d.key) === parent);
    const childDuties = duties.filter((d) => dutyDoc.get(d.key) === child);
    for (const pd of parentDuties) {
      for (const type of [...typesOf(pd.key)].sort()) {
        const taken = childDuties.filter((cd) => typesOf(cd.key).has(type));
        if (!taken.length) continue;
        uptake.push({ parentDuty: pd, agencyType: type, childDocument: docRefs.get(child)!, childDuties: taken });
        for (const cd of taken) edges.push({ source: pd.key, target: cd.key, type: 'TAKEN_UP_BY', role: null });
      }
    }
  }
  return { document: root, documents, agencies, duties, matrix, cells, nodes, edges, uptake };
}

export function documentLabel(d: DocumentRef): string {
  const kind = KIND_LABEL_VI[d.kind as DocumentKind] ?? '';
  const head = [kind, d.number].filter(Boolean).join(' ');
  const title = d.title ? shorten(d.title, 80) : '';
  return [head, title].filter(Boolean).join(': ') || d.key;
}

function shorten(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`;
}
