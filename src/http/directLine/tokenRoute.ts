import type { Server } from 'restify';
import { corsOriginFor, registerOriginPreflight } from './cors';
import type { DirectLineSessionSource } from './directLineSession';
import { guarded } from '../guardedRoute';

export const TOKEN_ROUTE = '/api/directline/token';
/** A BCP 47 tag as browsers report it ("de-DE", "zh-Hans-CN", "pt-BR"); anything else is ignored. */
const LOCALE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/;

/** The page's `?locale=` (the browser's language), when it is shaped like a language tag. */
function requestedLocale(url: string | undefined): string | undefined {
  const locale = new URL(url ?? '/', 'http://page.invalid').searchParams.get('locale') ?? '';
  return LOCALE_TAG.test(locale) ? locale : undefined;
}
const UNAVAILABLE_MESSAGE = 'The chat is unavailable right now. Please try again later.';

export interface TokenRouteOptions {
  /** Told why a session could not be started; the visitor only ever sees the generic message. */
  onError?: (error: unknown) => void;
  /**
   * Other sites' origins whose pages may ask for a session (`*`: any); the page's own origin always may. A token
   * costs a Direct Line call and a slot among the live conversations, so a foreign page cannot mint them.
   */
  allowedOrigins?: readonly string[];
}

/**
 * `POST /api/directline/token`: a Direct Line session for one new visitor, `{ token, conversationId, expires_in,
 * userId, directLine: { domain, webSocket } }`. `?locale=de-DE` (the browser's language) is passed on. Any failure upstream becomes a 502 that says nothing about why,
 * so neither the secret nor Direct Line's error text can reach a browser.
 *
 * @example
 * registerTokenRoute(server, createDirectLineTokenExchange({ secret, baseUrl }));
 */
export function registerTokenRoute(server: Server, startSession: DirectLineSessionSource, options: TokenRouteOptions = {}): void {
  const onError = options.onError ?? ((error: unknown) => console.warn('Direct Line token exchange failed', error));
  const allowedOrigins = options.allowedOrigins ?? [];
  registerOriginPreflight(server, TOKEN_ROUTE, ['POST'], allowedOrigins);
  server.post(TOKEN_ROUTE, guarded(async (req, res) => {
    const allowed = corsOriginFor(req, allowedOrigins);
    if (allowed === null) {
      res.json(403, { error: { code: 'OriginNotAllowed', message: 'This site may not start a chat with the assistant (see ALLOWED_ORIGINS).' } });
      return;
    }
    if (allowed) {
      res.header('Access-Control-Allow-Origin', allowed);
      res.header('Access-Control-Expose-Headers', 'Content-Type');
      res.header('Vary', 'Origin');
    }
    // A token is a credential for one visitor: no shared cache may keep it.
    res.header('Cache-Control', 'no-store');
    try {
      // The browser's language goes with the session, so the built-in endpoint's join already carries it.
      const locale = requestedLocale(req.url);
      res.json(200, await startSession(locale ? { locale } : {}));
    } catch (error) {
      onError(error);
      res.json(502, { error: { code: 'DirectLineUnavailable', message: UNAVAILABLE_MESSAGE } });
    }
  }));
}
