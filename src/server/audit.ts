/**
 * The audit trail: every mutation leaves an (:AuditEntry {key, at, who, roles, operation, input,
 * before, after}) node, readable by editors through the generated `auditEntries` query.
 * - recordFulfilment (hand-written) writes its entry in its own transaction: the record and its
 *   entry exist together or not at all.
 * - Generated mutations (createFulfilments; Fulfilment has no update or delete) run in the
 *   library's transaction, which we cannot join: their entry is written right after a successful
 *   execution, from the validated claims, the coerced input (recordedBy as the server set it) and
 *   the records read back by key. A failure to write it is logged as an error, never swallowed.
 */
import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphContext } from '../graph/context.js';
import type { Claims } from './auth.js';

export interface AuditRecord {
  who: string;
  roles: string[];
  operation: string;
  input: unknown;
  before: unknown;
  after: unknown;
}

export async function writeAudit(tx: ManagedTransaction, e: AuditRecord): Promise<string> {
  const key = randomUUID();
  await tx.run(
    `CREATE (a:AuditEntry {key: $key, at: datetime(), who: $who, roles: $roles, operation: $operation, input: $input, before: $before, after: $after})`,
    {
      key,
      who: e.who,
      roles: e.roles,
      operation: e.operation,
      input: JSON.stringify(e.input ?? null),
      before: e.before == null ? null : JSON.stringify(e.before),
      after: e.after == null ? null : JSON.stringify(e.after),
    },
  );
  return key;
}

/** Mutations that audit themselves inside their own transaction. */
const SELF_AUDITED = new Set(['recordFulfilment']);

export function auditPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation }) {
          if (operation?.operation !== 'mutation' || response.body.kind !== 'single') return;
          const data = response.body.singleResult.data as Record<string, unknown> | null | undefined;
          const claims = contextValue.caller.claims as Claims | null;
          for (const call of contextValue.mutations ?? []) {
            if (SELF_AUDITED.has(call.field) || !claims) continue;
            if (!data || !Object.values(data).some((v) => v != null)) continue; // refused: nothing changed
            try {
              await contextValue.db.write(async (tx) => {
                const input = call.field === 'createFulfilments' ? withRecorder(call.args, claims.sub) : call.args;
                const after = call.field === 'createFulfilments' ? await createdFulfilments(tx, data) : data;
                await writeAudit(tx, { who: claims.sub, roles: claims.roles, operation: call.field, input, before: null, after });
              });
            } catch (e) {
              console.error(`[audit] could not write the audit entry of ${call.field} by ${claims.sub}:`, e);
            }
          }
        },
      };
    },
  };
}

function withRecorder(args: Record<string, unknown>, sub: string): unknown {
  const input = Array.isArray(args.input) ? args.input : [];
  return { input: input.map((f) => ({ ...(f as object), recordedBy: sub })) };
}

/** The created fulfilments as stored, when the response selected their keys; else the response itself. */
async function createdFulfilments(tx: ManagedTransaction, data: Record<string, unknown>): Promise<unknown> {
  const created = (data.createFulfilments as { fulfilments?: Array<{ key?: string }> } | undefined)?.fulfilments ?? [];
  const keys = created.map((f) => f.key).filter((k): k is string => typeof k === 'string');
  if (!keys.length) return data.createFulfilments;
  const r = await tx.run(
    `MATCH (f:Fulfilment) WHERE f.key IN $keys
     RETURN f { .key, .kind, occurrence: toString(f.occurrence), .note, .recordedBy, recordedAt: toString(f.recordedAt),
       deadline: COLLECT { MATCH (f)-[:FULFILS]->(d) RETURN d.key }, forPlan: COLLECT { MATCH (f)-[:ANSWERS]->(d) RETURN d.key },
       derivedPlan: COLLECT { MATCH (f)-[:REGISTERS]->(d) RETURN d.key }, byAgency: COLLECT { MATCH (f)-[:BY]->(g) RETURN g.key },
       duty: COLLECT { MATCH (f)-[:FULFILS_DUTY]->(u) RETURN u.key } } AS f ORDER BY f.key`,
    { keys },
  );
  return r.records.map((x) => x.get('f'));
}
