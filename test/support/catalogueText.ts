import type { Locator, Page } from 'playwright-core';
import { t, type MessageKey, type MessageValues, type SupportedLocale } from '../../src/i18n';
import { waitForBotText } from './browser';

/**
 * A catalogue message as a person reads it in Web Chat: formatted for `locale` from the real catalogue, with the
 * Markdown emphasis (`**bold**`) that Web Chat renders away removed.
 *
 * @example
 * catalogueText('de', 'chat.language.switched', { language: 'Deutsch' }); // 'Gern, ich antworte ab jetzt auf Deutsch.'
 */
export function catalogueText(locale: SupportedLocale, key: MessageKey, values?: MessageValues): string {
  return t(key, values, locale).replace(/\*\*/g, '');
}

/**
 * Waits for a bot message in the browser that shows the first line of a catalogue message in `locale`: the way to
 * assert "the reply uses the German catalogue" without copying its words into the test. Reusable for any key, e.g.
 * the welcome once it is in the catalogues: `await waitForCatalogueMessage(page, 'de', 'chat.welcome')`.
 *
 * @example
 * await waitForCatalogueMessage(page, 'de', 'chat.language.switched', { language: 'Deutsch' });
 */
export async function waitForCatalogueMessage(page: Page, locale: SupportedLocale, key: MessageKey, values?: MessageValues): Promise<Locator> {
  const firstLine = catalogueText(locale, key, values).split('\n')[0]!.trim();
  return waitForBotText(page, firstLine);
}
