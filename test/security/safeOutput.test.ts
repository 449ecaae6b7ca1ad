import { describe, expect, it } from 'vitest';
import { createTestBot, visibleText } from '../support/botHarness';

const LINK = '[x](http://evil)';
const IMAGE = '<img src=x onerror=alert(1)>';
const PAYLOADS = [LINK, IMAGE, `![y](http://evil/pixel.png)`, `<script>alert(1)</script>`];

/** Markup that would turn a partner's words into a live link, image or element if echoed raw. */
function assertNoLiveMarkup(replies: string[], said: string): void {
  for (const reply of replies) {
    expect(reply, `reply to ${JSON.stringify(said)}`).not.toContain('](http');
    expect(reply, `reply to ${JSON.stringify(said)}`).not.toMatch(/<img|<script/i);
  }
}

/** Conversations that put the payload where the bot might quote it: one-shot pastes, each question, what-ifs, glossary. */
function scripts(payload: string): string[][] {
  return [
    [`${payload} $3.2M MBS, 10 net-new customers over $10k, 25 transactions from 6 customers, no commitment`],
    [`$3.2M MBS ${payload}, 10 net-new customers, 25 transactions from 6 customers ${payload}`],
    ['check eligibility', payload, 'yes', payload, '3.6 million', payload, '10', payload, '28 transactions from 7 customers', payload, 'none', payload],
    ['check eligibility', 'yes', `${payload} 3.6 million`, `10 ${payload}`, `28 transactions ${payload} from 7 customers`, `none ${payload}`],
    ['$4.1M MBS, 12 net-new customers over $10k, 30 transactions from 8 customers, no commitment', `what if ${payload}`, `change billed sales to ${payload}`, `what if we add ${payload} net-new customers?`],
    [`what is ${payload}?`, `explain ${payload}`, payload],
  ];
}

describe('user text is never echoed back as live markdown or HTML', () => {
  for (const channelId of ['msteams', 'webchat']) {
    for (const payload of PAYLOADS) {
      it(`on ${channelId}, ${payload} in one-shot and answer positions comes back inert`, async () => {
        for (const [index, script] of scripts(payload).entries()) {
          const bot = createTestBot({ channelId, conversationId: `conversation-${index}` });
          for (const said of script) {
            const replies = (await bot.say(said)).map(visibleText);
            expect(replies.length, `a reply to ${JSON.stringify(said)}`).toBeGreaterThan(0);
            assertNoLiveMarkup(replies, said);
          }
        }
      });
    }
  }

  it('a display name made of markup is not echoed raw either', async () => {
    const bot = createTestBot({ channelId: 'webchat' });
    const replies = await bot.send({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'user-1', name: IMAGE }, { id: 'bot-1', name: 'Eligibility Bot' }],
      from: { id: 'user-1', name: `${LINK} ${IMAGE}` },
    });
    expect(replies.length).toBeGreaterThan(0);
    assertNoLiveMarkup(replies.map(visibleText), 'a join with a markup name');
  });
});
