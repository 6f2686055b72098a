/**
 * JWT (HS256) verification shared by the library's @authentication/@authorization and by the
 * custom mutation. Reads are public unless PUBLIC_READS=false.
 */
import { jwtVerify } from 'jose';
import { apiError, ErrorCode } from './errors.js';

export interface Caller {
  token: string | undefined; // raw bearer token, passed to @neo4j/graphql
  claims: { sub?: string; roles?: string[] } | null;
}

export function bearer(header: string | undefined): string | undefined {
  const m = header?.match(/^Bearer\s+(.+)$/i);
  return m?.[1]?.trim();
}

export async function verifyToken(token: string | undefined, secret: string): Promise<Caller['claims']> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), { algorithms: ['HS256'] });
    return payload as Caller['claims'];
  } catch {
    return null;
  }
}

export function requireRole(caller: Caller, role: string): { sub?: string; roles?: string[] } {
  if (!caller.claims) throw apiError(ErrorCode.UNAUTHENTICATED, 'A valid bearer token (JWT) is required for this operation.');
  if (!caller.claims.roles?.includes(role)) {
    throw apiError(ErrorCode.FORBIDDEN, `This operation needs the "${role}" role.`);
  }
  return caller.claims;
}
