import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { ActivityHandler } from 'botbuilder';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openChat, saveScreenshot, startBrowser, transcript, waitForBotText, watchPageProblems } from '../support/browser';
import { startChatServer, type ChatServer } from '../support/echoBot';

const SMALL_CSV = path.resolve(__dirname, '..', 'fixtures', 'transactions-small.csv');
const WELCOME = 'Attach a file and I will tell you what arrived.';
/** Web Chat 4.18's hidden file input behind the paperclip button, and its send button. */
const FILE_INPUT = 'input.webchat__upload-button--file-input';
const SEND_BUTTON = '.webchat__send-button';
/** The file Web Chat shows in the user's own bubble once the channel has echoed the upload. */
const USER_FILE_LINK = '.webchat__stacked-layout--from-user a.webchat__fileContent__buttonLink';

/**
 * A bot that fetches every attachment from its `contentUrl` with the bot's reply secret, as the real bot does, and
 * says what it got.
 */
class AttachmentReceiptBot extends ActivityHandler {
  constructor(botReplySecret: () => string) {
    super();
    this.onMembersAdded(async (context, next) => {
      if ((context.activity.membersAdded ?? []).some((member) => member.id !== context.activity.recipient.id)) {
        await context.sendActivity(WELCOME);
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      for (const attachment of context.activity.attachments ?? []) {
        const response = await fetch(attachment.contentUrl ?? '', { headers: { Authorization: `Bearer ${botReplySecret()}` } });
        const bytes = (await response.arrayBuffer()).byteLength;
        await context.sendActivity(`Received ${attachment.name ?? 'a file'} (${attachment.contentType}): ${bytes} bytes`);
      }
      await next();
    });
  }
}

describe('attaching a CSV in Web Chat on the built-in Direct Line', { timeout: 60_000 }, () => {
  let browser: Browser;
  let chat: ChatServer;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    browser = await startBrowser();
    chat = await startChatServer({ bot: new AttachmentReceiptBot(() => chat.botReplySecret) });
  });
  afterAll(async () => {
    await browser?.close();
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

  it('sends the file through the upload button, and the bot reads every byte of it', async () => {
    const size = (await readFile(SMALL_CSV)).length;
    await openChat(page, chat.baseUrl);
    await waitForBotText(page, WELCOME);

    await page.locator(FILE_INPUT).setInputFiles(SMALL_CSV);
    await page.locator(SEND_BUTTON).click();

    await waitForBotText(page, `Received transactions-small.csv (text/csv): ${size} bytes`);
    const fileLink = page.locator(USER_FILE_LINK).last();
    await expect(fileLink.getAttribute('href')).resolves.toMatch(
      new RegExp(`^${chat.baseUrl}/v3/directline/conversations/[\\w-]+/attachments/[\\w-]+$`),
    );
    await expect(fileLink.innerText()).resolves.toContain('transactions-small.csv');
    await expect(transcript(page).innerText()).resolves.toContain('transactions-small.csv');
    await saveScreenshot(page, 'web-chat-upload');
    // A Content-Security-Policy that kept Web Chat from reading the picked file would show up here.
    expect(problems).toEqual([]);
    expect(chat.errors).toEqual([]);
  });

  it("shows the file in the user's own bubble in colours that pass WCAG 2.1 AA contrast", async () => {
    await openChat(page, chat.baseUrl);
    await waitForBotText(page, WELCOME);
    await page.locator(FILE_INPUT).setInputFiles(SMALL_CSV);
    await page.locator(SEND_BUTTON).click();
    await page.locator(USER_FILE_LINK).waitFor();

    const results = await new AxeBuilder({ page }).include('.webchat__basic-transcript').withRules(['color-contrast']).analyze();

    expect(results.violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(' ')))).toEqual([]);
    expect(results.passes.map((rule) => rule.id)).toContain('color-contrast');
  });

  it('offers CSV files in the picker, behind a labelled upload button', async () => {
    await openChat(page, chat.baseUrl);

    await expect(page.locator(FILE_INPUT).getAttribute('accept')).resolves.toBe('.csv,text/csv');
    await expect(page.getByRole('button', { name: 'Upload file' }).count()).resolves.toBe(1);
  });
});
