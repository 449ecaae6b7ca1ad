import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { Server } from 'restify';
import { guarded } from '../guardedRoute';

/**
 * The full bundle, not `webchat-minimal.js` (no Adaptive Cards, which the eligibility result card needs) nor
 * `webchat-es5.js` (polyfills for Internet Explorer 11, which Web Chat no longer supports anyway).
 */
const BUNDLE_FILE = 'webchat.js';
export const WEB_CHAT_BUNDLE_PATH = `/webchat/${BUNDLE_FILE}`;
/** The bundle's first line points here; MIT attribution travels with the code. */
export const WEB_CHAT_LICENSE_PATH = `/webchat/${BUNDLE_FILE}.LICENSE.txt`;

const gzipAsync = promisify(gzip);
const webChatDist = path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist');

/** The installed Web Chat version; the page asks for `webchat.js?v=<version>` so an upgrade is a new URL. */
export const WEB_CHAT_VERSION: string = (require(path.join(webChatDist, '..', 'package.json')) as { version: string }).version;

interface StaticFile {
  plain: Buffer;
  gzipped: Buffer;
}

/**
 * Serves Web Chat's own browser bundle from `node_modules`, so the page needs no CDN or other origin. The 3.9 MB
 * file is read and gzipped once, on first request, then kept in memory. It is cached for a year: the version in
 * the page's URL changes with every upgrade, so a stale copy is never used.
 *
 * @example
 * registerWebChatBundleRoute(server); // GET /webchat/webchat.js?v=4.18.1
 */
export function registerWebChatBundleRoute(server: Server): void {
  serveStatic(server, WEB_CHAT_BUNDLE_PATH, path.join(webChatDist, BUNDLE_FILE), 'application/javascript; charset=utf-8');
  serveStatic(server, WEB_CHAT_LICENSE_PATH, path.join(webChatDist, `${BUNDLE_FILE}.LICENSE.txt`), 'text/plain; charset=utf-8');
}

function serveStatic(server: Server, route: string, file: string, contentType: string): void {
  let loaded: Promise<StaticFile> | undefined;
  const load = async (): Promise<StaticFile> => {
    const plain = await readFile(file);
    return { plain, gzipped: await gzipAsync(plain, { level: 9 }) };
  };
  server.get(route, guarded(async (req, res) => {
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    const { plain, gzipped } = await loaded;
    const acceptsGzip = /\bgzip\b/.test(req.header('accept-encoding') ?? '');
    res.sendRaw(200, acceptsGzip ? gzipped : plain, {
      'Content-Type': contentType,
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
      ...(acceptsGzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
  }));
}
