import { describe, expect, it } from 'vitest';
import { parseAmountUsd, parseOneShot } from '../../src/language';
import { MESSAGE_PARSERS } from '../security/fuzz/adversarialMessages';

const hundredKilobytes = 'four million dollars and 12 customers, '.repeat(2_600).slice(0, 100_000);

describe('long input', () => {
  it.each(MESSAGE_PARSERS)('%s answers 100 KB of text in under 50 ms', (_name, parse) => {
    const started = performance.now();
    parse(hundredKilobytes);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('refuses a 100 KB answer to an amount question as unparseable', () => {
    expect(parseAmountUsd(hundredKilobytes)).toEqual({ kind: 'invalid', reason: 'unparseable' });
  });

  it('reads a description of exactly 5,000 characters, the most one-shot accepts', () => {
    const description = 'Partner has $3.2M MBS and 10 net-new customers.'.padEnd(5_000, ' ');
    expect(parseOneShot(description).values).toEqual({ marketplaceBilledSalesUsd: 3_200_000, netNewCustomersOver10k: 10 });
  });

  it('reads a 5,000-character description dense with figures within a second', () => {
    const dense = 'MBS $3.2M, 10 net-new customers over $10k, 25 transactions from 6 customers, no commitment. '
      .repeat(60)
      .slice(0, 5_000);
    const started = performance.now();
    parseOneShot(dense);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
