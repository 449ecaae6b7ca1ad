import { z } from 'zod';
import { isIsoDate, utcCalendarDay } from './isoDate';
import type { MetricId } from './metricCatalogue';
import { designationTypes } from './policy/schema';

/** The largest amount the assistant accepts: USD 1 trillion. Anything above is a typo, not a partner. */
export const MAX_AMOUNT_USD = 1e12;
const MAX_COUNT = 1e9;
/** The longest customer or offer id accepted. */
export const MAX_ID_LENGTH = 200;
/** The most transaction rows one evaluation takes (about 25 MB of CSV). */
export const MAX_TRANSACTIONS = 2_000_000;

const isoDate = z.string().refine(isIsoDate, 'must be a real date written YYYY-MM-DD');
/** A date, or an ISO date-time whose UTC calendar day is used (exports often carry times). */
const transactionDate = z.string().transform((value, ctx) => {
  const day = utcCalendarDay(value);
  if (day === undefined) {
    ctx.addIssue({ code: 'custom', message: 'must be a date written YYYY-MM-DD (or an ISO date-time)' });
    return z.NEVER;
  }
  return day;
});
const amountUsd = z
  .number('must be a number of US dollars')
  .finite('must be a finite number')
  .nonnegative('cannot be negative')
  .max(MAX_AMOUNT_USD, 'is larger than USD 1 trillion; check the amount');
const count = z
  .number('must be a whole number')
  .int('must be a whole number')
  .nonnegative('cannot be negative')
  .max(MAX_COUNT, 'is implausibly large');

/** Absent or null both mean "not known": a missing metric is unknown, never zero. */
const unknownable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined);

export const transactionSchema = z.strictObject({
  date: transactionDate,
  customerId: z.string().trim().min(1, 'must name the customer').max(MAX_ID_LENGTH),
  // Negative rows (refunds) are rejected like any negative number: the page counts sales, and a silent netting
  // rule would be a guess. Support staff remove refunded rows before evaluating.
  amountUsd: amountUsd,
  netNew: z.boolean().optional().default(false),
  offerId: z.string().trim().max(MAX_ID_LENGTH).optional(),
  privateOffer: z.boolean().optional().default(false),
  currency: z.literal('USD', 'only USD amounts are accepted').optional(),
});
export type Transaction = z.infer<typeof transactionSchema>;

export const designationSchema = z.strictObject({
  type: z.enum(designationTypes),
  attainedOn: isoDate,
});
export type Designation = z.infer<typeof designationSchema>;

const inputObject = z.strictObject({
  asOf: isoDate.optional(),
  azureIpCoSellEligible: unknownable(z.boolean()),
  hasTransactableOffer: unknownable(z.boolean()),
  marketplaceBilledSalesUsd: unknownable(amountUsd),
  netNewCustomersOver10k: unknownable(count),
  transactionsOver100: unknownable(count),
  uniqueCustomersOver100: unknownable(count),
  marketplaceTransactions: unknownable(count),
  consumptionCommitmentUsd: unknownable(amountUsd),
  transactions: z.array(transactionSchema).max(MAX_TRANSACTIONS, `has more than ${MAX_TRANSACTIONS.toLocaleString('en-US')} rows`).optional(),
  designations: z.array(designationSchema).max(20).optional(),
  currency: z.literal('USD', 'only USD amounts are accepted; convert to US dollars first').optional(),
});

/** Marketplace metrics that transactions, when given, derive; giving both would leave two answers to one question. */
export const marketplaceMetricNames = [
  'marketplaceBilledSalesUsd',
  'netNewCustomersOver10k',
  'transactionsOver100',
  'uniqueCustomersOver100',
  'marketplaceTransactions',
] as const satisfies readonly MetricId[];

/**
 * What a partner, the chat bot or a support tool may tell the evaluator. Every field is optional; cross-field
 * rules reject answers that cannot all be true.
 */
export const eligibilityInputSchema = inputObject.superRefine((input, ctx) => {
  if (input.azureIpCoSellEligible === true && input.hasTransactableOffer === false) {
    ctx.addIssue({
      code: 'custom',
      path: ['hasTransactableOffer'],
      message: 'cannot be false when azureIpCoSellEligible is true: co-sell eligibility includes a transactable offer',
    });
  }
  if (input.uniqueCustomersOver100 !== undefined && input.transactionsOver100 !== undefined && input.uniqueCustomersOver100 > input.transactionsOver100) {
    ctx.addIssue({
      code: 'custom',
      path: ['uniqueCustomersOver100'],
      message: `cannot exceed transactionsOver100 (${input.transactionsOver100}): each customer needs at least one transaction`,
    });
  }
  if (input.marketplaceTransactions !== undefined && input.transactionsOver100 !== undefined && input.marketplaceTransactions < input.transactionsOver100) {
    ctx.addIssue({
      code: 'custom',
      path: ['marketplaceTransactions'],
      message: `cannot be less than transactionsOver100 (${input.transactionsOver100}): it counts every marketplace transaction`,
    });
  }
  if (input.transactions !== undefined) {
    for (const name of marketplaceMetricNames) {
      if (input[name] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: 'give either transactions or this total, not both: it is derived from the transactions',
        });
      }
    }
  }
});

export type EligibilityInput = z.infer<typeof eligibilityInputSchema>;
/** What a caller sends before validation (the JSON shape). */
export type EligibilityRequest = z.input<typeof eligibilityInputSchema>;

export interface InputIssue {
  /** Dotted path of the field, e.g. `transactions.3.amountUsd`. */
  path: string;
  message: string;
}

const FOREIGN_CURRENCY = /(eur|gbp|cad|aud|jpy|inr|chf|cny|currency)/i;

/** Turns zod's issues into one `{ path, message }` per field, naming unknown fields one by one. */
export function describeIssues(error: z.ZodError): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const issue of error.issues) {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const hint = FOREIGN_CURRENCY.test(key) ? 'only USD amounts are accepted; use the field ending in Usd' : 'is not a field the evaluator knows';
        issues.push({ path: [...base, key].join('.'), message: `${key} ${hint}` });
      }
    } else {
      const path = base.join('.');
      issues.push({ path, message: path ? `${path} ${issue.message}` : issue.message });
    }
  }
  return issues;
}

export type ParsedInput = { ok: true; input: EligibilityInput } | { ok: false; issues: InputIssue[] };

/**
 * Validates untrusted input (an HTTP body, a CLI file, a dialog's answers).
 *
 * @example
 * parseEligibilityInput({ marketplaceBilledSalesUsd: -1 }) // { ok: false, issues: [{ path: 'marketplaceBilledSalesUsd', ... }] }
 */
export function parseEligibilityInput(raw: unknown): ParsedInput {
  const parsed = eligibilityInputSchema.safeParse(raw);
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, issues: describeIssues(parsed.error) };
}

/**
 * Validates every field but the transactions, which the caller got from `transactionSchema` row by row (the CSV
 * reader does): a million rows are checked once, not twice. The cross-field rules still see that transactions
 * were given.
 *
 * @example
 * parseEligibilityInputWithTransactions({ asOf: '2026-11-26' }, readTransactionsCsv(text).transactions)
 */
export function parseEligibilityInputWithTransactions(raw: Record<string, unknown>, transactions: Transaction[]): ParsedInput {
  if (transactions.length > MAX_TRANSACTIONS) {
    return { ok: false, issues: [{ path: 'transactions', message: `transactions has more than ${MAX_TRANSACTIONS.toLocaleString('en-US')} rows` }] };
  }
  const parsed = parseEligibilityInput({ ...raw, transactions: [] });
  return parsed.ok ? { ok: true, input: { ...parsed.input, transactions } } : parsed;
}
