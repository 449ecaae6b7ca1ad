import fc from 'fast-check';
import {
  detectCommand,
  parseAmountUsd,
  parseCount,
  parseOneShot,
  parseTransactionsFromCustomers,
  parseWhatIf,
  parseYesNo,
} from '../../../src/language';
import { decideTurnLanguage } from '../../../src/bot/turnLanguage';

/** Every parser a message's text may go through in a turn, by name: each is held to the per-message budget. */
export const MESSAGE_PARSERS: ReadonlyArray<[string, (text: string) => unknown]> = [
  ['parseOneShot', parseOneShot],
  ['parseWhatIf', parseWhatIf],
  ['parseAmountUsd', parseAmountUsd],
  ['parseCount', parseCount],
  ['parseTransactionsFromCustomers', parseTransactionsFromCustomers],
  ['parseYesNo', parseYesNo],
  ['detectCommand', detectCommand],
  ['decideTurnLanguage', (text) => decideTurnLanguage({ text, channelLocale: 'de-DE' })],
];

/**
 * Pieces of text that made message understanding slow, or could: number words the recognizer chains together,
 * fractions of magnitudes, currency marks and codes, digit groups, count qualifiers, field names, negations,
 * Teams mentions, other scripts and invisible characters.
 */
const UNITS = [
  'twenty one thousand', 'one hundred and', 'one', 'one two', 'a third of a', 'half a million and a half', 'three point five million',
  'nine hundred ninety nine million nine hundred', 'three out of four', 'a dozen', 'minus five', 'the one', 'hundredths',
  '$', 'US$', '€', 'C$', 'usd', 'dollars', '4', '1,000', '1.5', '4.000', '4m', '$4M', '4 pesos', '4 lakh', '1 000', '0x10', '1e309',
  'over $10k', 'at least $100', 'net-new customers', 'transactions from', 'customers', 'mbs', 'commitment', 'no', 'not',
  'co-sell eligible', 'what if we add', 'from 3m to', 'or', 'to', '-', '<at>Bot</at>', 'один два', '一二三', '١٢٣', 'Ⅷ',
  '\u00a0', '\u200b', '\u202e', '💰', 'x'.repeat(30),
];
const SEPARATORS = [' ', ', ', '-', ' and ', '\n', '', '. ', ' / ', '; ', '  '];
const CARDINALS = ['one', 'two', 'three', 'five', 'seven', 'eleven', 'twenty', 'forty', 'ninety', 'hundred', 'thousand', 'million'];

/** One unit pattern repeated up to a length: the shape of the 498-second message ("twenty one thousand " x 250). */
const repeatedPattern = fc
  .record({
    units: fc.array(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 4 }),
    separator: fc.constantFrom(...SEPARATORS),
    length: fc.integer({ min: 100, max: 5_000 }),
  })
  .map(({ units, separator, length }) => {
    const piece = units.join(separator) + separator;
    return piece.repeat(Math.ceil(length / Math.max(1, piece.length))).slice(0, length);
  });

/** Many different short runs of number words, so no two cost the same recognizer call. */
const distinctRuns = fc
  .record({
    runs: fc.array(fc.array(fc.constantFrom(...CARDINALS), { minLength: 2, maxLength: 5 }), { minLength: 20, maxLength: 400 }),
    separator: fc.constantFrom(', ', '; ', '. ', ' $', ' or ', ' to '),
  })
  .map(({ runs, separator }) => runs.map((run) => run.join(' ')).join(separator).slice(0, 5_000));

/** Random characters from the same alphabet, up to 5,000 of them. */
const mixedCharacters = fc
  .array(fc.constantFrom(...UNITS, ...SEPARATORS), { minLength: 50, maxLength: 1_500 })
  .map((parts) => parts.join(' ').slice(0, 5_000));

/** A long adversarial message of up to 5,000 characters (the longest a one-shot description may be). */
export const adversarialText: fc.Arbitrary<string> = fc.oneof(repeatedPattern, distinctRuns, mixedCharacters);
