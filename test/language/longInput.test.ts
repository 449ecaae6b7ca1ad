import { describe, expect, it } from 'vitest';
import { parseAmountUsd, parseOneShot } from '../../src/language';
import { limits } from '../../src/language/limits';
import { recognizerUsage } from '../../src/language/recognizers';
import { MESSAGE_PARSERS } from '../security/fuzz/adversarialMessages';

// The recognizers are where long input costs (their time grows far faster than the text): a message is held to a
// count of calls and characters, not to a clock, so the test says the same on a busy machine. Times: `npm run bench`.
const MAX_CALLS = limits.maxNumberRecognizerCallsPerMessage + limits.maxCurrencyRecognizerCallsPerMessage;

function recognizerWork(read: () => unknown): { calls: number; characters: number } {
  const before = { ...recognizerUsage };
  read();
  return { calls: recognizerUsage.calls - before.calls, characters: recognizerUsage.characters - before.characters };
}

const hundredKilobytes = 'four million dollars and 12 customers, '.repeat(2_600).slice(0, 100_000);

describe('long input', () => {
  it.each(MESSAGE_PARSERS)('%s reads 100 KB of text within the per-message recognizer budget', (_name, parse) => {
    const work = recognizerWork(() => parse(hundredKilobytes));
    expect(work.calls).toBeLessThanOrEqual(MAX_CALLS);
    expect(work.characters).toBeLessThanOrEqual(MAX_CALLS * limits.maxRecognizerWindow);
  });

  it('refuses a 100 KB answer to an amount question as unparseable', () => {
    expect(parseAmountUsd(hundredKilobytes)).toEqual({ kind: 'invalid', reason: 'unparseable' });
  });

  it('reads a description of exactly 5,000 characters, the most one-shot accepts', () => {
    const description = 'Partner has $3.2M MBS and 10 net-new customers.'.padEnd(5_000, ' ');
    expect(parseOneShot(description).values).toEqual({ marketplaceBilledSalesUsd: 3_200_000, netNewCustomersOver10k: 10 });
  });

  it('reads a 5,000-character description dense with figures within the per-message recognizer budget', () => {
    const dense = 'MBS $3.2M, 10 net-new customers over $10k, 25 transactions from 6 customers, no commitment. '
      .repeat(60)
      .slice(0, 5_000);
    let reading: ReturnType<typeof parseOneShot> | undefined;
    const work = recognizerWork(() => (reading = parseOneShot(dense)));
    expect(work.calls).toBeLessThanOrEqual(MAX_CALLS);
    expect(reading?.values.marketplaceBilledSalesUsd).toBe(3_200_000);
  });
});
