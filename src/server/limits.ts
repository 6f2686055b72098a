/**
 * Query limits: depth, aliases, tokens, directives (graphql-armor) and cost (graphql-query-complexity
 * with @neo4j/graphql's per-field estimators: list fields cost limit × child cost). Past a limit the
 * caller gets a GraphQL error with a code — before any Cypher runs.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity, fieldExtensionsEstimator, simpleEstimator } from 'graphql-query-complexity';
import type { GraphQLSchema } from 'graphql';
import { apiError, ErrorCode } from './errors.js';

export function armor(maxDepth: number) {
  return new ApolloArmor({
    maxDepth: { n: maxDepth, ignoreIntrospection: true, flattenFragments: true, exposeLimits: true },
    maxAliases: { n: 15, exposeLimits: true },
    maxDirectives: { n: 30, exposeLimits: true },
    maxTokens: { n: 4000, exposeLimits: true },
    costLimit: { enabled: false }, // cost is computed below with the schema's own estimators
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

export function complexityPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          if (request.operationName === 'IntrospectionQuery') return;
          const cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: request.operationName ?? undefined,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > maxCost) {
            throw apiError(
              ErrorCode.QUERY_TOO_COMPLEX,
              `Query cost ${cost} exceeds the limit of ${maxCost}: ask for fewer fields or smaller pages (limit/first).`,
              { cost, maxCost },
            );
          }
        },
      };
    },
  };
}
