/**
 * Schema assembly: SDL from schema/*.graphql → @neo4j/graphql's augmented schema, plus the
 * resolvers of the custom questions (src/graph). `getSchema()` needs no database, which is how
 * `npm run print-schema` produces schema/generated/augmented.graphql for codegen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { Date as Neo4jDate, isDate, type Driver } from 'neo4j-driver';
import { GraphQLError, Kind, type GraphQLScalarType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
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
      // Fulfilment.recordedBy is always the validated token's subject (src/server/auth.ts).
      populatedBy: {
        callbacks: { tokenSubject: (_parent, _args, ctx) => ((ctx as { jwt?: { sub?: string } }).jwt?.sub ?? null) },
      },
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
  const schema = await lib.getSchema();
  hardenDateScalar(schema);
  return schema;
}

export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}

/**
 * The library's Date scalar goes through `new Date(text)`: "2026-02-31" rolls over to March 3 and
 * "abc" fails with a TypeError reported as an internal error. Accept only real calendar dates
 * written YYYY-MM-DD, and refuse anything else as the caller's error.
 */
export function strictDate(text: unknown): { year: number; month: number; day: number } {
  const m = typeof text === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
  const bad = () =>
    new GraphQLError(`Date must be a real calendar date written YYYY-MM-DD (got ${JSON.stringify(text)}).`, {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  if (!m) throw bad();
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) throw bad();
  return { year, month, day };
}

function hardenDateScalar(schema: GraphQLSchema): void {
  const date = schema.getType('Date');
  // Structural check: under vitest the library's schema and this module may load different builds of graphql.
  if (!date || Object.prototype.toString.call(date) !== '[object GraphQLScalarType]') return;
  const toNeo4j = (v: unknown) => {
    if (isDate(v)) return v;
    const { year, month, day } = strictDate(v);
    return new Neo4jDate(year, month, day);
  };
  const scalar = date as GraphQLScalarType;
  scalar.parseValue = toNeo4j;
  scalar.parseLiteral = (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string written YYYY-MM-DD.', { extensions: { code: 'BAD_USER_INPUT' } });
    return toNeo4j(ast.value);
  };
}
