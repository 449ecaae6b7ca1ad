import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickButton, openChat, saveScreenshot, sendMessage, startBrowser, transcript, typeShortOfBilledSalesCheck, waitForBotText, watchPageProblems } from '../support/browser';
import { startLocalApp, type LocalApp } from '../support/localApp';

/** The whole product as a partner meets it: the real server, its built-in Direct Line, Web Chat in Chromium. */
describe('a partner checks eligibility in the browser', { timeout: 90_000 }, () => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  let problems: string[];

  beforeAll(async () => {
    app = await startLocalApp({ now: () => new Date('2026-11-26T09:00:00Z') });
    baseUrl = app.baseUrl;
    browser = await startBrowser();
    page = await (await browser.newContext({ viewport: { width: 900, height: 1400 } })).newPage();
    problems = watchPageProblems(page);
  });
  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  it('from the welcome to the result card with the gap, then a card button', async () => {
    await openChat(page, `${baseUrl}/`);
    await waitForBotText(page, 'Azure IP co-sell top-tier benefits');
    await typeShortOfBilledSalesCheck(page);
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: 'USD 400,000 short of USD 4,000,000' }).last();
    await card.waitFor({ timeout: 20_000 });
    await expect(card.innerText()).resolves.toContain('27 Nov 2025');
    await expect(card.innerText()).resolves.toContain('PRACR page says existing Azure IP co-sell top-tier access ended on 31 Dec 2025');

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const serious = axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.help} ${violation.nodes.map((n) => n.html + " " + n.failureSummary).join(" | ")}`)).toEqual([]);

    await clickButton(page, 'Summary for email');
    const summary = await waitForBotText(page, 'Azure IP co-sell top tier, as of 26 Nov 2026');
    // Finding #13: one item per paragraph as Web Chat renders it (markdown), and the link never runs into a word.
    const paragraphs = await summary.locator('p').allInnerTexts();
    expect(paragraphs.length).toBeGreaterThanOrEqual(6);
    expect(paragraphs.some((text) => text.startsWith('Result: does not yet qualify for top tier.'))).toBe(true);
    expect(paragraphs.some((text) => text.startsWith('Closest route: USD 4 million in marketplace billed sales (USD 400,000 short).'))).toBe(true);
    const text = await summary.innerText();
    // Web Chat wraps links in zero-width spaces; the link ends the summary, with no word glued to it.
    expect(text).toMatch(/details: \u200b?https:\/\/aka\.ms\/azureipcosellresources\u200b?$/);
    expect(text).toMatch(/\n\nResult: /);
    await saveScreenshot(page, 'eligibility-result');
    expect(problems).toEqual([]);
  });

  it('a partner attaches a CSV export and gets the result from its rows', async () => {
    await page.locator('input.webchat__upload-button--file-input').setInputFiles(path.join(__dirname, '../fixtures/transactions-small.csv'));
    await page.locator('.webchat__send-button').click();
    await waitForBotText(page, 'I read 40 transaction rows from transactions-small.csv');
    await waitForBotText(page, 'co-sell eligible');
    await sendMessage(page, 'yes');
    await waitForBotText(page, 'consumption commitment');
    await sendMessage(page, 'none');
    await page.locator('.ac-adaptiveCard').filter({ hasText: 'You qualify' }).last().waitFor({ timeout: 20_000 });
    await saveScreenshot(page, 'eligibility-upload-result');
  });

  it('text the user types is never turned into a link or an image', async () => {
    await sendMessage(page, 'Partner has [x](http://evil) <img src=x onerror=alert(1)> $1M MBS');
    await waitForBotText(page, 'USD 1,000,000');
    await expect(transcript(page).locator('a[href^="http://evil"]').count()).resolves.toBe(0);
    await expect(transcript(page).locator('img[src="x"]').count()).resolves.toBe(0);
  });
});
