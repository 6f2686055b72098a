import type { ManagedTransaction } from 'neo4j-driver';

/**
 * Groups of commune-level bodies ("UBND các xã, phường thị xã Bỉm Sơn") and the bodies the graph knows
 * that belong to them: every body of the group's type in a commune-level unit of the listed kinds
 * inside the group's unit (src/domain/keys.ts groupMemberKinds). Kept both ways, whichever is loaded
 * first: a group named now gets the members already known, a body named now joins the groups already
 * known. Derived from the gazetteer, not from one document: the edge carries its rule, not a sourceKey.
 */
export async function linkGroupMembers(tx: ManagedTransaction, agencyKeys: string[]): Promise<void> {
  await tx.run(
    `UNWIND $keys AS k
     MATCH (g:Agency {key: k}) WHERE g.group AND g.memberKinds IS NOT NULL
     MATCH (g)-[:IN_UNIT]->(:AdministrativeUnit)<-[:PART_OF*1..2]-(mu:AdministrativeUnit)
     WHERE mu.level = 'COMMUNE' AND mu.kind IN g.memberKinds
     MATCH (mu)<-[:IN_UNIT]-(m:Agency)
     WHERE m.type = g.type AND m.level = 'COMMUNE' AND NOT coalesce(m.group, false)
     MERGE (m)-[r:MEMBER_OF]->(g) ON CREATE SET r.rule = 'group.commune-tier'`,
    { keys: agencyKeys },
  );
  await tx.run(
    `UNWIND $keys AS k
     MATCH (m:Agency {key: k}) WHERE m.level = 'COMMUNE' AND NOT coalesce(m.group, false)
     MATCH (m)-[:IN_UNIT]->(mu:AdministrativeUnit)-[:PART_OF*1..2]->(:AdministrativeUnit)<-[:IN_UNIT]-(g:Agency)
     WHERE g.group AND g.type = m.type AND mu.kind IN coalesce(g.memberKinds, [])
     MERGE (m)-[r:MEMBER_OF]->(g) ON CREATE SET r.rule = 'group.commune-tier'`,
    { keys: agencyKeys },
  );
}
