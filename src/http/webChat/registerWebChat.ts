import type { Server } from 'restify';
import { createDirectLineTokenExchange } from '../directLine/directLineTokenExchange';
import { registerLocalDirectLine, type LocalDirectLineOptions } from '../directLine/local/registerLocalDirectLine';
import { registerTokenRoute } from '../directLine/tokenRoute';
import { registerWebChatBundleRoute } from './webChatBundleRoute';
import { registerWebChatPage } from './webChatPage';

/** Where the page's Direct Line comes from: Azure's service (a secret is configured) or the built-in endpoint. */
export type WebChatMode =
  | { kind: 'directLineService'; secret: string; baseUrl: string; onError?: (error: unknown) => void }
  | ({ kind: 'localDirectLine' } & LocalDirectLineOptions);

/**
 * Picks the mode from the settings: a Direct Line secret means production, and then the local endpoint is never
 * registered; no secret means the page runs against the built-in endpoint, offline.
 *
 * @example
 * webChatModeFromConfig(config, () => `http://127.0.0.1:${config.PORT}`, newBotReplySecret()); // { kind: 'localDirectLine', ... }
 */
export function webChatModeFromConfig(
  config: { DIRECT_LINE_SECRET: string; DIRECT_LINE_BASE_URL: string },
  publicBaseUrl: () => string,
  botReplySecret: string,
): WebChatMode {
  return config.DIRECT_LINE_SECRET
    ? { kind: 'directLineService', secret: config.DIRECT_LINE_SECRET, baseUrl: config.DIRECT_LINE_BASE_URL }
    : { kind: 'localDirectLine', publicBaseUrl, botReplySecret };
}

/**
 * Everything the browser chat needs: `GET /` (the embed page), `GET /webchat/webchat.js` (Web Chat's bundle),
 * `POST /api/directline/token`, and in local mode the Direct Line v3 endpoint itself. The bot's own
 * `/api/messages` route is registered elsewhere; the local endpoint calls it over HTTP like the real channel.
 *
 * @example
 * registerWebChat(server, { mode: webChatModeFromConfig(config, () => `http://127.0.0.1:${config.PORT}`, secret) });
 */
export function registerWebChat(server: Server, { mode, allowedOrigins }: { mode: WebChatMode; allowedOrigins?: readonly string[] }): void {
  registerWebChatBundleRoute(server);
  if (mode.kind === 'directLineService') {
    const origin = new URL(mode.baseUrl).origin;
    registerWebChatPage(server, { directLineOrigins: [origin, origin.replace(/^http/, 'ws')] });
    const startSession = createDirectLineTokenExchange({ secret: mode.secret, baseUrl: mode.baseUrl });
    registerTokenRoute(server, startSession, { onError: mode.onError, allowedOrigins });
    return;
  }
  registerWebChatPage(server, { directLineOrigins: [] });
  const { kind: _kind, ...localOptions } = mode;
  registerTokenRoute(server, registerLocalDirectLine(server, localOptions).startSession, { allowedOrigins });
}
