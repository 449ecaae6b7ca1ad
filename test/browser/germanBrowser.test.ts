import type { Activity } from 'botbuilder';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentLocale } from '../../src/i18n';
import { clickButton, openChat, sendMessage, startBrowser, transcript, waitForBotText, watchPageProblems } from '../support/browser';
import { catalogueText, waitForCatalogueMessage } from '../support/catalogueText';
import { startLocalApp, type LocalApp } from '../support/localApp';

/** A partner whose browser is set to German, on the real page, built-in Direct Line and Chromium. */
describe('a partner with a German browser', { timeout: 90_000 }, () => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  /** What reached the bot: each activity's type, text and locale; and the turn language each reply was made in. */
  const received: Array<Pick<Activity, 'type' | 'text' | 'locale'>> = [];
  const repliedIn: Array<{ locale: string; text?: string }> = [];

  beforeAll(async () => {
    app = await startLocalApp({ now: () => new Date('2026-11-26T09:00:00Z') });
    // Adapter middleware, the SDK's public hook: observes and changes nothing.
    app.adapter.use(async (context, next) => {
      received.push({ type: context.activity.type, text: context.activity.text, locale: context.activity.locale });
      context.onSendActivities(async (_context, activities, send) => {
        for (const activity of activities) repliedIn.push({ locale: currentLocale(), text: activity.text });
        return send();
      });
      await next();
    });
    browser = await startBrowser();
    page = await (await browser.newContext({ locale: 'de-DE', viewport: { width: 900, height: 1200 } })).newPage();
    problems = watchPageProblems(page);
  });
  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  it('Web Chat speaks German, every activity carries de-DE, and the bot answers from the German catalogue', async () => {
    await openChat(page, `${app.baseUrl}/`);
    // Web Chat's own words come from its de-DE strings (botframework-webchat-api's TEXT_INPUT_PLACEHOLDER).
    await expect(page.locator('.webchat__send-box-text-box__input').getAttribute('placeholder')).resolves.toBe('Nachricht eingeben');

    await sendMessage(page, 'auf Deutsch bitte');
    const switched = await waitForCatalogueMessage(page, 'de', 'chat.language.switched', { language: 'Deutsch' });
    await expect(switched.innerText()).resolves.toContain(catalogueText('de', 'chat.language.switched', { language: 'Deutsch' }));

    // The join (from the page's ?locale=) and the typed message both carry the browser's language.
    expect(received.find((activity) => activity.type === 'conversationUpdate')?.locale).toBe('de-DE');
    const message = received.find((activity) => activity.type === 'message' && activity.text === 'auf Deutsch bitte');
    expect(message?.locale).toBe('de-DE');
    // Every reply of the conversation, the welcome included, was made in a German turn.
    expect(repliedIn.length).toBeGreaterThanOrEqual(2);
    expect(new Set(repliedIn.map((reply) => reply.locale))).toEqual(new Set(['de']));
    expect(problems).toEqual([]);
  });

  it('a whole check in German: the welcome, the buttons, local amounts and dates, and a German result card', async () => {
    await page.reload();
    await openChat(page, `${app.baseUrl}/`);
    await waitForCatalogueMessage(page, 'de', 'chat.welcome');
    await clickButton(page, 'Berechtigung prüfen');
    await waitForBotText(page, /Ist Ihre Organisation Azure IP co-sell-berechtigt/);
    await clickButton(page, 'Ja');
    // The trailing twelve months, written the German way, on 26 Nov 2026.
    await waitForBotText(page, /27\. Nov\. 2025 bis 26\. Nov\. 2026/);
    await sendMessage(page, '3,6 Mio. USD');
    await waitForBotText(page, /Net-new-Kunden/);
    await sendMessage(page, 'acht');
    await waitForBotText(page, /Marketplace-Transaktionen/);
    await sendMessage(page, '25 Transaktionen von 6 Kunden');
    await waitForBotText(page, /Cloud-Verbrauchszusage/);
    await sendMessage(page, 'keine');
    // Under the 2026 rules a designation could still decide it, so it is asked last.
    await waitForBotText(page, /Designation Solutions Partner with certified software/);
    await sendMessage(page, 'nein');
    const result = await waitForBotText(page, /Noch nicht: Sie qualifizieren sich nicht/);
    await expect(result.innerText()).resolves.toContain('400.000\u00a0USD');
    const everything = await transcript(page).innerText();
    for (const english of ['Not yet', 'Check eligibility', 'Show all criteria', 'did not follow', 'USD 400,000']) expect(everything).not.toContain(english);
    expect(new Set(repliedIn.map((reply) => reply.locale))).toEqual(new Set(['de']));
    expect(problems).toEqual([]);
  });

  it('the page around the chat is German too: <html lang>, title, heading, subtitle and the chat region’s label', async () => {
    await openChat(page, `${app.baseUrl}/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    await expect(page.title()).resolves.toBe(catalogueText('de', 'chat.webPage.title'));
    await expect(page.locator('body > header h1').innerText()).resolves.toBe(catalogueText('de', 'chat.webPage.title'));
    await expect(page.locator('body > header p').innerText()).resolves.toBe(catalogueText('de', 'chat.webPage.subtitle'));
    await expect(page.locator('[role="region"]').first().getAttribute('aria-label')).resolves.toBe(catalogueText('de', 'chat.webPage.chatLabel'));
    await expect(page.locator('body > header').innerText()).resolves.not.toMatch(/Check whether|eligibility assistant/);
  });

  it('a Japanese or French browser gets the page in its language, and the chat still starts (the start script is allowed by its hash)', async () => {
    for (const [locale, lang] of [['ja-JP', 'ja'], ['fr-FR', 'fr']] as const) {
      const other = await (await browser.newContext({ locale })).newPage();
      const otherProblems = watchPageProblems(other);
      await openChat(other, `${app.baseUrl}/`);
      await expect(other.locator('html').getAttribute('lang')).resolves.toBe(lang);
      await expect(other.locator('body > header h1').innerText()).resolves.toBe(catalogueText(lang, 'chat.webPage.title'));
      await expect(other.locator('body > header p').innerText()).resolves.toBe(catalogueText(lang, 'chat.webPage.subtitle'));
      await waitForCatalogueMessage(other, lang, 'chat.welcome');
      expect(otherProblems).toEqual([]);
      await other.context().close();
    }
  });
});
