import type { Server } from 'restify';
import { CHAT_ELEMENT_ID, escapeAttribute, FLUENT_FONT_STACK, renderEmbedSnippet } from './embedSnippet';
import { guarded } from '../guardedRoute';
import { defaultLocale, matchLocale, supportedLocales, t, type SupportedLocale } from '../../i18n';

export interface WebChatPageOptions {
  /** Origins the page may call besides its own: the Direct Line service over HTTPS and its WebSocket stream. */
  directLineOrigins: readonly string[];
}

/**
 * The embed page's HTML in one of the bot's languages. Its body is the snippet partners copy, framed by a banner
 * and a main landmark so screen readers can jump straight to the conversation.
 *
 * @example
 * renderWebChatPage('de').html.includes('<html lang="de">'); // true
 */
export function renderWebChatPage(locale: SupportedLocale = defaultLocale): { html: string; scriptHash: string } {
  const snippet = renderEmbedSnippet('', locale);
  const say = (key: Parameters<typeof t>[0]) => escapeAttribute(t(key, undefined, locale));
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${say('chat.webPage.description')}">
<title>${say('chat.webPage.title')}</title>
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
  <h1>${say('chat.webPage.title')}</h1>
  <p>${say('chat.webPage.subtitle')}</p>
</header>
<main>
${snippet.html}
<noscript><p>${say('chat.webPage.noScript')}</p></noscript>
</main>
</body>
</html>
`;
  return { html, scriptHash: snippet.scriptHash };
}

/**
 * The first language of an `Accept-Language` header the bot speaks, by the browser's order of preference
 * ("de-CH,de;q=0.9,en;q=0.8" is German; "it-IT,it;q=0.9,fr;q=0.5" is French); English when none is.
 *
 * @example
 * pageLocale('ja,en-US;q=0.9'); // 'ja'
 */
export function pageLocale(acceptLanguage: string | undefined): SupportedLocale {
  const ranked = (acceptLanguage ?? '')
    .slice(0, 500)
    .split(',')
    .map((entry, index) => {
      const [tag = '', ...parameters] = entry.split(';').map((part) => part.trim());
      const q = Number(parameters.find((parameter) => parameter.startsWith('q='))?.slice(2) ?? '1');
      return { tag, q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = matchLocale(tag);
    if (locale) return locale;
  }
  return defaultLocale;
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
  // One page per language, made once; the start script, and so its hash, is the same in all of them.
  const pages = new Map(supportedLocales.map((locale) => [locale, renderWebChatPage(locale)]));
  const page = pages.get(defaultLocale)!;
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
  server.get('/', guarded(async (req, res) => {
    const header = req.headers['accept-language'];
    res.sendRaw(200, pages.get(pageLocale(typeof header === 'string' ? header : undefined))!.html, {
      Vary: 'Accept-Language',
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': contentSecurityPolicy,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
  }));
}
