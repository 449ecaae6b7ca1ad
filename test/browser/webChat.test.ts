import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { renderEmbedSnippet } from '../../src/http/webChat/embedSnippet';
import {
  clickButton,
  openChat,
  saveScreenshot,
  sendMessage,
  startBrowser,
  transcript,
  waitForBotText,
  waitForMessageSent,
  watchPageProblems,
} from '../support/browser';
import { ECHO_SUGGESTED_ACTION, ECHO_WELCOME, startChatServer, type ChatServer } from '../support/echoBot';
import { unusedPort } from '../directLine/directLineClient';

/** A partner's own site on another origin, hosting nothing but the copied snippet. */
async function startPartnerSite(botServer: string): Promise<{ url: string; close(): Promise<void> }> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Contoso partner portal</title>
<style>#cosell-webchat { height: 560px; }</style></head>
<body><main><h1>Contoso partner portal</h1>${renderEmbedSnippet(botServer).html}</main></body></html>`;
  const server: HttpServer = createHttpServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// One Chromium for the whole file; every test gets its own fresh context (no cookies, storage or cache).
let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the Web Chat embed page in Chromium', { timeout: 60_000 }, () => {
  let chat: ChatServer;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    // The partner-site test embeds the chat from another origin, which ALLOWED_ORIGINS must name.
    chat = await startChatServer({ allowedOrigins: ['*'] });
  });
  afterAll(async () => {
    await chat?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    problems = watchPageProblems(page);
  });
  afterEach(async () => {
    await context.close();
  });

  it('greets on open, echoes a typed message once it is marked sent, and answers a clicked suggested action', async () => {
    await openChat(page, chat.baseUrl);
    await waitForBotText(page, ECHO_WELCOME);

    await sendMessage(page, 'Is Contoso eligible?');
    await waitForMessageSent(page, 'Is Contoso eligible?');
    await waitForBotText(page, 'Echo: Is Contoso eligible?');
    await clickButton(page, ECHO_SUGGESTED_ACTION);
    await waitForBotText(page, `Echo: ${ECHO_SUGGESTED_ACTION}`);
    await waitForMessageSent(page, ECHO_SUGGESTED_ACTION);
    await saveScreenshot(page, 'web-chat-echo');

    expect(await page.locator('h1').innerText()).toBe('Co-sell eligibility assistant');
    expect(problems).toEqual([]);
    expect(chat.errors).toEqual([]);
  });

  it('shows markdown and HTML echoed by the bot as the characters typed: no link, no image', async () => {
    const markdownLink = '[x](http://evil)';
    const htmlImage = '<img src=x onerror=alert(1)>';
    await openChat(page, chat.baseUrl);
    await waitForBotText(page, ECHO_WELCOME);

    await sendMessage(page, markdownLink);
    const linkEcho = await waitForBotText(page, `Echo: ${markdownLink}`);
    await sendMessage(page, htmlImage);
    const imageEcho = await waitForBotText(page, `Echo: ${htmlImage}`);

    expect((await linkEcho.innerText()).trim()).toBe(`Echo: ${markdownLink}`);
    expect((await imageEcho.innerText()).trim()).toBe(`Echo: ${htmlImage}`);
    expect(await transcript(page).locator('a[href*="evil"]').count()).toBe(0);
    expect(await transcript(page).locator('a').count()).toBe(0);
    expect(await transcript(page).locator('img').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('has no serious or critical accessibility violations (axe-core, WCAG 2.1 AA)', async () => {
    await openChat(page, chat.baseUrl);
    await waitForBotText(page, ECHO_WELCOME);
    await sendMessage(page, 'hello');
    await waitForBotText(page, 'Echo: hello');

    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const blocking = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);

    expect(blocking).toEqual([]);
    // The rules that matter most here ran and passed, so an empty violation list is not an empty scan.
    expect(results.passes.map((rule) => rule.id)).toEqual(
      expect.arrayContaining(['color-contrast', 'html-has-lang', 'document-title', 'landmark-one-main']),
    );
  });

  it('refreshes its Direct Line token before the token expires, and keeps working on the new one', async () => {
    const refreshes: string[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/v3/directline/tokens/refresh')) refreshes.push(`${response.status()}`);
    });
    await page.clock.install();
    await openChat(page, chat.baseUrl);
    await waitForBotText(page, ECHO_WELCOME);

    // DirectLineJS refreshes every 15 minutes; the token lasts 60. Jump past the first refresh.
    await page.clock.fastForward('15:01');
    await expect.poll(() => refreshes, { timeout: 10_000 }).toEqual(['200']);
    await sendMessage(page, 'still here');

    await waitForBotText(page, 'Echo: still here');
    expect(problems).toEqual([]);
  });

  it('works on a partner site on another origin through the copied snippet', async () => {
    const partner = await startPartnerSite(chat.baseUrl);
    try {
      await openChat(page, partner.url);
      await waitForBotText(page, ECHO_WELCOME);
      await sendMessage(page, 'from a partner site');
      await waitForMessageSent(page, 'from a partner site');
      await waitForBotText(page, 'Echo: from a partner site');
      await saveScreenshot(page, 'web-chat-partner-embed');
      expect(new URL(page.url()).origin).not.toBe(new URL(chat.baseUrl).origin);
      expect(problems).toEqual([]);
    } finally {
      await partner.close();
    }
  });
});

describe('the Web Chat embed page when Direct Line is down', { timeout: 60_000 }, () => {
  let chat: ChatServer;
  beforeAll(async () => {
    const directLineDown = `http://127.0.0.1:${await unusedPort()}`;
    chat = await startChatServer({ directLineService: { secret: 'unused-secret', baseUrl: directLineDown } });
  });
  afterAll(async () => {
    await chat?.close();
  });

  it('tells the visitor plainly, in a status message, that the assistant is unavailable', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(chat.baseUrl);
      await expect
        .poll(() => page.getByRole('status').textContent(), { timeout: 20_000 })
        .toBe('The assistant is unavailable right now. Please reload the page or try again later.');
    } finally {
      await context.close();
    }
  });
});
