import { currentLexicon } from './lexicon';
import { alternation, cachedPattern, LATIN_LETTER } from './lexicon/patterns';
import type { FieldName } from './fields';
import { readEstimate } from './estimates';
import { readFieldStatements } from './fieldStatements';
import { foldForMatching } from './normalizeAnswer';
import { isQuestionForm } from './questionForm';
import { soundsUnsure } from './unknownAnswer';

/** Who signed a stated commitment: only a commitment the partner itself signed counts for the USD 30M/200M routes. */
export type CommitmentSigner = 'partner' | 'customer' | 'unclear';

export interface FigureAttribution {
  /** Each labelled figure under the metric its label names, whatever question is open. */
  values: Partial<Record<FieldName, number | boolean>>;
  /** The message hedged its figures ("about", "~", "30ish"). */
  approximate: boolean;
  /** Set when the message states a commitment: who signed it. */
  commitmentSigner?: CommitmentSigner;
}

export interface AttributionOptions {
  /**
   * What a plain "N transactions" means. In the guided check and in what-ifs it is the check's own question, the
   * transactions of at least USD 100 (`over100`); in a pasted description with no question open it keeps the
   * one-shot reading, every marketplace transaction (`all`).
   */
  plainTransactions: 'over100' | 'all';
}

const CUSTOMER_OWNED =
  /\b(?:customer'?s?|client'?s?|their|buyer'?s?)\b[^.;\n]{0,40}\b(?:maccs?|commit(?:ment)?s?)\b|\b(?:maccs?|commit(?:ment)?s?)\b[^.;\n]{0,25}\b(?:of|from|held\s+by|with)\s+(?:the|a|our|their|that)\s+customers?\b/;
const PARTNER_SIGNED =
  /\b(?:we|i|partner|our\s+(?:company|org(?:anisation|anization)?|firm)|ourselves|itself|themselves)\b[^.;\n]{0,30}\bsign(?:ed|s)?\b|\bsigned\s+by\s+(?:us|the\s+partner)\b|\b(?:our|partner'?s?)\s+(?:own\s+)?(?:signed\s+)?(?:cloud\s+|azure\s+|consumption\s+)*(?:commit(?:ment)?|macc)\b/;
const MACC_WORD = /\bmaccs?\b/;
// "2 more customers" in a what-if is unique customers; "net-new" is read by the field statements.
const MORE_CUSTOMERS = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:more|additional|extra|fewer|less)\s+(?:unique\s+)?(?:customers?|clients?|buyers?)\b/;
/**
 * "2 clientes a mais", "2 Kunden mehr", "再多2个客户", "顧客が2社多かったら": more or fewer customers in the current
 * language, a figure in digits beside the customers word and a more/fewer word. Undefined in English.
 */
function moreCustomersInLanguage(folded: string): number | undefined {
  const lexicon = currentLexicon();
  const { customers } = lexicon.metrics;
  if (customers.length === 0) return undefined;
  const change = `(?:${alternation([...lexicon.more, ...lexicon.fewer])})`;
  const end = lexicon.spaced ? `(?![${LATIN_LETTER}])` : '';
  const pattern = cachedPattern(lexicon, 'moreCustomers', () => `(${change}\\s*)?(\\d+)\\s*(${change}\\s*)?(?:${alternation(customers)})${end}(\\s*${change})?`);
  const match = pattern.exec(folded);
  return match && (match[1] ?? match[3] ?? match[4]) !== undefined ? Number(match[2]) : undefined;
}

const WORD_VALUES: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * A pasted block (spreadsheet rows, a ticket's lines) is read line by line, so a figure at the end of one line is
 * never taken for the label that starts the next ("…>$10k<tab>7", "Transactions…"). The first value of a field wins.
 */
function statementsByLine(text: string) {
  const lines = labelledRows(text.split(/\r?\n/).filter((line) => line.trim() !== ''));
  if (lines.length < 2) return readFieldStatements(text).statements;
  const seen = new Set<string>();
  return lines
    .flatMap((line) => readFieldStatements(line).statements)
    .filter((statement) => !seen.has(statement.field) && seen.add(statement.field));
}

const COMMITMENT_WORD = /\b(?:maccs?|commit(?:ment)?s?)\b/;

/**
 * Who signed, judged in the clause that states the commitment: "4 transactions from 4 customers, we signed a 30M
 * MACC ourselves" is the partner's own, whatever customers the clause before mentions.
 */
// A spreadsheet copied with its header row: cells split by tabs (or " | " in a pasted table).
const CELL_SEPARATOR = /\t|\s*\|\s*/;
// A cell that is a figure alone ("4,150,000", "$3.8M"): a header row has none.
const FIGURE_CELL = /^["'\s]*(?:usd\s*|\$)?[\d,.]+\s*(?:k|m|mm|b|bn)?["'\s]*$/i;

/**
 * "Partner<tab>MBS<tab>Net-new >10k…" over "Contoso<tab>4,150,000<tab>3…": a header row and one data row become
 * one "label: value" line per column, the shape the label rules read. Anything else is returned as it is.
 */
const TRANSACTIONS_HEADER = /\b(?:transactions?|txns?|tx|deals|orders)\b/i;
const BARE_CUSTOMERS_HEADER = /^(?:#\s*|no\.?\s+(?:of\s+)?|number\s+of\s+|count\s+of\s+)?(?:customers?|clients?|buyers?)(?:\s*(?:#|count|\(#\)))?$/i;

function labelledRows(lines: string[]): string[] {
  if (lines.length !== 2) return lines;
  const cells = lines.map((line) => line.replace(/^\s*\||\|\s*$/g, '').split(CELL_SEPARATOR).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1')));
  const [header, row] = cells as [string[], string[]];
  if (header.length < 2 || header.length !== row.length || header.some((cell) => FIGURE_CELL.test(cell)) || !row.some((cell) => /\d/.test(cell))) return lines;
  // A bare "Customers" column next to "Transactions" counts the unique customers behind those transactions.
  const hasTransactions = header.some((cell) => TRANSACTIONS_HEADER.test(cell));
  return header.map((label, column) => `${hasTransactions && BARE_CUSTOMERS_HEADER.test(label) ? 'Unique customers' : label}: ${row[column]}`);
}

function signerOf(folded: string): CommitmentSigner {
  const clauses = folded.split(/[,;\n]|\.(?!\d)/).filter((clause) => COMMITMENT_WORD.test(clause));
  for (const clause of clauses.length > 0 ? clauses : [folded]) {
    const signer = clauseSigner(clause);
    if (signer !== 'unclear') return signer;
  }
  // A MACC is, by the program page's use of the word, a customer's commitment to Microsoft: confirm before counting.
  return MACC_WORD.test(folded) ? 'unclear' : 'partner';
}

function clauseSigner(clause: string): CommitmentSigner {
  if (CUSTOMER_OWNED.test(clause)) return 'customer';
  if (PARTNER_SIGNED.test(clause)) return 'partner';
  return 'unclear';
}

/**
 * Reads every labelled figure in a message and files it under the metric it names ("14 transactions" at the
 * net-new question is 14 transactions, not 14 customers). Figures with no label are left to the open question.
 *
 * @example
 * attributeFigures('actually billed sales was 4.2M', { plainTransactions: 'over100' }).values;
 * // { marketplaceBilledSalesUsd: 4200000 }
 */
export function attributeFigures(text: string, options: AttributionOptions): FigureAttribution {
  const estimate = readEstimate(text);
  const values: FigureAttribution['values'] = {};
  // "Are we eligible for co-sell?" and "not sure if we're co-sell eligible" do not state the yes/no fact (the
  // "not" is no "no"). Figures in a question still name their metrics ("what if we had 5 more transactions?").
  const asking = isQuestionForm(text) || soundsUnsure(text);
  for (const statement of statementsByLine(estimate.text)) {
    if (asking && typeof statement.value === 'boolean') continue;
    const field: FieldName =
      statement.field === 'marketplaceTransactions' && options.plainTransactions === 'over100' && values.transactionsOver100 === undefined
        ? 'transactionsOver100'
        : statement.field;
    values[field] = statement.value;
  }
  const folded = foldForMatching(estimate.text);
  const more = MORE_CUSTOMERS.exec(folded);
  if (values.uniqueCustomersOver100 === undefined && values.netNewCustomersOver10k === undefined) {
    if (more) values.uniqueCustomersOver100 = WORD_VALUES[more[1]!] ?? Number(more[1]);
    else {
      const local = moreCustomersInLanguage(folded);
      if (local !== undefined) values.uniqueCustomersOver100 = local;
    }
  }
  const attribution: FigureAttribution = { values, approximate: estimate.approximate && Object.keys(values).length > 0 };
  if (values.consumptionCommitmentUsd !== undefined && values.consumptionCommitmentUsd !== 0) attribution.commitmentSigner = signerOf(folded);
  return attribution;
}

const CUSTOMER_SIGNED_ANSWER = /\b(?:customer'?s?|client'?s?|buyer'?s?|theirs?|they\s+(?:did|signed)|not\s+(?:us|ours|we)|we\s+did\s*n[o']?t|we\s+didn'?t)\b/;
const PARTNER_SIGNED_ANSWER = /\b(?:we\s+did|we\s+signed|ours|our\s+own|ourselves|signed\s+by\s+us|us)\b/;

/**
 * The answer to "did your organisation itself sign that commitment?" in words: "it's the customer's" is no, "we
 * did" / "ours" is yes; undefined when neither is said.
 *
 * @example
 * readSignerAnswer("it's the customer's"); // 'no'
 */
export function readSignerAnswer(text: string): 'yes' | 'no' | undefined {
  const folded = foldForMatching(text);
  if (CUSTOMER_SIGNED_ANSWER.test(folded)) return 'no';
  if (PARTNER_SIGNED_ANSWER.test(folded)) return 'yes';
  return undefined;
}
