/**
 * Offset pagination behind opaque cursors. A cursor is base64url("v1:<offset>"): clients treat it as
 * a token, the server can change its content later without breaking them. Page sizes are bounded so
 * that no list answer is unbounded.
 */
import { apiError, ErrorCode } from '../server/errors.js';

export const MAX_PAGE_SIZE = 200;

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  pageInfo: PageInfo;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`v1:${offset}`, 'utf8').toString('base64url');
}

/** The offset a cursor stands for; a malformed cursor is the caller's mistake (BAD_USER_INPUT). */
export function decodeCursor(after: string | null | undefined): number {
  if (after == null || after === '') return 0;
  const m = /^v1:(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!m) throw apiError(ErrorCode.BAD_USER_INPUT, `"after" is not a cursor returned by this API: ${JSON.stringify(after.slice(0, 40))}.`);
  return Number(m[1]);
}

/** Validates `first` (1..max) and returns it; `fallback` when the argument was omitted. */
export function pageSize(first: number | null | undefined, fallback: number, max = MAX_PAGE_SIZE, arg = 'first'): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw apiError(ErrorCode.BAD_USER_INPUT, `"${arg}" must be between 1 and ${max} (got ${n}).`, { max });
  }
  return n;
}

export interface PageRequest {
  offset: number;
  limit: number;
}

export function pageRequest(first: number | null | undefined, after: string | null | undefined, fallback: number, max = MAX_PAGE_SIZE): PageRequest {
  return { limit: pageSize(first, fallback, max), offset: decodeCursor(after) };
}

/** Wrap a slice that was already cut at `req` (database-side SKIP/LIMIT) with its total. */
export function toPage<T>(items: T[], totalCount: number, req: PageRequest): Page<T> {
  const end = req.offset + items.length;
  return {
    items,
    totalCount,
    pageInfo: { hasNextPage: end < totalCount, endCursor: items.length ? encodeCursor(end) : null },
  };
}

/** Cut a page out of a list computed in memory (already bounded by the queries that built it). */
export function paginate<T>(all: T[], req: PageRequest): Page<T> {
  return toPage(all.slice(req.offset, req.offset + req.limit), all.length, req);
}

/** How an answer says that a bound of the server cut it short (never silently). */
export interface Partial {
  partial: boolean;
  partialReasons: string[];
}

export function partialOf(reasons: string[]): Partial {
  const partialReasons = [...new Set(reasons)];
  return { partial: partialReasons.length > 0, partialReasons };
}
