import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { CARD_CHANNELS, resultActivity } from '../../dialogs/resultActivity';
import { renderGlanceText, renderResultText } from '../../src/cards/resultText';
import type { AdaptiveCardJson } from '../../src/cards/resultCard';
import { evaluationsByStatus, noticeChars, statuses } from '../cards/evaluations';
import { collapsed, visibleText } from '../cards/adaptiveCardRules';
import { createTestBot } from '../support/botHarness';

const CARD_CHANNEL_IDS = ['msteams', 'webchat', 'directline', 'emulator'] as const;
/** Channels without Adaptive Cards get the full plain text. */
const TEXT_CHANNEL_IDS = ['sms', 'slack', 'telegram'] as const;

/** The guided check typed to the end (USD 400,000 short of the USD 4 million route, no designation); the last turn's replies. */
async function typeCheck(bot: ReturnType<typeof createTestBot>): Promise<Partial<Activity>[]> {
  // From 2026 the designation question (certified software for Azure, Industry AI on Azure) comes last.
  for (const answer of ['check eligibility', 'yes', '$3.6M', 'ten', '28 transactions from 7 customers', 'none']) await bot.say(answer);
  return bot.say('no');
}

function cardOf(activity: Partial<Activity>): AdaptiveCardJson {
  expect(activity.attachments).toHaveLength(1);
  expect(activity.attachments![0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return activity.attachments![0]!.content as AdaptiveCardJson;
}

describe('one result message per channel, per status', () => {
  it('the card channels are exactly Teams, Web Chat, Direct Line and the Emulator', () => {
    expect([...CARD_CHANNELS].sort()).toEqual([...CARD_CHANNEL_IDS].sort());
  });

  describe.each(CARD_CHANNEL_IDS)('on %s', (channelId) => {
    it.each(statuses)('a %s result is the card alone: no text twin; speak and fallback carry the short version', (status) => {
      const evaluation = evaluationsByStatus[status];
      const activity = resultActivity(channelId, evaluation);
      expect(activity.type).toBe('message');
      expect(activity.text).toBeUndefined();
      const card = cardOf(activity);
      expect(activity.speak).toBe(card.speak);
      expect(card.fallbackText).toBe(renderGlanceText(evaluation));
      expect(card.msteams).toEqual({ width: 'Full' });
      expect(visibleText(collapsed(card)).length - noticeChars(evaluation)).toBeLessThan(900);
    });
  });

  describe.each(TEXT_CHANNEL_IDS)('on %s', (channelId) => {
    it.each(statuses)('a %s result is the full plain text, with no card', (status) => {
      const evaluation = evaluationsByStatus[status];
      const activity = resultActivity(channelId, evaluation, { whatChanged: ['Billed sales: USD 3,600,000 → USD 4,100,000'] });
      expect(activity.attachments).toBeUndefined();
      expect(activity.text).toBe(renderResultText(evaluation, { whatChanged: ['Billed sales: USD 3,600,000 → USD 4,100,000'] }));
    });
  });
});

describe.each(CARD_CHANNEL_IDS)('a typed check in the real bot on %s', (channelId) => {
  it('ends in one message: the card, no wall of text; the summary is short plain text', async () => {
    const bot = createTestBot({ channelId });
    const replies = await typeCheck(bot);
    const results = replies.filter((reply) => reply.attachments?.some((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive'));
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result!.text ?? '').toBe('');
    expect(visibleText(collapsed(cardOf(result!)))).toContain('you are USD 400,000 short of USD 4,000,000 in marketplace billed sales');
    const summary = (await bot.say('summary')).map((reply) => reply.text ?? '').join('\n');
    expect(summary).toContain('Azure IP co-sell top tier, as of 26 Nov 2026');
    expect(summary).toContain('Important: ');
    // Under 800 characters with the notice's short form (issue 16).
    expect(summary.length).toBeLessThan(800);
  });
});

describe('a typed check on a channel without cards', () => {
  it('ends in the full plain text', async () => {
    const text = (await typeCheck(createTestBot({ channelId: 'sms' }))).map((reply) => reply.text ?? '').join('\n');
    expect(text).toContain('Marketplace performance pathway:');
    expect(text).toContain('Gap: USD 400,000 short of USD 4,000,000 in marketplace billed sales');
  });
});

describe('the summary after a what-if', () => {
  it('keeps the real result and figures and lists the what-if figures apart, with the status they would give', async () => {
    const bot = createTestBot({ channelId: 'webchat' });
    await typeCheck(bot);
    await bot.say('what if billed sales were 4.1M?');
    const summary = (await bot.say('summary')).map((reply) => reply.text ?? '').join('\n');
    expect(summary).toContain('What-if figures (a scenario, not actuals): billed sales: USD 4,100,000. With them: qualifies for top tier.');
    // Finding #3: the result and the figures stay the partner's real ones.
    expect(summary).toContain('Result: does not yet qualify');
    expect(summary).toContain('billed sales: USD 3,600,000');
  });
});
