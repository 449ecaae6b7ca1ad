/** The only signature algorithm the Bot Framework's channel tokens use. */
const CHANNEL_TOKEN_ALGORITHM = 'RS256';
const BEARER_JWT = /^Bearer\s+([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/i;

function jsonSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why an `Authorization` header cannot hold a channel token, or null when it may: checked before botbuilder sees
 * it, so a malformed token or one signed with another algorithm (`none`, `HS256`) is refused at once, without
 * fetching Microsoft's signing keys. Only a well-formed RS256 JWT with a key id may wait for the keys.
 *
 * @example
 * bearerTokenProblem('Bearer abc') // 'not a JSON Web Token'
 */
export function bearerTokenProblem(authorization: string): string | null {
  const parts = BEARER_JWT.exec(authorization.trim());
  if (!parts) return 'not a JSON Web Token';
  const header = jsonSegment(parts[1]!);
  if (!header || !jsonSegment(parts[2]!)) return 'the token header or claims are not JSON';
  if (header.alg !== CHANNEL_TOKEN_ALGORITHM) return `the token is signed with ${JSON.stringify(String(header.alg)).slice(0, 20)}, not ${CHANNEL_TOKEN_ALGORITHM}`;
  if (typeof header.kid !== 'string' || header.kid === '') return 'the token names no signing key';
  return null;
}
