import type { Server } from 'restify';
import { CHAT_ELEMENT_ID, FLUENT_FONT_STACK, renderEmbedSnippet } from './embedSnippet';
import { guarded } from '../guardedRoute';

export interface WebChatPageOptions {
  /** Origins the page may call besides its own: the Direct Line service over HTTPS and its WebSocket stream. */
  directLineOrigins: readonly string[];
}

const TITLE = 'Co-sell eligibility assistant';

/**
 * The embed page's HTML. Its body is the snippet partners copy, framed by a banner and a main landmark so screen
 * readers can jump straight to the conversation.
 *
 * @example
 * renderWebChatPage().html.startsWith('<!doctype html>'); // true
 */
export function renderWebChatPage(): { html: string; scriptHash: string } {
  const snippet = renderEmbedSnippet('');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Check whether your Azure IP co-sell solution qualifies for top-tier benefits.">
<title>${TITLE}</title>
<link rel="icon" href="data:,">
<style>
  html, body { height: 100%; margin: 0; }
  body { display: flex; flex-direction: column; background: #FAF9F8; color: #323130;
    font-family: ${FLUENT_FONT_STACK}; }
  header { background: #FFFFFF; border-bottom: 1px solid #EDEBE9; padding: 12px 20px; }
  header h1 { font-size: 20px; font-weight: 600; margin: 0; }
  header p { font-size: 14px; margin: 4px 0 0; color: #605E5C; }
  main { flex: 1; display: flex; flex-direction: column; min-height: 0; width: 100%; max-width: 960px; margin: 0 auto;
    background: #FFFFFF; border-left: 1px solid #EDEBE9; border-right: 1px solid #EDEBE9; box-sizing: border-box; }
  #${CHAT_ELEMENT_ID} { flex: 1; min-height: 0; }
  [role="status"] { margin: 0; padding: 0 20px; font-size: 14px; }
  [role="status"]:empty { display: none; }
</style>
</head>
<body>
<header>
  <h1>${TITLE}</h1>
  <p>Check whether your Azure IP co-sell solution qualifies for top-tier benefits, and what gap remains.</p>
</header>
<main>
${snippet.html}
<noscript><p>The assistant needs JavaScript.</p></noscript>
</main>
</body>
</html>
`;
  return { html, scriptHash: snippet.scriptHash };
}

/**
 * `GET /`: the embed page. Its Content-Security-Policy allows scripts from this server only (plus the start
 * script, by hash) and network calls to this server and Direct Line only. Web Chat styles itself with inline
 * `<style>` elements, hence `'unsafe-inline'` for styles; cards may show images from any https address.
 *
 * @example
 * registerWebChatPage(server, {
 *   directLineOrigins: ['https://directline.botframework.com', 'wss://directline.botframework.com'],
 * });
 */
export function registerWebChatPage(server: Server, options: WebChatPageOptions): void {
  const page = renderWebChatPage();
  const contentSecurityPolicy = [
    "default-src 'none'",
    `script-src 'self' '${page.scriptHash}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    // blob: because DirectLineJS reads a file the user attached from the blob: URL Web Chat made for it.
    ['connect-src', "'self'", 'blob:', ...options.directLineOrigins].join(' '),
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  server.get('/', guarded(async (_req, res) => {
    res.sendRaw(200, page.html, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': contentSecurityPolicy,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
  }));
}
