import { currentLexicon } from './lexicon';
import { alternation, cachedPattern, LATIN_LETTER } from './lexicon/patterns';
import { checkedCount, readCountAnswer } from './countMentions';
import { limits } from './limits';
import { saysNoneInLanguage } from './noneAnswers';
import { foldForMatching, normalizeAnswer } from './normalizeAnswer';
import type { NumberMention } from './numberMentions';
import { parsedInvalid, parsedUnknown, parsedValue, type ParsedAnswer } from './parsedAnswer';
import { isGuess, isUnknownAnswer } from './unknownAnswer';

export interface TransactionsFromCustomers {
  transactions: number;
  /** Null when the answer gives only the number of transactions. */
  customers: number | null;
}

type Role = 'transactions' | 'customers';

const MODIFIERS = '(?:(?:marketplace|unique|distinct|different|separate|total|individual)\\s+)*';
const TRANSACTION_NOUN = '(?:transactions?|txns?|txs|deals|sales|purchases|orders)';
const CUSTOMER_NOUN = '(?:customers?|clients?|buyers?|accounts|logos|cust)';
const TRANSACTIONS_AFTER = new RegExp(`^\\s*${MODIFIERS}${TRANSACTION_NOUN}\\b`);
const CUSTOMERS_AFTER = new RegExp(`^\\s*${MODIFIERS}${CUSTOMER_NOUN}\\b`);
const TRANSACTIONS_BEFORE = new RegExp(`\\b${TRANSACTION_NOUN}\\s*[:=]?\\s*$`);
// "from 7", "across 7", "with 7": the figure after such a word is the customers behind the transactions.
const CUSTOMERS_BEFORE = new RegExp(`(?:\\b${CUSTOMER_NOUN}\\s*[:=]?|\\b(?:from|across|with|by|among|between|for))\\s*$`);
const NO_TRANSACTIONS = /^(?:none|zero|nil|no|nope|nothing|no\s+transactions?(?:\s+yet)?|none\s+(?:yet|so\s+far))$/;

function roleOf(folded: string, mention: NumberMention): Role | null {
  const after = folded.slice(mention.end, mention.end + 40);
  if (TRANSACTIONS_AFTER.test(after)) return 'transactions';
  if (CUSTOMERS_AFTER.test(after)) return 'customers';
  const before = folded.slice(Math.max(0, mention.start - 30), mention.start);
  if (TRANSACTIONS_BEFORE.test(before)) return 'transactions';
  if (CUSTOMERS_BEFORE.test(before)) return 'customers';
  return localRoleOf(after, before);
}

/**
 * The same roles in the current language's words: "28 transacciones de 7 clientes", "7社から28件の取引",
 * "来自7个客户的28笔交易". Null in English, and when the words say nothing.
 */
function localRoleOf(after: string, before: string): Role | null {
  const lexicon = currentLexicon();
  const { transactions, customers } = lexicon.metrics;
  if (transactions.length === 0) return null;
  const end = lexicon.spaced ? `(?![${LATIN_LETTER}])` : '';
  const start = lexicon.spaced ? `(?<![${LATIN_LETTER}])` : '';
  const transactionsAfter = cachedPattern(lexicon, 'transactionsAfter', () => `^\\s*(?:${alternation(transactions)})${end}`);
  const customersAfter = cachedPattern(lexicon, 'customersAfter', () => `^\\s*(?:${alternation(customers)})${end}`);
  const transactionsBefore = cachedPattern(lexicon, 'transactionsBefore', () => `${start}(?:${alternation(transactions)})\\s*[:=]?\\s*$`);
  const customersBefore = cachedPattern(lexicon, 'customersBefore', () => `${start}(?:${alternation([...customers, ...lexicon.pairJoiners])})\\s*[:=]?\\s*$`);
  if (transactionsAfter.test(after)) return 'transactions';
  if (customersAfter.test(after)) return 'customers';
  if (transactionsBefore.test(before)) return 'transactions';
  if (customersBefore.test(before)) return 'customers';
  return null;
}

/** Gives each of two figures its role: labelled ones first, then the other role, then first = transactions. */
function assignRoles(roles: Array<Role | null>): [Role, Role] | undefined {
  const [first, second] = roles;
  if (first && second) return first === second ? undefined : [first, second];
  if (first) return [first, first === 'transactions' ? 'customers' : 'transactions'];
  if (second) return [second === 'transactions' ? 'customers' : 'transactions', second];
  return ['transactions', 'customers'];
}

/**
 * Reads "how many transactions of at least USD 100, from how many unique customers?":
 * "28 transactions from 7 customers", "28 from 7", "28 txns / 7 customers", "28, 7 unique customers",
 * or just "28" (customers null). More customers than transactions cannot happen (each transaction has one
 * customer), so such an answer is kept but marked ambiguous for a read-back.
 *
 * @example
 * parseTransactionsFromCustomers('28 from 7'); // { kind: 'value', value: { transactions: 28, customers: 7 }, ambiguous: false }
 */
export function parseTransactionsFromCustomers(text: string): ParsedAnswer<TransactionsFromCustomers> {
  if (text.length > limits.maxAnswerLength) return parsedInvalid('unparseable');
  const answer = normalizeAnswer(text);
  if (answer === '') return parsedInvalid('empty');
  if (isUnknownAnswer(answer)) return parsedUnknown();
  if (NO_TRANSACTIONS.test(answer) || saysNoneInLanguage(answer)) return parsedValue({ transactions: 0, customers: 0 });

  // "3,6 millones" at "how many transactions?" is the sales figure typed in the wrong place.
  const { counts: mentions, givesAmount } = readCountAnswer(answer);
  if (givesAmount) return parsedInvalid('amount-for-count');
  const folded = foldForMatching(answer);
  if (mentions.length === 0) return parsedInvalid('unparseable');
  if (mentions.some((mention) => mention.problem === 'locale-format')) return parsedInvalid('locale-format');
  if (mentions.length > 2) return parsedInvalid('multiple-numbers');

  const counts: number[] = [];
  for (const mention of mentions) {
    const checked = checkedCount(mention);
    if ('reason' in checked) return parsedInvalid(checked.reason);
    counts.push(checked.value);
  }
  const roles = mentions.map((mention) => roleOf(folded, mention));
  const guess = isGuess(answer);
  if (mentions.length === 1) {
    // "7 customers" alone does not say how many transactions there were.
    if (roles[0] === 'customers') return parsedInvalid('unparseable');
    return parsedValue({ transactions: counts[0] ?? 0, customers: null }, guess);
  }
  const assigned = assignRoles(roles);
  if (!assigned) return parsedInvalid('multiple-numbers');
  const transactions = assigned[0] === 'transactions' ? (counts[0] ?? 0) : (counts[1] ?? 0);
  const customers = assigned[0] === 'transactions' ? (counts[1] ?? 0) : (counts[0] ?? 0);
  return parsedValue({ transactions, customers }, guess || customers > transactions);
}
