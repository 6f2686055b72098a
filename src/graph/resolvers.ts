/**
 * Resolvers of the custom questions (schema/queries.graphql). Each lives in its own module with
 * its Cypher; this file only wires them.
 */
import type { GraphContext } from './context.js';

export const resolvers = {
  Query: {} as Record<string, (root: unknown, args: any, ctx: GraphContext) => unknown>,
  Mutation: {} as Record<string, (root: unknown, args: any, ctx: GraphContext) => unknown>,
};
