/**
 * Why a channel request failed authentication: the caller's fault (no token, a bad or expired one, the wrong
 * audience, issuer or service URL: 401), or ours (the signing keys could not be fetched: 503, so the channel
 * retries instead of giving up on a partner's message).
 */
export type AuthenticationFailureKind = 'unauthorized' | 'unavailable';

/** Thrown instead of botbuilder's own error, so the route can answer 401 or 503 with a body that says nothing more. */
export class ChannelAuthenticationError extends Error {
  constructor(
    readonly kind: AuthenticationFailureKind,
    readonly reason: string,
  ) {
    super(`channel authentication failed (${kind}): ${reason}`);
    this.name = 'ChannelAuthenticationError';
  }
}

/**
 * Sorts an error thrown while botbuilder authenticated a request. botbuilder throws its `AuthenticationError`
 * (with a numeric `statusCode`) for most refusals, but lets `jsonwebtoken`'s errors through for a bad signature
 * or a malformed token, which its own `process` answers with 500 and the error text. Everything is the caller's
 * fault except a failure to reach the OpenID metadata or keys (status 5xx from botbuilder, or a network error).
 *
 * @example
 * classifyAuthenticationFailure(new JsonWebTokenError('invalid signature')) // 'unauthorized'
 */
export function classifyAuthenticationFailure(error: unknown): AuthenticationFailureKind {
  const candidate = error as { statusCode?: unknown; name?: unknown; type?: unknown } | null | undefined;
  if (typeof candidate?.statusCode === 'number' && candidate.statusCode >= 500) return 'unavailable';
  if (candidate?.name === 'FetchError' || candidate?.type === 'system') return 'unavailable';
  return 'unauthorized';
}
