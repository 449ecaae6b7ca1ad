import { MAX_ID_LENGTH, MAX_AMOUNT_USD, type Transaction } from '../eligibility/schema';
import { isCalendarDate } from './calendarDate';


/** True for a field `transactionSchema` declares (a switch: a third of the cost of a Set lookup, once per field per row). */
function isTransactionField(key: string): boolean {
  switch (key) {
    case 'date':
    case 'customerId':
    case 'amountUsd':
    case 'netNew':
    case 'offerId':
    case 'privateOffer':
    case 'currency':
      return true;
    default:
      return false;
  }
}

/**
 * The transaction `transactionSchema.safeParse(candidate)` would return, when the candidate plainly satisfies it;
 * undefined otherwise, and then the caller asks the schema, which says what is wrong. A CSV of a million rows
 * spends most of its validation time in zod's general machinery; the rows of a clean export all take this path.
 *
 * It accepts only what the schema accepts, and builds the same object: a `YYYY-MM-DD` calendar date (date-times
 * go to the schema, which converts them to a UTC day), a customer id trimmed to 1–200 characters, a finite amount
 * from 0 to USD 1 trillion, optional yes/no flags defaulting to false, an optional offer id trimmed to at most 200
 * characters, an optional `currency: 'USD'`, and no other field (inherited ones included, as the schema counts
 * them). A field present with the value undefined goes to the schema too.
 *
 * @example
 * acceptTransaction({ date: '2026-01-05', customerId: ' c1 ', amountUsd: 12000 })
 * // { date: '2026-01-05', customerId: 'c1', amountUsd: 12000, netNew: false, privateOffer: false }
 */
export function acceptTransaction(candidate: Record<string, unknown>): Transaction | undefined {
  for (const key in candidate) if (!isTransactionField(key)) return undefined;
  const { date, customerId, amountUsd, offerId, currency } = candidate;
  if (typeof date !== 'string' || !isCalendarDate(date)) return undefined;
  if (typeof customerId !== 'string') return undefined;
  const customer = customerId.trim();
  if (customer.length === 0 || customer.length > MAX_ID_LENGTH) return undefined;
  if (typeof amountUsd !== 'number' || !Number.isFinite(amountUsd) || !(amountUsd >= 0) || amountUsd > MAX_AMOUNT_USD) return undefined;
  const netNew = readFlag(candidate, 'netNew');
  const privateOffer = readFlag(candidate, 'privateOffer');
  if (netNew === undefined || privateOffer === undefined) return undefined;
  let offer: string | undefined;
  if (offerId !== undefined) {
    if (typeof offerId !== 'string') return undefined;
    offer = offerId.trim();
    if (offer.length > MAX_ID_LENGTH) return undefined;
  } else if ('offerId' in candidate) return undefined;
  if (currency !== undefined ? currency !== 'USD' : 'currency' in candidate) return undefined;

  // Fields in the schema's order, as zod builds its output.
  const transaction: Transaction =
    offer === undefined
      ? { date, customerId: customer, amountUsd, netNew, privateOffer }
      : { date, customerId: customer, amountUsd, netNew, offerId: offer, privateOffer };
  if (currency !== undefined) transaction.currency = 'USD';
  return transaction;
}

/** A yes/no field: itself, the schema's default (false) when absent, or undefined when present but not a boolean. */
function readFlag(candidate: Record<string, unknown>, key: 'netNew' | 'privateOffer'): boolean | undefined {
  const value = candidate[key];
  if (typeof value === 'boolean') return value;
  return value === undefined && !(key in candidate) ? false : undefined;
}
