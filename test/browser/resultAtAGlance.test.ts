import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickButton, openChat, sendMessage, startBrowser, typeShortOfBilledSalesCheck, waitForBotText, watchPageProblems } from '../support/browser';
import { startLocalApp, type LocalApp } from '../support/localApp';

/** The budget: a typed check's result reads at a glance, collapsed, on a laptop and on a phone. */
const MAX_COLLAPSED_HEIGHT_PX = 700;
/** The closest route's gap for the answers typed below: USD 4,000,000 - USD 3,600,000. */
const GAP = '400,000';
const ARTIFACTS_DIR = path.resolve(__dirname, '..', 'artifacts');

/** The typed check's result: the whole activity, the card and any text bubble sent with it. */
async function typeACheck(page: Page): Promise<Locator> {
  await typeShortOfBilledSalesCheck(page);
  const card = page.locator('.ac-adaptiveCard').filter({ hasText: GAP }).last();
  await card.waitFor({ timeout: 20_000 });
  return page.locator('.webchat__stacked-layout').filter({ has: card }).last();
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return axe.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} ${violation.nodes.map((node) => node.html).join(' | ')}`);
}

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

async function screenshot(element: Locator, name: string): Promise<void> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  await element.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`) });
}

describe.each([
  { name: 'laptop', width: 1000, height: 900 },
  { name: 'phone', width: 420, height: 900 },
])('a typed check read at a glance in Web Chat, $width px wide', { timeout: 120_000 }, ({ name, width, height }) => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    app = await startLocalApp({ now: () => new Date('2026-11-26T09:00:00Z') });
    browser = await startBrowser();
    page = await (await browser.newContext({ viewport: { width, height } })).newPage();
    problems = watchPageProblems(page);
    await openChat(page, `${app.baseUrl}/`);
    await waitForBotText(page, 'Azure IP co-sell top-tier benefits');
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it(`the collapsed result is at most ${MAX_COLLAPSED_HEIGHT_PX} px tall, states the gap at most twice and passes axe`, async () => {
    const result = await typeACheck(page);
    await result.scrollIntoViewIfNeeded();
    const box = await result.boundingBox();
    const text = await result.innerText();
    console.log(`[${name}] collapsed result: ${Math.round(box?.height ?? 0)} px tall, gap stated ${occurrences(text, GAP)} times, ${text.length} visible characters`);
    await screenshot(result, `result-collapsed-${width}`);
    expect(box?.height).toBeLessThanOrEqual(MAX_COLLAPSED_HEIGHT_PX);
    expect(occurrences(text, GAP)).toBeGreaterThanOrEqual(1);
    expect(occurrences(text, GAP)).toBeLessThanOrEqual(2);
    // The PRACR notice (rules version 3, from 2026) leads, right under the headline.
    expect(text.split('\n').filter(Boolean)[2]).toMatch(/^Important: Microsoft.s PRACR page says/);
    // The designation route the partner answered "no" to is not the closest, and unknown rows stay out of the glance.
    const glance = text.split('\n').filter((line) => !line.startsWith('Important:')).join('\n');
    expect(glance).not.toMatch(/designation/i);
    expect(text).not.toMatch(/\bunknown\b/i);
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    expect(problems).toEqual([]);
  });

  it('every criterion is one tap away, and the expanded card still passes axe', async () => {
    const result = page.locator('.webchat__stacked-layout').filter({ hasText: GAP }).last();
    await clickButton(page, 'Show all criteria');
    const expanded = result.locator('.ac-adaptiveCard').filter({ hasText: '30 marketplace transactions' }).last();
    await expanded.waitFor({ timeout: 10_000 });
    const text = await result.innerText();
    expect(text).toContain('USD 30 million');
    expect(text).toContain('Rules in force from 1 Jan 2026');
    const box = await result.boundingBox();
    console.log(`[${name}] expanded result: ${Math.round(box?.height ?? 0)} px tall`);
    // The expanded card is taller than the chat pane; a tall viewport lets the screenshot show all of it.
    await page.setViewportSize({ width, height: 2600 });
    await screenshot(result, `result-expanded-${width}`);
    await page.setViewportSize({ width, height });
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
  });

  it('a what-if that qualifies says what top tier gives, still at a glance', async () => {
    await sendMessage(page, 'what if billed sales were 4.1M?');
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: 'What top tier gives you' }).last();
    await card.waitFor({ timeout: 20_000 });
    const result = page.locator('.webchat__stacked-layout').filter({ has: card }).last();
    await result.scrollIntoViewIfNeeded();
    const text = await result.innerText();
    expect(text).toContain('You qualify for top-tier benefits');
    expect(text).toContain('PRACR');
    expect(text).toContain('Microsoft Azure Cloud Commitment (MACC)');
    const box = await result.boundingBox();
    // The notice the rules in force require at headline level comes on top of the glance's budget.
    const notice = await card.locator('.ac-textBlock').filter({ hasText: /^Important:/ }).first().boundingBox();
    console.log(`[${name}] qualified what-if result: ${Math.round(box?.height ?? 0)} px tall, ${Math.round(notice?.height ?? 0)} px of them the PRACR notice`);
    await screenshot(result, `result-qualified-${width}`);
    expect(notice).not.toBeNull();
    expect((box?.height ?? Infinity) - (notice?.height ?? 0)).toBeLessThanOrEqual(MAX_COLLAPSED_HEIGHT_PX);
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    expect(problems).toEqual([]);
  });
});
