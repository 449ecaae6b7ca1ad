/** The columns a transactions CSV may carry, by the transaction field each one fills. */
export type TransactionColumn = 'date' | 'customerId' | 'amountUsd' | 'netNew' | 'offerId' | 'privateOffer' | 'currency';

export const REQUIRED_COLUMNS: readonly TransactionColumn[] = ['date', 'customerId', 'amountUsd'];

/**
 * Header spellings seen in marketplace exports and hand-kept sheets, compared after `normalizeHeader`, so
 * `Customer ID`, `customer_id` and `CustomerId` are one name. `amount` alone is accepted because a `currency`
 * column (checked row by row) or the file's own convention says the unit; `Amount (EUR)` is not an alias.
 */
const ALIASES: Record<TransactionColumn, readonly string[]> = {
  date: ['date', 'transactiondate'],
  customerId: ['customerid', 'customer'],
  amountUsd: ['amountusd', 'amount', 'amountinusd'],
  netNew: ['netnew', 'isnetnew'],
  offerId: ['offerid', 'offer'],
  privateOffer: ['privateoffer', 'isprivateoffer'],
  currency: ['currency', 'currencycode'],
};

/** How a missing column is named in messages: the JSON field name and the spellings most exports use. */
export const COLUMN_EXAMPLES: Record<TransactionColumn, string> = {
  date: 'date (or Date, Transaction Date)',
  customerId: 'customerId (or Customer ID, customer_id)',
  amountUsd: 'amountUsd (or Amount (USD), amount_usd)',
  netNew: 'netNew (or Net New, is_net_new)',
  offerId: 'offerId (or Offer ID)',
  privateOffer: 'privateOffer (or Private Offer)',
  currency: 'currency',
};

const BY_NORMALIZED = new Map<string, TransactionColumn>(
  Object.entries(ALIASES).flatMap(([column, names]) => names.map((name) => [name, column as TransactionColumn] as const)),
);

/**
 * Case, spaces, underscores and punctuation do not distinguish header names.
 *
 * @example
 * normalizeHeader('Customer_ID (main)') // 'customeridmain'
 */
export function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The transaction field a header names, or undefined for a column the evaluator does not read.
 *
 * @example
 * columnForHeader('Amount (USD)') // 'amountUsd'
 */
export function columnForHeader(header: string): TransactionColumn | undefined {
  return BY_NORMALIZED.get(normalizeHeader(header));
}
