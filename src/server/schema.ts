/**
 * Schema assembly: SDL from schema/*.graphql → @neo4j/graphql's augmented schema, plus the
 * resolvers of the custom questions (src/graph). `getSchema()` needs no database, which is how
 * `npm run print-schema` produces schema/generated/augmented.graphql for codegen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { projectRoot } from '../paths.js';
import { resolvers } from '../graph/resolvers.js';

export const SDL_FILES = ['graph.graphql', 'queries.graphql'];

export function readTypeDefs(): string[] {
  return SDL_FILES.map((f) => readFileSync(join(projectRoot, 'schema', f), 'utf8'));
}

export async function buildSchema(opts: { driver?: Driver; jwtSecret: string }): Promise<GraphQLSchema> {
  const lib = new Neo4jGraphQL({
    typeDefs: readTypeDefs(),
    driver: opts.driver,
    resolvers,
    features: {
      authorization: { key: opts.jwtSecret },
      // per-field `complexity` in extensions, read by graphql-query-complexity (src/server/limits.ts)
      complexityEstimators: true,
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  return lib.getSchema();
}

export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
