/**
 * Public error codes (extensions.code) — stable, documented in the README. Clients switch on these.
 */
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Map driver/database failures to public codes; leave GraphQL errors that already have a code alone. */
export function classifyError(err: unknown): { code: ErrorCode; message: string } | null {
  let e: unknown = err;
  for (let i = 0; i < 5 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: string }).code;
    const msg = String((e as { message?: string }).message ?? '');
    if (code && UNAVAILABLE.has(code)) return { code: ErrorCode.DATABASE_UNAVAILABLE, message: 'The graph database is not reachable right now; retry shortly.' };
    if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' || /transaction.*(timed out|timeout)/i.test(msg)) {
      return { code: ErrorCode.QUERY_TIMEOUT, message: 'The query took longer than the allowed time and was stopped; narrow it (filters, smaller pages, lower maxDepth).' };
    }
    if (code === 'Neo.ClientError.Transaction.InvalidBookmark' || code === 'Neo.ClientError.Transaction.InvalidBookmarkMixture') {
      return { code: ErrorCode.BAD_USER_INPUT, message: 'The neo4j-bookmarks header holds a bookmark this database did not issue; send back what a response of this API gave.' };
    }
    if (code === 'Neo.TransientError.Transaction.BookmarkTimeout') {
      return { code: ErrorCode.DATABASE_UNAVAILABLE, message: 'The database has not caught up yet with the writes the neo4j-bookmarks header names; retry shortly.' };
    }
    if (/Failed to connect|ECONNREFUSED|Connection acquisition timed out|Could not perform discovery/i.test(msg)) {
      return { code: ErrorCode.DATABASE_UNAVAILABLE, message: 'The graph database is not reachable right now; retry shortly.' };
    }
    e = (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
  }
  return null;
}
