import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { limits, parseAmountUsd, parseCount, parseOneShot } from '../../src/language';
import { recognizerUsage } from '../../src/language/recognizers';
import { adversarialText, MESSAGE_PARSERS } from './fuzz/adversarialMessages';

const callsPerMessage = limits.maxNumberRecognizerCallsPerMessage + limits.maxCurrencyRecognizerCallsPerMessage;

/** The recognizer calls and characters one parse costs: counted, so the budget holds on a busy machine too. */
function costOf(parse: (text: string) => unknown, text: string): { calls: number; characters: number } {
  const before = { ...recognizerUsage };
  parse(text);
  return { calls: recognizerUsage.calls - before.calls, characters: recognizerUsage.characters - before.characters };
}

describe('the cost of understanding one message', () => {
  it.each(MESSAGE_PARSERS)('%s stays within the recognizer budget on 60 random adversarial messages of up to 5,000 characters', (_name, parse) => {
    fc.assert(
      fc.property(adversarialText, (text) => {
        const cost = costOf(parse, text);
        expect(cost.calls).toBeLessThanOrEqual(callsPerMessage);
        expect(cost.characters).toBeLessThanOrEqual(cost.calls * limits.maxRecognizerWindow);
      }),
      { seed: 20261207, numRuns: 60 },
    );
  });

  it('reads the 5,000-character "twenty one thousand" message (498 s before) with at most one recognizer call per run of words', () => {
    const text = 'twenty one thousand '.repeat(250);
    const cost = costOf(parseOneShot, text);
    expect(cost.calls).toBeLessThanOrEqual(callsPerMessage);
    expect(parseOneShot(text).values).toEqual({});
    expect(parseAmountUsd(text.slice(0, 2_000))).toEqual({ kind: 'invalid', reason: 'unparseable' });
  });

  it('sends a run of number words to the recognizer only when it is short enough to be one number', () => {
    const longest = 'nine hundred ninety-nine million nine hundred ninety-nine thousand nine hundred and ninety-nine';
    expect(parseAmountUsd(longest)).toEqual({ kind: 'value', value: 999_999_999, ambiguous: false });
    // Read whole, a figure in the millions is an amount, never a count of customers.
    expect(parseCount(longest)).toEqual({ kind: 'invalid', reason: 'amount-for-count' });
    expect(parseCount(`${longest} ${longest}`)).toEqual({ kind: 'invalid', reason: 'unparseable' });
  });

  it('answers repeated identical runs from the memo: 200 copies of "one two" cost two calls (the first has no space before it)', () => {
    expect(costOf(parseCount, 'one two, '.repeat(200)).calls).toBe(2);
  });

  it('refuses the figures past the budget instead of reading them: the 17th different run is unparseable', () => {
    const runs = Array.from({ length: 17 }, (_, index) => `${['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'][index % 8]} ${['one', 'two', 'three'][Math.floor(index / 8)]}`);
    const reading = parseOneShot(runs.map((run) => `${run} net-new customers`).join(', '));
    expect(reading.values.netNewCustomersOver10k).toBe(21);
    expect(reading.rejected.map((rejection) => rejection.reason)).toContain('unparseable');
  });

  it('keeps the common single words free: "ten" needs no recognizer call', () => {
    expect(costOf(parseCount, 'ten').calls).toBe(0);
    expect(parseCount('ten')).toEqual({ kind: 'value', value: 10, ambiguous: false });
  });
});
