import type { Transaction } from '../src/eligibility/schema';

/**
 * A deterministic marketplace export of `count` rows, shaped like a busy partner's: dates over 18 months ending on
 * `asOf` (so about a third fall outside the trailing window), repeat customers buying from 40 offers, one row in
 * ten with no offer id, one in 25 a private offer, one in 13 a net-new deal, amounts from USD 50 to about 30,000.
 * No Math.random: two runs derive from the same rows. Customers are one per 20 rows unless `customers` is given.
 *
 * @example
 * syntheticTransactions(3, '2026-11-26')[0] // { date: '2025-05-26', customerId: 'customer-0', amountUsd: 50, ... }
 */
export function syntheticTransactions(count: number, asOf: string, customers = Math.max(10, Math.floor(count / 20))): Transaction[] {
  const dates = daysBefore(asOf, 548);
  const rows: Transaction[] = new Array(count);
  let seed = 12345;
  for (let i = 0; i < count; i += 1) {
    // Park-Miller: cheap, deterministic, and spread enough for amounts and dates.
    seed = (seed * 48271) % 2147483647;
    const row: Transaction = {
      date: dates[seed % dates.length]!,
      customerId: `customer-${i % customers}`,
      amountUsd: 50 + (seed % 3_000_000) / 100,
      netNew: i % 13 === 0,
      privateOffer: i % 25 === 0,
    };
    if (i % 10 !== 0) row.offerId = `offer-${(i * 7) % 40}`;
    rows[i] = row;
  }
  return rows;
}

/** The same rows as a CSV export, the way the evaluator's CSV route receives them (bytes). */
export function syntheticTransactionsCsv(count: number, asOf: string): Buffer {
  const lines = ['date,customerId,amountUsd,netNew,offerId,privateOffer'];
  for (const row of syntheticTransactions(count, asOf)) {
    lines.push(`${row.date},${row.customerId},${row.amountUsd.toFixed(2)},${row.netNew ? 'yes' : 'no'},${row.offerId ?? ''},${row.privateOffer ? 'yes' : 'no'}`);
  }
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

/** `days` ISO dates ending on `asOf`, oldest first. */
function daysBefore(asOf: string, days: number): string[] {
  const end = Date.parse(`${asOf}T00:00:00Z`);
  const dates: string[] = [];
  for (let back = days - 1; back >= 0; back -= 1) dates.push(new Date(end - back * 86_400_000).toISOString().slice(0, 10));
  return dates;
}
