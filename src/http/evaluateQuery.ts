import { readCellAs, type CellKind } from '../csv/cellValues';
import type { InputIssue } from '../eligibility/schema';

/**
 * The evaluator's scalar fields, which ride in the query string when the body is a CSV of transactions. The
 * marketplace totals are listed so that giving one next to a CSV gets the schema's own "not both" answer.
 */
const PARAMETERS: Record<string, CellKind> = {
  asOf: 'text',
  currency: 'text',
  azureIpCoSellEligible: 'boolean',
  hasTransactableOffer: 'boolean',
  consumptionCommitmentUsd: 'amount',
  marketplaceBilledSalesUsd: 'amount',
  netNewCustomersOver10k: 'count',
  transactionsOver100: 'count',
  uniqueCustomersOver100: 'count',
  marketplaceTransactions: 'count',
  designations: 'designations',
};

const KIND_WORDS: Record<CellKind, string> = {
  text: 'cannot be read',
  boolean: 'must be yes or no',
  amount: 'must be a number',
  count: 'must be a number',
  designations: 'cannot be read',
};

export type QueryFields = { ok: true; fields: Record<string, unknown> } | { ok: false; issues: InputIssue[] };

/**
 * Turns `?asOf=2026-11-26&azureIpCoSellEligible=yes&consumptionCommitmentUsd=0` into evaluator fields, converting
 * each value to the type the schema expects. An empty value means "not known", like null in JSON; a value that is
 * not the right kind, a repeated name or an unknown name is an issue naming the parameter.
 *
 * @example
 * readQueryFields(new URLSearchParams('azureIpCoSellEligible=yes')) // { ok: true, fields: { azureIpCoSellEligible: true } }
 */
export function readQueryFields(query: URLSearchParams): QueryFields {
  const fields: Record<string, unknown> = {};
  const issues: InputIssue[] = [];
  for (const name of new Set(query.keys())) {
    const values = query.getAll(name);
    const kind = Object.hasOwn(PARAMETERS, name) ? PARAMETERS[name] : undefined;
    if (!kind) {
      issues.push({ path: name, message: `${name} is not a query parameter the evaluator knows (known: ${Object.keys(PARAMETERS).join(', ')})` });
      continue;
    }
    if (values.length > 1) {
      issues.push({ path: name, message: `${name} is given ${values.length} times; give it once` });
      continue;
    }
    const text = values[0]!.trim();
    if (text === '') continue;
    const value = readCellAs(kind, text);
    if (value.ok) fields[name] = value.value;
    else issues.push({ path: name, message: `${name} ${KIND_WORDS[kind]}: ${value.reason}` });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, fields };
}
