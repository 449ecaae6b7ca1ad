import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptTransaction } from '../../src/csv/acceptTransaction';
import { transactionSchema } from '../../src/eligibility/schema';

const digits = (length: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: length, maxLength: length }).map((chars) => chars.join(''));
const twoDigits = fc.integer({ min: 0, max: 33 }).map((value) => String(value).padStart(2, '0'));

/** Dates on both sides of every rule: leap days, month ends, month 00 and 13, years below 100, date-times, junk. */
const realDate = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((day) => day.toISOString().slice(0, 10));
const date = fc.oneof(
  { arbitrary: realDate, weight: 8 },
  fc.tuple(fc.integer({ min: 1896, max: 2104 }), twoDigits, twoDigits).map(([year, month, day]) => `${year}-${month}-${day}`),
  fc.tuple(digits(4), twoDigits, twoDigits).map(([year, month, day]) => `${year}-${month}-${day}`),
  fc.constantFrom('2024-02-29', '2023-02-29', '2000-02-29', '1900-02-29', '0099-12-31', '0100-01-01', '2026-04-31', '2026-12-31'),
  fc.constantFrom('2026-01-05T23:00:00-05:00', '2026-01-05T10:00:00Z', '2026-01-05 10:00', ' 2026-01-05', '2026-1-5', '20260105', '2026/01/05', ''),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(undefined, null, 20260105, true),
);

const text = (around: number) =>
  fc.oneof(
    { arbitrary: fc.string({ maxLength: 8 }), weight: 6 },
    fc.constantFrom('', ' ', '\t', ' c1 ', '\u00a0c\u00a0', '\ufeff'),
    fc.tuple(fc.integer({ min: around - 2, max: around + 2 }), fc.constantFrom('', ' ', '  ')).map(([length, pad]) => `${pad}${'x'.repeat(Math.max(0, length))}${pad}`),
  );

const amount = fc.oneof(
  { arbitrary: fc.double({ min: 0, max: 1e12 }), weight: 6 },
  fc.double(),
  fc.constantFrom(0, -0, 1e12, 1e12 + 1, 999_999_999_999.99, -1, Number.MIN_VALUE, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.integer({ min: -10, max: 2_000_000 }),
  fc.constantFrom('100', null, undefined, true, 10n),
);

const flag = fc.oneof({ arbitrary: fc.boolean(), weight: 6 }, fc.constantFrom(undefined, null, 'yes', 0, 1));
const currency = fc.oneof({ arbitrary: fc.constant('USD'), weight: 6 }, fc.constantFrom('usd', 'EUR', '', ' USD', undefined, null, 1));

/** A value one time in seven, otherwise undefined. */
const rarely = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 6 }, { arbitrary, weight: 1 });

/** The fields from the values above, sometimes one of the required three left out or one the schema does not know added. */
const candidate = fc
  .tuple(
    fc.record(
      { date, customerId: fc.oneof({ arbitrary: text(200), weight: 6 }, fc.constantFrom(undefined, null, 7)), amountUsd: amount, netNew: flag, offerId: fc.oneof({ arbitrary: text(200), weight: 6 }, fc.constantFrom(undefined, null)), privateOffer: flag, currency },
      { requiredKeys: ['date', 'customerId', 'amountUsd'] },
    ),
    rarely(fc.constantFrom('date', 'customerId', 'amountUsd')),
    rarely(fc.constantFrom('extra', 'amount', 'customerID', '__proto__x')),
  )
  .map(([fields, missing, extra]) => {
    const input: Record<string, unknown> = { ...fields };
    if (missing !== undefined) delete input[missing];
    if (extra !== undefined) input[extra] = 'x';
    return input;
  });

/** Candidates the way the CSV readers build them from a clean row, to show the fast path is taken, not just safe. */
const cleanCandidate = fc
  .record(
    {
      date: fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      customerId: fc.string({ minLength: 1, maxLength: 30 }).filter((id) => id.trim() !== ''),
      amountUsd: fc.double({ min: 0, max: 1e12, noNaN: true }),
      netNew: fc.boolean(),
      offerId: fc.string({ maxLength: 30 }),
      privateOffer: fc.boolean(),
      currency: fc.constant('USD' as const),
    },
    { requiredKeys: ['date', 'customerId', 'amountUsd'] },
  )
  .map((fields) => fields as Record<string, unknown>);

describe('accepting a transaction without zod', () => {
  it('accepts only what transactionSchema accepts, and returns exactly what it returns', () => {
    let accepted = 0;
    fc.assert(
      fc.property(candidate, (input) => {
        const fast = acceptTransaction(input);
        if (fast === undefined) return;
        accepted += 1;
        const parsed = transactionSchema.safeParse(input);
        expect(parsed.success).toBe(true);
        expect(fast).toStrictEqual(parsed.data);
        expect(Object.keys(fast)).toEqual(Object.keys(parsed.data!));
      }),
      { seed: 20260526, numRuns: 20_000 },
    );
    // The comparison above only means something if the random candidates often get through.
    expect(accepted).toBeGreaterThan(2_000);
  });

  it('takes every clean candidate the readers build', () => {
    fc.assert(
      fc.property(cleanCandidate, (input) => {
        const parsed = transactionSchema.safeParse(input);
        expect(parsed.success).toBe(true);
        expect(acceptTransaction(input)).toStrictEqual(parsed.data);
      }),
      { seed: 20260526, numRuns: 5_000 },
    );
  });

  it('fills the schema defaults and trims the ids', () => {
    expect(acceptTransaction({ date: '2026-01-05', customerId: ' c1 ', amountUsd: 12000, offerId: ' o-1 ', currency: 'USD' })).toStrictEqual({
      date: '2026-01-05',
      customerId: 'c1',
      amountUsd: 12000,
      netNew: false,
      offerId: 'o-1',
      privateOffer: false,
      currency: 'USD',
    });
  });

  it.each([
    ['a date-time, which the schema turns into a UTC day', { date: '2026-01-05T23:00:00-05:00', customerId: 'c', amountUsd: 1 }],
    ['29 February of a year that has none', { date: '2023-02-29', customerId: 'c', amountUsd: 1 }],
    ['a customer id of blanks', { date: '2026-01-05', customerId: '   ', amountUsd: 1 }],
    ['an amount over USD 1 trillion', { date: '2026-01-05', customerId: 'c', amountUsd: 1e12 + 1 }],
    ['a field the schema does not know', { date: '2026-01-05', customerId: 'c', amountUsd: 1, note: 'x' }],
    ['a flag present but undefined', { date: '2026-01-05', customerId: 'c', amountUsd: 1, netNew: undefined }],
  ])('leaves %s to the schema', (_name, input) => {
    expect(acceptTransaction(input)).toBeUndefined();
  });
});
