import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Local Direct Line tokens are shaped like the service's JWTs so Web Chat reads the user id out of the `user`
 * claim exactly as it does in production (and so does not warn about the reserved `dl_` prefix). They are not
 * verified as JWTs: the third segment is 32 random bytes, and the endpoint only accepts a token it issued, byte
 * for byte. The `conv` claim is merely a lookup key for routes whose URL names no conversation.
 */
const HEADER = base64UrlJson({ alg: 'none', typ: 'JWT' });

export interface LocalTokenClaims {
  user: string;
  conv: string;
  /** Expiry, seconds since the epoch, as in a JWT. */
  exp: number;
}

/**
 * Issues a new local token for one user in one conversation.
 *
 * @example
 * mintLocalToken({ user: 'dl_1', conv: 'c1', exp: 1767225600 }); // 'eyJhbGciOi….eyJ1c2VyIjoi….<random>'
 */
export function mintLocalToken(claims: LocalTokenClaims): string {
  return `${HEADER}.${base64UrlJson(claims)}.${randomBytes(32).toString('base64url')}`;
}

/**
 * The conversation a token claims to belong to, unverified; callers then compare the whole token.
 *
 * @example
 * readClaimedConversationId(mintLocalToken({ user: 'dl_1', conv: 'c1', exp: 1 })); // 'c1'
 */
export function readClaimedConversationId(token: string): string | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const conv = (claims as { conv?: unknown } | null)?.conv;
    return typeof conv === 'string' ? conv : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Compares two tokens in constant time, so response timing does not leak how much of a guess was right.
 *
 * @example
 * sameToken('abc', 'abc'); // true
 */
export function sameToken(presented: string, issued: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(issued);
  return a.length === b.length && timingSafeEqual(a, b);
}

function base64UrlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
