import type { FieldName } from './fields';
import { readFieldStatements } from './fieldStatements';

export interface OneShotReading {
  values: Partial<Record<FieldName, number | boolean>>;
  /** What was understood, with the person's own words, so the bot can read it back. */
  understood: Array<{ field: FieldName; value: number | boolean; phrase: string }>;
  /**
   * What could not be used and why: an invalid-answer reason ("non-usd", "locale-format", "multiple-numbers"...),
   * "unassigned" (a figure with no field named), or "too-long" (over 5,000 characters; nothing is read).
   */
  rejected: Array<{ phrase: string; reason: string }>;
}

/**
 * Reads a whole description in one message, so a partner who knows their figures need not answer question by
 * question. A figure the bot cannot place is reported, never guessed; "over $10k" and "of at least $100" qualify
 * counts and are never read as values. A plain "N transactions" is all marketplace transactions (the consumption
 * path); "N transactions from M customers" or "N transactions over $100" are the USD 100+ transactions of the
 * marketplace path.
 *
 * @example
 * parseOneShot('Partner has $3.2M MBS, 10 net-new customers over $10k, 25 transactions from 6 customers, no commitment').values;
 * // { marketplaceBilledSalesUsd: 3200000, netNewCustomersOver10k: 10, transactionsOver100: 25,
 * //   uniqueCustomersOver100: 6, consumptionCommitmentUsd: 0 }
 */
export function parseOneShot(text: string): OneShotReading {
  const reading = readFieldStatements(text);
  const values: Partial<Record<FieldName, number | boolean>> = {};
  const understood: OneShotReading['understood'] = [];
  for (const statement of reading.statements) {
    values[statement.field] = statement.value;
    understood.push({ field: statement.field, value: statement.value, phrase: text.slice(statement.start, statement.end).trim() });
  }
  const rejected = reading.rejections.map((rejection) => ({
    phrase: rejection.reason === 'too-long' ? '' : text.slice(rejection.start, rejection.end).trim(),
    reason: rejection.reason,
  }));
  return { values, understood, rejected };
}
