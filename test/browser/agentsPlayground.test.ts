import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startAgentsPlayground, loopbackOnly, type AgentsPlayground } from '../support/agentsPlayground';
import { BOT_REPLY_TIMEOUT_MS, saveScreenshot, startBrowser } from '../support/browser';
import { startLocalApp, type LocalApp } from '../support/localApp';

/** The bot as Teams developers try it first: the Agents Playground's Teams-like client in Chromium, msteams channel. */
describe('the bot in the Microsoft 365 Agents Playground', () => {
  let app: LocalApp;
  let playground: AgentsPlayground;
  let browser: Browser;
  let page: Page;
  /** The `locale` of each message and installationUpdate the Playground sent (its conversationUpdate has none). */
  const locales: Array<string | undefined> = [];

  beforeAll(async () => {
    app = await startLocalApp();
    // Adapter middleware, the SDK's public hook: observes and changes nothing.
    app.adapter.use(async (context, next) => {
      if (context.activity.type !== 'conversationUpdate') locales.push(context.activity.locale);
      await next();
    });
    playground = await startAgentsPlayground(`${app.baseUrl}/api/messages`);
    browser = await startBrowser();
    page = await browser.newPage();
    await loopbackOnly(page);
    await page.goto(playground.url);
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await saveScreenshot(page, 'agents-playground-failure');
  });
  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await app?.close();
  });

  const botSays = (text: string | RegExp) => page.getByText(text).last().waitFor({ timeout: BOT_REPLY_TIMEOUT_MS });
  const click = (name: string) => page.getByRole('button', { name, exact: true }).last().click({ timeout: BOT_REPLY_TIMEOUT_MS });
  /** The compose box is a Lexical editor (a contenteditable "textbox"), typed into key by key as a person would. */
  async function type(text: string): Promise<void> {
    await page.locator('[data-lexical-editor="true"]').click();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }

  it('welcomes on install with the three starting buttons, once', async () => {
    await botSays('Azure IP co-sell top-tier benefits');
    for (const name of ['Check eligibility', 'Explain the criteria', 'Help']) await expect(page.getByRole('button', { name, exact: true }).count()).resolves.toBe(1);
    await expect(page.getByText('Azure IP co-sell top-tier benefits').count()).resolves.toBe(1);
  });

  it('runs a whole check with card buttons and typed answers to the result card', { timeout: 120_000 }, async () => {
    await click('Check eligibility');
    await botSays(/co-sell eligible/);
    await click('Yes');
    await botSays(/27 Nov 2025 to 26 Nov 2026/);
    await type('3.6 million');
    await botSays(/net-new/);
    await type('10');
    await botSays(/at least USD 100/);
    await type('28 transactions from 7 customers');
    await botSays(/commitment/);
    await type('none');
    // From 2026 (rules version 3) a whole check that meets nothing yet asks about designations last.
    await botSays(/Industry AI/);
    await type('no');
    await botSays(/USD 400,000 short of USD 4,000,000/);
  });

  it('every message and install the Playground sent carried its Teams locale (en-US) as activity.locale', () => {
    expect(locales.length).toBeGreaterThan(0);
    expect(new Set(locales)).toEqual(new Set(['en-US']));
  });
});
