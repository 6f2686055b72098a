/**
 * responsibilities(agency, agencyType, jurisdiction, role, document): who does what. One row per
 * tasking (Agency -[:TASKED_WITH {role}]-> Duty), with the duty, its document, its deadlines (and to
 * whom they report), the partners on the same duty, and where the tasking was read.
 *
 * Filters combine (AND). The agency text is matched diacritic-insensitively and canonically:
 * `matchForm` containment on Agency.matchName, or folded containment on Agency.searchText (which
 * holds every spelling met), so "cong an thi xa bim son" finds Công an thị xã Bỉm Sơn.
 * A jurisdiction (unit key or name) keeps taskings whose agency sits in that unit (or a unit inside
 * it) or whose document applies to it. Stable order: document key, duty line, agency key, role.
 */
import type { GraphContext } from './context.js';
import {
  agencyMatches,
  agencyNeedle,
  agencyRef,
  deadlineRef,
  docRef,
  dutyRef,
  int,
  resolveJurisdiction,
  type AgencyRef,
  type DeadlineRef,
  type DocumentRef,
  type DutyRef,
  type Source,
} from './refs.js';
import { pageRequest, toPage, type Page } from './pagination.js';

export interface ResponsibilitiesArgs {
  agency?: string | null;
  agencyType?: string | null;
  jurisdiction?: string | null;
  role?: string | null;
  basis?: string | null;
  document?: string | null;
  first?: number | null;
  after?: string | null;
}

export interface Responsibility {
  agency: AgencyRef;
  role: string;
  /** EXPLICIT when the text names the body in this role, INFERRED when the reading implies it. */
  basis: string;
  /** The group the body was tasked through ("UBND các xã, phường …"), when the tasking names a group. */
  via: AgencyRef | null;
  duty: DutyRef;
  document: DocumentRef;
  deadlines: DeadlineRef[];
  partners: Array<{ agency: AgencyRef; role: string }>;
  source: Source;
}

/**
 * Where the read starts: the most selective filter given, through an index (a document key, the
 * agency text through the TEXT indexes on matchName/searchText, the units through their key), so
 * that no filtered question reads every tasking. Every filter is then applied as written (FILTER),
 * so an entry only decides how the rows are found, never which rows answer.
 */
export type ResponsibilityEntry = 'document' | 'agency' | 'units' | 'agencyType' | 'all';

const ENTRY: Record<ResponsibilityEntry, string> = {
  document: `MATCH (d:Document {key: $document})-[:ASSIGNS]->(u:Duty)<-[t:TASKED_WITH]-(g:Agency)
    WITH g, t, u, d, null AS via`,
  // A body's own taskings and those of the groups it belongs to ("UBND các xã, phường" → each UBND xã),
  // the latter with the group as \`via\`.
  agency: `CALL () {
      MATCH (g:Agency) WHERE g.matchName CONTAINS $agencyMatch RETURN g
      UNION
      MATCH (g:Agency) WHERE g.searchText CONTAINS $agencyFolded RETURN g
    }
    CALL (g) {
      MATCH (g)-[t:TASKED_WITH]->(u:Duty)<-[:ASSIGNS]-(d:Document) RETURN t, u, d, null AS via
      UNION
      MATCH (g)-[:MEMBER_OF]->(via:Agency)-[t:TASKED_WITH]->(u:Duty)<-[:ASSIGNS]-(d:Document) RETURN t, u, d, via
    }`,
  // One unit (a commune): its bodies' taskings, their groups' (via), and those of the plans that apply
  // to it. Several units (a district or province with what lies inside): no group expansion — every
  // member commune would repeat each group duty.
  units: `CALL () {
      UNWIND $units AS uk
      MATCH (:AdministrativeUnit {key: uk})<-[:IN_UNIT]-(g:Agency)-[t:TASKED_WITH]->(u:Duty)<-[:ASSIGNS]-(d:Document)
      RETURN g, t, u, d, null AS via
      UNION
      UNWIND CASE WHEN size($units) = 1 THEN $units ELSE [] END AS uk
      MATCH (:AdministrativeUnit {key: uk})<-[:IN_UNIT]-(g:Agency)-[:MEMBER_OF]->(via:Agency)-[t:TASKED_WITH]->(u:Duty)<-[:ASSIGNS]-(d:Document)
      RETURN g, t, u, d, via
      UNION
      UNWIND $units AS uk
      MATCH (:AdministrativeUnit {key: uk})<-[:APPLIES_TO]-(d:Document)-[:ASSIGNS]->(u:Duty)<-[t:TASKED_WITH]-(g:Agency)
      RETURN g, t, u, d, null AS via
    }`,
  agencyType: `MATCH (g:Agency {type: $agencyType})-[t:TASKED_WITH]->(u:Duty)<-[:ASSIGNS]-(d:Document)
    WITH g, t, u, d, null AS via`,
  // No filter but the role: every tasking is a candidate (a listing of the whole graph, paged).
  all: `MATCH (g:Agency)-[t:TASKED_WITH]->(u:Duty)<-[:ASSIGNS]-(d:Document)
    WITH g, t, u, d, null AS via`,
};

export function responsibilityEntry(p: { document: string | null; agencyMatch: string | null; units: string[] | null; agencyType: string | null }): ResponsibilityEntry {
  if (p.document != null) return 'document';
  if (p.agencyMatch != null) return 'agency';
  if (p.units != null) return 'units';
  if (p.agencyType != null) return 'agencyType';
  return 'all';
}

const FILTER = (entry: ResponsibilityEntry) => `
  ${ENTRY[entry]}
  WITH g, t, u, d, via
  WHERE ($agencyType IS NULL OR g.type = $agencyType)
    AND ($role IS NULL OR t.role = $role)
    AND ($basis IS NULL OR coalesce(t.basis, 'EXPLICIT') = $basis)
    AND ($document IS NULL OR d.key = $document)
    AND ($agencyMatch IS NULL OR ${agencyMatches('g')})
    AND ($units IS NULL
         OR EXISTS { MATCH (g)-[:IN_UNIT]->(gu:AdministrativeUnit) WHERE gu.key IN $units }
         OR EXISTS { MATCH (d)-[:APPLIES_TO]->(du:AdministrativeUnit) WHERE du.key IN $units })`;

export async function responsibilities(_: unknown, args: ResponsibilitiesArgs, ctx: GraphContext): Promise<Page<Responsibility>> {
  const req = pageRequest(args.first, args.after, 50);
  const needle = agencyNeedle(args.agency);
  return ctx.db.read(async (tx) => {
    const units = args.jurisdiction != null ? await resolveJurisdiction(tx, args.jurisdiction) : null;
    const params = {
      agencyType: args.agencyType ?? null,
      role: args.role ?? null,
      basis: args.basis ?? null,
      document: args.document ?? null,
      agencyMatch: needle?.match ?? null,
      agencyFolded: needle?.folded ?? null,
      units,
      skip: int(req.offset),
      limit: int(req.limit),
    };
    const entry = responsibilityEntry(params);
    const counted = await tx.run(`${FILTER(entry)} RETURN count(*) AS total LIMIT 1`, params);
    const total = (counted.records[0]?.get('total') as number | undefined) ?? 0;
    if (req.offset >= total) return toPage([], total, req);
    const res = await tx.run(
      `${FILTER(entry)}
       WITH g, t, u, d, via ORDER BY d.key, u.line, g.key, t.role, via.key SKIP $skip LIMIT $limit
       RETURN ${agencyRef('g')} AS agency, t.role AS role, coalesce(t.basis, 'EXPLICIT') AS basis,
         CASE WHEN via IS NULL THEN null ELSE ${agencyRef('via')} END AS via, ${dutyRef('u')} AS duty, ${docRef('d')} AS document,
         COLLECT { MATCH (u)-[:DUE]->(dl:Deadline) RETURN ${deadlineRef('dl')} ORDER BY dl.line, dl.key LIMIT 20 } AS deadlines,
         COLLECT { MATCH (pg:Agency)-[pt:TASKED_WITH]->(u) WHERE pg <> g AND pg <> coalesce(via, g)
                   RETURN { agency: ${agencyRef('pg')}, role: pt.role } ORDER BY pg.key, pt.role LIMIT 50 } AS partners,
         { documentKey: coalesce(t.sourceKey, d.key), line: coalesce(t.line, u.line), lineEnd: coalesce(t.lineEnd, t.line, u.lineEnd),
           sourceFile: head(COLLECT { MATCH (src_:Document {key: coalesce(t.sourceKey, d.key)}) RETURN src_.sourceFile LIMIT 1 }) } AS source`,
      params,
    );
    const items = res.records.map((r) => ({
      agency: r.get('agency') as AgencyRef,
      role: r.get('role') as string,
      basis: r.get('basis') as string,
      via: r.get('via') as AgencyRef | null,
      duty: r.get('duty') as DutyRef,
      document: r.get('document') as DocumentRef,
      deadlines: r.get('deadlines') as DeadlineRef[],
      partners: r.get('partners') as Array<{ agency: AgencyRef; role: string }>,
      source: r.get('source') as Source,
    }));
    return toPage(items, total, req);
  });
}
