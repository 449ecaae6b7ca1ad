import { describe, expect, it } from 'vitest';
import { createTestBot } from '../support/botHarness';

/** Finding #16: a correction that flips the result says so; never "the same result as before". */
describe('a correction after the result says what changed, the status included', () => {
  it('billed sales 3.6M → 4.2M: the figure and the status move, and "same result" is not said', async () => {
    const bot = createTestBot({ channelId: 'webchat', today: '2025-11-26' });
    expect(await bot.sayText('co-sell eligible, $3.6M MBS, 8 net-new customers, 25 transactions from 6 customers, no commitment')).toContain('Not yet');
    const reply = await bot.sayText('actually billed sales was 4.2M');
    expect(reply).toContain('USD 3,600,000 → USD 4,200,000');
    expect(reply).toMatch(/Status: .+ → .+/);
    expect(reply).toContain('Status: not yet qualified → qualified');
    expect(reply).not.toContain('same result as before');
  });

  it('a correction that changes a figure but not the result lists the figure only', async () => {
    const bot = createTestBot({ channelId: 'msteams', today: '2025-11-26' });
    await bot.sayText('co-sell eligible, $3.6M MBS, 8 net-new customers, 25 transactions from 6 customers, no commitment');
    const reply = await bot.sayText('actually billed sales was 3.7M');
    expect(reply).toContain('USD 3,600,000 → USD 3,700,000');
    expect(reply).not.toMatch(/Status: /);
  });
});
