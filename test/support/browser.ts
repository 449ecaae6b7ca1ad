import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

/**
 * Debian's Chromium, never a downloaded one (CI's .ci/run installs it with apt). The flags keep it from calling
 * home: no background networking, component updates, sync or QUIC, so a test only ever talks to 127.0.0.1.
 */
const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** How long a test waits for the bot; generous for a 2-core CI machine, far below the 60 s test timeout. */
export const BOT_REPLY_TIMEOUT_MS = 20_000;

const ARTIFACTS_DIR = path.resolve(__dirname, '..', 'artifacts');

/** Web Chat 4.18's markup: class names are its public styling hooks, stable across patch releases. */
const SEND_BOX = '.webchat__send-box-text-box__input';
const ACTIVITY = '.webchat__stacked-layout';
const FROM_USER = '.webchat__stacked-layout--from-user';
const MESSAGE_TEXT = '.webchat__bubble__content';
/** Suggested actions, and the buttons of hero and Adaptive Cards (Web Chat renders both with Adaptive Cards). */
const BUTTON = '.webchat__suggested-actions__button, .ac-pushButton';

/**
 * Launches headless Chromium with a fresh profile (each context of a launched browser starts empty).
 * Launch one per test file and close it in `afterAll`.
 *
 * @example
 * const browser = await startBrowser();
 * const page = await browser.newPage();
 */
export async function startBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Opens the embed page and waits until Web Chat is ready to type into.
 *
 * @example
 * await openChat(page, chat.baseUrl);
 */
export async function openChat(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator(SEND_BOX).waitFor({ timeout: BOT_REPLY_TIMEOUT_MS });
}

/**
 * Types a message into the send box and presses Enter, as a person would.
 *
 * @example
 * await sendMessage(page, 'check eligibility');
 */
export async function sendMessage(page: Page, text: string): Promise<void> {
  const sendBox = page.locator(SEND_BOX);
  await sendBox.fill(text);
  await sendBox.press('Enter');
}

/** Every message bubble the bot sent, oldest first. */
export function botMessages(page: Page): Locator {
  return page.locator(`${ACTIVITY}:not(${FROM_USER}) ${MESSAGE_TEXT}`);
}

/** Every message bubble the user sent, oldest first. */
export function userMessages(page: Page): Locator {
  return page.locator(`${FROM_USER} ${MESSAGE_TEXT}`);
}

/** The transcript (Web Chat's chat history feed): assert on what it contains, not on the whole page. */
export function transcript(page: Page): Locator {
  return page.locator('.webchat__basic-transcript');
}

/**
 * Waits for a bot message containing `text` and returns it.
 *
 * @example
 * await waitForBotText(page, 'Welcome');
 */
export async function waitForBotText(page: Page, text: string | RegExp, timeout = BOT_REPLY_TIMEOUT_MS): Promise<Locator> {
  const message = botMessages(page).filter({ hasText: text }).last();
  await message.waitFor({ timeout });
  return message;
}

/**
 * Waits until the user's message containing `text` is marked sent: Web Chat shows "Sending" until Direct Line
 * echoes the activity back with an id, then a timestamp ("Sent at …" for screen readers).
 *
 * @example
 * await waitForMessageSent(page, 'hello');
 */
export async function waitForMessageSent(page: Page, text: string, timeout = BOT_REPLY_TIMEOUT_MS): Promise<void> {
  const activity = page.locator(FROM_USER).filter({ has: page.locator(MESSAGE_TEXT, { hasText: text }) }).last();
  await activity.locator('.webchat__activity-status', { hasText: /^Sent at/ }).waitFor({ timeout });
}

/**
 * Clicks the newest suggested action or card button labelled exactly `label`.
 *
 * @example
 * await clickButton(page, 'Check eligibility');
 */
export async function clickButton(page: Page, label: string, timeout = BOT_REPLY_TIMEOUT_MS): Promise<void> {
  const exactly = new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  const button = page.locator(BUTTON).filter({ hasText: exactly }).last();
  await button.click({ timeout });
}

/**
 * Saves a full-page screenshot under `test/artifacts/` (git-ignored) and returns its path.
 *
 * @example
 * await saveScreenshot(page, 'web-chat-echo');
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Collects what would show in the browser's console as a problem: errors logged, uncaught exceptions, and
 * Content-Security-Policy refusals. A healthy page leaves the list empty.
 *
 * @example
 * const problems = watchPageProblems(page);
 * expect(problems).toEqual([]);
 */
export function watchPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`Uncaught: ${error.message}`));
  return problems;
}

/**
 * The guided check as a partner types it, from the "Check eligibility" button to the last answer: co-sell
 * eligible, USD 3.6M billed sales, ten net-new, 28 transactions from 7 customers, no commitment, no designation (USD 400,000 short
 * of the USD 4 million route on 26 Nov 2026). Waits for each question before answering it.
 *
 * @example
 * await typeShortOfBilledSalesCheck(page);
 */
export async function typeShortOfBilledSalesCheck(page: Page): Promise<void> {
  await clickButton(page, 'Check eligibility');
  await waitForBotText(page, 'co-sell eligible');
  await sendMessage(page, 'yes');
  await waitForBotText(page, '27 Nov 2025 to 26 Nov 2026');
  await sendMessage(page, '$3.6M');
  await waitForBotText(page, 'net-new customers');
  await sendMessage(page, 'ten');
  await waitForBotText(page, 'at least USD 100');
  await sendMessage(page, '28 transactions from 7 customers');
  await waitForBotText(page, 'consumption commitment');
  await sendMessage(page, 'none');
  // From 2026 the designation question (certified software for Azure, Industry AI on Azure) comes last.
  await waitForBotText(page, 'Industry AI');
  await sendMessage(page, 'no');
}
