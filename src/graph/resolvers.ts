/**
 * Resolvers of the custom questions (schema/queries.graphql). Each lives in its own module with
 * its Cypher; this file only wires them.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphContext } from './context.js';
import type { Database } from '../db/driver.js';
import { dayInferred, deadlines } from './calendar.js';
import type { DeadlineRef } from './refs.js';
import { documentsByNumber } from './documents.js';
import { recordFulfilment } from './fulfilment.js';
import { complianceGaps } from './gaps.js';
import { lineage } from './lineage.js';
import { responsibilities } from './responsibilities.js';
import { responsibilityMap } from './responsibility-map.js';
import { search } from './search.js';
import { sourceText } from './source-text.js';
import { apiError, ErrorCode } from '../server/errors.js';

type Resolver = (root: unknown, args: any, ctx: GraphContext, info?: GraphQLResolveInfo) => unknown;

/**
 * A document or an administrative unit may be asked for by an old key (a stub adopted under its own
 * issuer's key keeps the cited key as a DocumentAlias; keys made before src/domain/keys.ts are
 * DocumentAlias/UnitAlias nodes): map such arguments to the current key before the query runs.
 * An old key that names several nodes (the same commune name in two provinces) is an error that
 * lists the candidates — never a silent pick.
 */
async function currentKey(tx: ManagedTransaction, key: unknown): Promise<unknown> {
  if (typeof key !== 'string' || key === '') return key;
  const r = await tx.run(
      `OPTIONAL MATCH (d:Document {key: $key})
       OPTIONAL MATCH (u:AdministrativeUnit {key: $key})
       WITH coalesce(d.key, u.key) AS own
       OPTIONAL MATCH (:DocumentAlias {key: $key})-[:ALIAS_OF]->(a:Document)
       WITH own, collect(DISTINCT a.key) AS docs
       OPTIONAL MATCH (:UnitAlias {key: $key})-[:ALIAS_OF]->(b:AdministrativeUnit)
       RETURN own, docs, collect(DISTINCT b.key) AS units`,
    { key },
  );
  const rec = r.records[0];
  if (!rec) return key;
  const own = rec.get('own') as string | null;
  if (own) return own;
  const docs = rec.get('docs') as string[];
  const candidates = docs.length ? docs : (rec.get('units') as string[]);
  if (candidates.length > 1) {
    throw apiError(
      ErrorCode.BAD_USER_INPUT,
      `The old key "${key}" names ${candidates.length} different things; use one of their keys: ${candidates.sort().join(', ')}.`,
      { key, candidates },
    );
  }
  return candidates[0] ?? key;
}

/**
 * The key lookup and the question share one read transaction: a transaction of its own cost a
 * session, a BEGIN and a COMMIT more per request (round trips that a busy server makes slow).
 */
function resolvingKeys(resolver: Resolver, argNames: string[]): Resolver {
  return async (root, args, ctx, info) =>
    ctx.db.read(async (tx) => {
      const next = { ...args };
      for (const a of argNames) if (a in next) next[a] = await currentKey(tx, next[a]);
      return resolver(root, next, { ...ctx, db: inTransaction(ctx.db, tx) }, info);
    });
}

/** A Database whose reads run in the transaction already open (writes keep their own). */
function inTransaction(db: Database, tx: ManagedTransaction): Database {
  return { ...db, driver: db.driver, read: (work) => work(tx) };
}

export const resolvers = {
  Query: {
    documentsByNumber,
    lineage: resolvingKeys(lineage as Resolver, ['document']),
    responsibilities: resolvingKeys(responsibilities as Resolver, ['document']),
    responsibilityMap: resolvingKeys(responsibilityMap as Resolver, ['document']),
    complianceGaps: resolvingKeys(complianceGaps as Resolver, ['scope']),
    deadlines,
    search,
    sourceText: resolvingKeys(sourceText as Resolver, ['document']),
  } as Record<string, Resolver>,
  Mutation: {
    recordFulfilment,
  } as Record<string, Resolver>,
  // One rule for "the text gives no day" (calendar.ts), wherever a deadline is answered.
  DeadlineRef: {
    dayInferred: (d: DeadlineRef) => dayInferred(d),
  },
};
