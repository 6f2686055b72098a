/**
 * Bearer tokens (JWT, HS256): verified with jose, then their claims validated with zod, so that
 * what the rest of the server sees is exactly { sub, roles, exp }:
 * - `sub` names the caller (it becomes `recordedBy` and the audit trail's `who`);
 * - `roles` is a list of known roles — a string such as "not-an-editor" is refused, never searched
 *   for a substring;
 * - `exp` is required, and a token may live at most TOKEN_MAX_LIFETIME_S (from `iat` when given,
 *   else from now): a token without expiry would be a password that can never be changed.
 * A request that carries a token which fails any of these is refused (401) with the reason; reads
 * without a token stay public unless PUBLIC_READS=false. The library's @authentication and
 * @authorization get the validated claims (context.jwt), not the raw token.
 */
import { jwtVerify } from 'jose';
import { z } from 'zod';
import { apiError, ErrorCode } from './errors.js';

export const ROLES = ['reader', 'editor'] as const;
export type Role = (typeof ROLES)[number];

export const ClaimsSchema = z.object({
  sub: z.string().min(1).max(200),
  roles: z.array(z.enum(ROLES)).max(ROLES.length).default([]),
  exp: z.number().int(),
  iat: z.number().int().optional(),
});
export type Claims = z.infer<typeof ClaimsSchema>;

export interface Caller {
  token: string | undefined; // raw bearer token
  claims: Claims | null;
}

export function bearer(header: string | undefined): string | undefined {
  const m = header?.match(/^Bearer\s+(.+)$/i);
  return m?.[1]?.trim();
}

export class TokenError extends Error {
  override name = 'TokenError';
}

/** null without a token; the validated claims; TokenError (with the reason) for a bad token. */
export async function verifyToken(
  token: string | undefined,
  secret: string,
  maxLifetimeS = 24 * 3600,
  now = Math.floor(Date.now() / 1000),
): Promise<Claims | null> {
  if (!token) return null;
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(token, new TextEncoder().encode(secret), { algorithms: ['HS256'], requiredClaims: ['exp', 'sub'] }));
  } catch (e) {
    throw new TokenError(`The bearer token is not valid: ${(e as Error).message}`);
  }
  const parsed = ClaimsSchema.safeParse(payload);
  if (!parsed.success) {
    throw new TokenError(
      `The bearer token's claims are not valid: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(claims)'} ${i.message}`).join('; ')} (roles must be a list of ${ROLES.join(', ')}).`,
    );
  }
  const c = parsed.data;
  const from = Math.min(c.iat ?? now, now);
  if (c.exp - from > maxLifetimeS) {
    throw new TokenError(`The bearer token lives longer than the allowed ${maxLifetimeS} s (exp − iat = ${c.exp - from} s): issue a shorter-lived token.`);
  }
  return c;
}

export function requireRole(caller: Caller, role: Role): Claims {
  if (!caller.claims) throw apiError(ErrorCode.UNAUTHENTICATED, 'A valid bearer token (JWT) is required for this operation.');
  if (!caller.claims.roles.includes(role)) {
    throw apiError(ErrorCode.FORBIDDEN, `This operation needs the "${role}" role.`);
  }
  return caller.claims;
}
