/**
 * Resolvers of the custom questions (schema/queries.graphql). Each lives in its own module with
 * its Cypher; this file only wires them.
 */
import type { GraphContext } from './context.js';
import { deadlines } from './calendar.js';
import { documentsByNumber } from './documents.js';
import { recordFulfilment } from './fulfilment.js';
import { complianceGaps } from './gaps.js';
import { lineage } from './lineage.js';
import { responsibilities } from './responsibilities.js';
import { responsibilityMap } from './responsibility-map.js';
import { search } from './search.js';

type Resolver = (root: unknown, args: any, ctx: GraphContext) => unknown;

export const resolvers = {
  Query: {
    documentsByNumber,
    lineage,
    responsibilities,
    responsibilityMap,
    complianceGaps,
    deadlines,
    search,
  } as Record<string, Resolver>,
  Mutation: {
    recordFulfilment,
  } as Record<string, Resolver>,
};
