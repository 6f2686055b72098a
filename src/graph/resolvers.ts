/**
 * Resolvers of the custom questions (schema/queries.graphql). Each lives in its own module with
 * its Cypher; this file only wires them.
 */
import type { GraphContext } from './context.js';
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

type Resolver = (root: unknown, args: any, ctx: GraphContext) => unknown;

/**
 * A document may be asked for by an old key (a stub adopted under its own issuer's key keeps the
 * cited key as a DocumentAlias): map such arguments to the current key before the query runs.
 * Keys of other things (an administrative unit as `scope`) pass through unchanged.
 */
async function currentKey(ctx: GraphContext, key: unknown): Promise<unknown> {
  if (typeof key !== 'string' || key === '') return key;
  const r = await ctx.db.read((tx) =>
    tx.run(
      `OPTIONAL MATCH (d:Document {key: $key})
       OPTIONAL MATCH (:DocumentAlias {key: $key})-[:ALIAS_OF]->(a:Document)
       RETURN coalesce(d.key, a.key) AS k`,
      { key },
    ),
  );
  return (r.records[0]?.get('k') as string | null) ?? key;
}

function resolvingKeys(resolver: Resolver, argNames: string[]): Resolver {
  return async (root, args, ctx) => {
    const next = { ...args };
    for (const a of argNames) if (a in next) next[a] = await currentKey(ctx, next[a]);
    return resolver(root, next, ctx);
  };
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
