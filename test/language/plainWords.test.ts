import { describe, expect, it } from 'vitest';
import { attributeFigures, readAsOfDate, readEstimate, readScaling, saysNone } from '../../src/language';
import { maskFigures } from '../../src/language/maskFigures';

describe('as-of dates', () => {
  it.each([
    ['would they have qualified on 30 June 2024?', '2024-06-30'],
    ['as of March 2025', '2025-03-31'],
    ['as of February 2024', '2024-02-29'],
    ['as of 2025-01-15', '2025-01-15'],
    ['what was their status on June 30, 2024', '2024-06-30'],
    ['evaluate as of end of FY24', '2024-06-30'],
    ['as at 31 December 2024', '2024-12-31'],
  ])('"%s" is %s', (text, date) => {
    expect(readAsOfDate(text)).toBe(date);
  });

  it.each(['as of 31 February 2025', 'yes, azure, 2024-09-15', 'as of last week'])('"%s" names no evaluation date', (text) => {
    expect(readAsOfDate(text)).toBeUndefined();
  });
});

describe('answers that mean none', () => {
  it.each(["we don't have one", 'We have not signed one.', 'nothing signed', 'not yet', 'none yet', 'no commitment', 'nope'])('"%s" is none', (text) => {
    expect(saysNone(text)).toBe(true);
  });
  it.each(['one', '1', 'we have one for 30M', 'not sure'])('"%s" is not', (text) => {
    expect(saysNone(text)).toBe(false);
  });
});

describe('estimates', () => {
  it.each([
    ['about 4 million', 'about 4 million', true],
    ['30ish', '30', true],
    ['~4.2M', '~4.2M', true],
    ['like 9 net new', 'like 9 net new', true],
    ['4.2M', '4.2M', false],
    ['I like it', 'I like it', false],
  ])('"%s" reads as "%s", approximate %s', (text, cleaned, approximate) => {
    expect(readEstimate(text)).toEqual({ text: cleaned, approximate });
  });
});

describe('commitments: who signed them', () => {
  const signer = (text: string) => attributeFigures(text, { plainTransactions: 'over100' }).commitmentSigner;
  it.each([
    ['Customer has a $35M MACC', 'customer'],
    ["the customer's Azure commitment is 40M", 'customer'],
    ['we signed a $35M commitment', 'partner'],
    ['our own commitment is 200M', 'partner'],
    ['we have a 35M MACC', 'unclear'],
  ])('"%s": %s', (text, who) => {
    expect(signer(text)).toBe(who);
  });
});

describe('what the intent model sees', () => {
  it.each([
    ['what if we had 5 more transactions', 'what if we had num more transactions'],
    ['$3.6M MBS and twelve net-new', 'num MBS and num net-new'],
    ['as of 2024-06-30', 'as of num'],
    ["we don't have one", "we don't have one"],
  ])('"%s" → "%s"', (text, masked) => {
    expect(maskFigures(text)).toBe(masked);
  });
});

describe('what-ifs that scale a figure', () => {
  it.each([
    ['what if we double our MBS', 'marketplaceBilledSalesUsd', 2],
    ['what if we had 20% more transactions', 'transactionsOver100', 1.2],
    ['10 percent fewer net new customers', 'netNewCustomersOver10k', 0.9],
  ])('"%s" scales %s by %s', (text, field, factor) => {
    const scaling = readScaling(text);
    expect(scaling?.field).toBe(field);
    expect(scaling?.factor).toBeCloseTo(factor);
  });
  it.each(['what if we double it', 'what if we add 2 transactions'])('"%s" scales nothing', (text) => {
    expect(readScaling(text)).toBeUndefined();
  });
});
