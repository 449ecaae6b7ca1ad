import { createHash } from 'node:crypto';
import { TOKEN_ROUTE } from '../directLine/tokenRoute';
import { WEB_CHAT_BUNDLE_PATH, WEB_CHAT_VERSION } from './webChatBundleRoute';
import { t, type SupportedLocale } from '../../i18n';

/** Fluent UI's font stack: Segoe UI where installed, the platform's own sans-serif elsewhere. */
export const FLUENT_FONT_STACK =
  "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif";

/**
 * Microsoft's Fluent neutrals and its communication blue. Every text colour here is at least 4.5:1 against the
 * background it sits on (WCAG 2.1 AA): #323130 on #FFFFFF is 12.6:1, #FFFFFF on #0078D4 and #0078D4 on #FFFFFF
 * are 4.53:1, #605E5C on #FFFFFF is 6.5:1. Bot bubbles are white, outlined, because the result card's status
 * colours (Adaptive Cards' attention red #D13438) reach 4.5:1 only on white (4.4:1 on Fluent's #F3F2F1).
 */
const STYLE_OPTIONS = {
  accent: '#0078D4',
  backgroundColor: '#FFFFFF',
  primaryFont: FLUENT_FONT_STACK,
  subtle: '#605E5C',
  bubbleBackground: '#FFFFFF',
  bubbleBorderColor: '#8A8886',
  bubbleBorderRadius: 4,
  bubbleBorderWidth: 1,
  bubbleTextColor: '#323130',
  bubbleFromUserBackground: '#0078D4',
  bubbleFromUserBorderColor: '#0078D4',
  bubbleFromUserBorderRadius: 4,
  bubbleFromUserTextColor: '#FFFFFF',
  suggestedActionBorderColor: '#0078D4',
  suggestedActionTextColor: '#0078D4',
  suggestedActionBorderRadius: 4,
  sendBoxTextColor: '#323130',
  // Partners attach a transactions CSV instead of typing the totals. Web Chat 4.18 puts uploadAccept on its file
  // input, so the picker offers CSV files first; the bot still checks what it receives.
  hideUploadButton: false,
  uploadAccept: '.csv,text/csv',
};

/** Ids the snippet's markup and script share; a partner page must not reuse them. */
export const CHAT_ELEMENT_ID = 'cosell-webchat';
const STATUS_ELEMENT_ID = 'cosell-webchat-status';

/**
 * Web Chat 4.18 colours an attached file's name with `accent` and its size with `bubbleTextColor` wherever the file
 * sits, which in the user's own #0078D4 bubble is blue on blue. White there is 4.53:1, as for the user's text.
 */
const USER_FILE_STYLE = [
  `#${CHAT_ELEMENT_ID} .webchat__stacked-layout--from-user .webchat__fileContent,`,
  `#${CHAT_ELEMENT_ID} .webchat__stacked-layout--from-user .webchat__fileContent__buttonLink,`,
  `#${CHAT_ELEMENT_ID} .webchat__stacked-layout--from-user .webchat__fileContent__fileName { color: #FFFFFF; }`,
  `#${CHAT_ELEMENT_ID} .webchat__stacked-layout--from-user .webchat__fileContent__downloadIcon { fill: #FFFFFF; }`,
].join('\n');

/**
 * The script that starts the chat. `botServer` is the bot's origin: empty on the bot's own page, the bot's https
 * origin on a partner's site. It asks the bot server for a Direct Line session (the secret stays there), then
 * renders Web Chat. Web Chat's DirectLineJS refreshes the token every 15 minutes by itself, well inside its
 * lifetime of an hour, so nothing here needs a timer.
 */
function startChatScript(botServer: string): string {
  const botServerLiteral = JSON.stringify(botServer).replace(/</g, '\\u003c');
  return `
(async function startCosellEligibilityChat() {
  'use strict';
  var botServer = ${botServerLiteral};
  var status = document.getElementById('${STATUS_ELEMENT_ID}');
  try {
    // The browser's language: Web Chat's own words are in it, every activity carries it, and the bot answers in it.
    var locale = navigator.language || 'en-US';
    var tokenUrl = new URL('${TOKEN_ROUTE}', botServer || window.location.href);
    tokenUrl.searchParams.set('locale', locale);
    var response = await fetch(tokenUrl, { method: 'POST' });
    if (!response.ok) throw new Error('The chat session could not start: HTTP ' + response.status);
    var session = await response.json();
    window.WebChat.renderWebChat(
      {
        directLine: window.WebChat.createDirectLine({
          token: session.token,
          domain: new URL(session.directLine.domain, tokenUrl).href,
          webSocket: session.directLine.webSocket
        }),
        userID: session.userId,
        locale: locale,
        styleOptions: ${JSON.stringify(STYLE_OPTIONS)}
      },
      document.getElementById('${CHAT_ELEMENT_ID}')
    );
    status.textContent = '';
  } catch (error) {
    // The sentence comes with the markup, in the page's language; the script stays the same (and its hash too).
    status.textContent = status.getAttribute('data-unavailable');
    console.error(error);
  }
})();
`;
}

/**
 * The markup a page needs to host the assistant: the chat area, a status line read out to screen readers, Web
 * Chat's bundle from the bot server, and the start script. The bot's own page uses it with an empty `botServer`;
 * a partner copies it with the bot's origin filled in. `locale` is the language of its status line and label.
 *
 * @example
 * renderEmbedSnippet('https://cosell-bot.example.com').html; // '<div id="cosell-webchat" …></script>'
 */
export function renderEmbedSnippet(botServer: string, locale: SupportedLocale = 'en'): { html: string; scriptHash: string } {
  const script = startChatScript(botServer);
  const bundleUrl = `${botServer}${WEB_CHAT_BUNDLE_PATH}?v=${WEB_CHAT_VERSION}`;
  const unavailable = escapeAttribute(t('chat.webPage.unavailable', undefined, locale));
  const html = [
    `<div id="${CHAT_ELEMENT_ID}" role="region" aria-label="${escapeAttribute(t('chat.webPage.chatLabel', undefined, locale))}"></div>`,
    `<p id="${STATUS_ELEMENT_ID}" role="status" data-unavailable="${unavailable}">${escapeText(t('chat.webPage.loading', undefined, locale))}</p>`,
    `<style>\n${USER_FILE_STYLE}\n</style>`,
    `<script src="${escapeAttribute(bundleUrl)}"></script>`,
    `<script>${script}</script>`,
  ].join('\n');
  // The page's Content-Security-Policy allows this one inline script by its hash, and no other.
  return { html, scriptHash: `sha256-${createHash('sha256').update(script).digest('base64')}` };
}

/** Text safe inside an HTML attribute or element: `&`, `"` and `<` escaped. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
