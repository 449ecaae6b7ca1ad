import { fieldKinds, type FieldName } from './fields';
import { limits } from './limits';
import { amountProblem, countProblem } from './mentionChecks';
import { foldForMatching } from './normalizeAnswer';
import { scanNumberMentions, type NumberMention } from './numberMentions';
import type { InvalidReason } from './parsedAnswer';
import { RecognizerBudget } from './recognizers';
import { currentLexicon, type Lexicon } from './lexicon';
import { alternation, LATIN_LETTER } from './lexicon/patterns';
import { isStatementQualifier, qualifierEnd, qualifierStart } from './qualifiers';

/** One field someone stated in free text. `start`/`end` (exclusive) index their words. */
export interface FieldStatement {
  field: FieldName;
  value: number | boolean;
  start: number;
  end: number;
  /** The clause the statement sits in, for words such as "add" or "more" that change its meaning. */
  clauseStart: number;
  clauseEnd: number;
}

/** Why part of the text was not used: an `InvalidReason`, `unassigned` (no field named) or `too-long`. */
export type RejectionReason = InvalidReason | 'unassigned' | 'too-long';

export interface StatementRejection {
  start: number;
  end: number;
  reason: RejectionReason;
}

export interface StatementReading {
  statements: FieldStatement[];
  rejections: StatementRejection[];
}

// Placeholders written over figures in a "skeleton" of the text, one character per original character, so a
// pattern can say "a number, then 'net-new customers'" and its match still indexes the person's own words.
const NUMBER_MARK = '\uE000';
const QUALIFIER_MARK = '\uE001';
const FILL = '\uE002';
const USED = '\uE003';
const PLACEHOLDERS = /[\uE000-\uE003]/g;

const NUM = `(${NUMBER_MARK}${FILL}*)`;
const QUAL = `(?:\\s*${QUALIFIER_MARK}${FILL}*(?:\\s*each)?)`;
const EN_CONNECTOR_WORDS =
  '[:=~\\-–]|is|was|were|are|of|at|to|around|about|approximately|approx\\.?|roughly|totals?|totaling|totalling|' +
  'reached|hit|by|be|would\\s+be|should\\s+be|(?:more|closer)\\s+like|closer\\s+to|really|actually|' +
  'becomes?|equals?|amounts?\\s+to|came\\s+to|stands?\\s+at|' +
  // The period said between the label and its figure: "billed sales over the period were 3.1M".
  `(?:over|in|for|during)\\s+(?:the\\s+)?(?:period|ttm|window|(?:last|past)\\s+(?:year|${NUMBER_MARK}${FILL}*\\s+months))|` +
  // "from 3M to 4M": the new figure is the one that counts (what-if questions).
  `from\\s*${NUMBER_MARK}${FILL}*\\s*to`;
const EN_TRANSACTIONS = '(?:marketplace\\s+)?(?:transactions?|txns?|txs?)\\b';
// "customers" as people type it in a hurry: "custmers", "costumers", "cusomers", "customrs", "custs".
const CUSTOMER_WORD = '(?:cu?st?o?m[eo]?rs?|costumers?|customres?|custs?|clients?|buyers?)';
const EN_CUSTOMERS = `(?:(?:unique|distinct|different|separate|individual)\\s+)?${CUSTOMER_WORD}\\b`;
const UNIQUE_CUSTOMERS = `(?:unique|distinct)\\s+(?:marketplace\\s+)?${CUSTOMER_WORD}\\b`;
const EN_NET_NEW =
  `(?:net[\\s\\-–]*new(?:\\s+(?:marketplace\\s+)?(?:${CUSTOMER_WORD}|customer\\s+adds|adds|logos))?|` +
  `new\\s+(?:marketplace\\s+)?(?:${CUSTOMER_WORD}|customer\\s+adds|logos))\\b`;
const EN_COMMITMENT =
  '(?:(?:(?:cloud|azure|consumption|signed)\\s+)*(?:consumption\\s+)?(?:commitments?|commit)|maccs?)\\b';
const EN_BILLED_SALES = '(?:(?:marketplace\\s+)?billed\\s+sales(?:\\s*\\(mbs\\))?|mbs|marketplace\\s+billings?)\\b';
// Looser words for the same figure; only trusted when the figure looks like money ("$3M in sales", not "25 sales").
const EN_LOOSE_SALES = '(?:marketplace\\s+)?(?:sales|revenue|billings?)\\b';
// A spreadsheet row: the label, maybe "(TTM)" or a threshold, then ":" / "=" / a tab, then the figure.
const EXPLICIT = `(?:[ ]*\\([^)\\n]{0,20}\\))?${QUAL}?[ ]*(?:[:=]|\\t)[ \\t]*`;
const EN_PAIR_JOINER_WORDS = 'from|with|across|by|among|between|to|for|and|,|/|over';

interface NumericRule {
  pattern: RegExp;
  /** The field each captured figure fills, in capture order. */
  fields: FieldName[];
  moneyOnly?: boolean;
}

const numeric = (source: string, fields: FieldName[], moneyOnly = false): NumericRule => ({
  pattern: new RegExp(source, 'dg'),
  fields,
  moneyOnly,
});

// Order matters: the most specific shapes claim their figures first. Figure-before-words shapes run before
// words-before-figure shapes, so "MBS 3M 10 net-new customers" gives 10 to net-new, not to MBS.
function buildNumericRules(v: Vocabulary, lexicon: Lexicon): NumericRule[] {
  return [
  numeric(`${NUM}${v.delta}\\s*${v.transactions}${QUAL}?${v.pairJoiner}${NUM}${v.delta}\\s*${v.customers}${QUAL}?`, ['transactionsOver100', 'uniqueCustomersOver100']),
  // Japanese and Chinese put the customers first: "7社から28件の取引", "来自7个客户的28笔交易".
  ...(lexicon.locale === 'en' ? [] : [numeric(`${NUM}\\s*${v.customers}${v.pairJoiner}${NUM}${v.delta}\\s*${v.transactions}`, ['uniqueCustomersOver100', 'transactionsOver100'])]),
  // A label tied to its figure by "=", ":" or a spreadsheet's tab ("MBS=4M net-new=3", "MBS<tab>3,900,000") is
  // unambiguous, so it claims the figure before a figure-before-words shape can take it for the next label.
  numeric(`${v.billedSalesB}${EXPLICIT}${NUM}`, ['marketplaceBilledSalesUsd']),
  numeric(`${v.netNewB}${EXPLICIT}${NUM}`, ['netNewCustomersOver10k']),
  numeric(`${v.commitmentB}${EXPLICIT}${NUM}`, ['consumptionCommitmentUsd']),
  numeric(`${NUM}${v.delta}\\s*${v.netNew}${QUAL}?`, ['netNewCustomersOver10k']),
  // "10 个超过 1万美元的净新客户": the count, its measure word, the threshold, then the noun.
  ...(lexicon.counters.length === 0 ? [] : [numeric(`${NUM}\\s*(?:${alternation(lexicon.counters)})?${QUAL}\\s*(?:的|の)?\\s*${v.netNew}`, ['netNewCustomersOver10k'])]),
  numeric(`${NUM}${v.delta}\\s*${v.transactions}${QUAL}`, ['transactionsOver100']),
  numeric(`${NUM}${v.delta}${QUAL}\\s*${v.transactions}`, ['transactionsOver100']),
  numeric(`${NUM}${v.delta}\\s*${v.uniqueCustomers}${QUAL}?`, ['uniqueCustomersOver100']),
  numeric(`${NUM}${v.delta}\\s*${v.transactions}`, ['marketplaceTransactions']),
  numeric(`${NUM}${v.delta}\\s*(?:(?:in|of|worth\\s+of${v.figureOf})\\s*)?(?:an?\\s+)?${v.commitment}`, ['consumptionCommitmentUsd']),
  numeric(`${NUM}${v.delta}\\s*(?:(?:in|of|worth\\s+of${v.figureOf})\\s*)?(?:ttm\\s+)?${v.billedSales}`, ['marketplaceBilledSalesUsd']),
  numeric(`${NUM}${v.delta}\\s*(?:(?:in|of|worth\\s+of${v.figureOf})\\s*)?(?:ttm\\s+)?${v.looseSales}`, ['marketplaceBilledSalesUsd'], true),
  numeric(`${v.transactionsB}${QUAL}?${v.connector}${NUM}${v.pairJoiner}${NUM}(?:\\s*${v.customers})?`, ['transactionsOver100', 'uniqueCustomersOver100']),
  numeric(`${v.netNewB}${QUAL}?${v.connector}${NUM}`, ['netNewCustomersOver10k']),
  numeric(`${v.transactionsB}${QUAL}${v.connector}${NUM}`, ['transactionsOver100']),
  numeric(`${v.uniqueCustomersB}${QUAL}?${v.connector}${NUM}`, ['uniqueCustomersOver100']),
  numeric(`${v.transactionsB}${v.connector}${NUM}`, ['marketplaceTransactions']),
  numeric(`${v.commitmentB}${v.connector}${NUM}`, ['consumptionCommitmentUsd']),
  numeric(`${v.billedSalesB}${v.connector}${NUM}`, ['marketplaceBilledSalesUsd']),
  numeric(`${v.looseSalesB}${v.connector}${NUM}`, ['marketplaceBilledSalesUsd'], true),
  ];
}

// "no commitment", "without a MACC", "doesn't have any net-new customers", "MBS: none".
const EN_ZERO_LEAD =
  "\\b(?:no|zero|nil|without(?:\\s+(?:a|an|any))?|(?:doesn'?t|does\\s+not|don'?t|do\\s+not|hasn'?t|has\\s+not|haven'?t|have\\s+not|never|not)\\s+(?:(?:have|has|had|signed)\\s+)?(?:a|an|any))\\s+";
function buildZeroRules(v: Vocabulary): Array<{ pattern: RegExp; field: FieldName }> {
  return [
  { pattern: new RegExp(`${v.zeroLead}${v.commitment}|${v.commitmentB}${v.zeroTail}`, 'g'), field: 'consumptionCommitmentUsd' },
  { pattern: new RegExp(`${v.zeroLead}${v.billedSales}|${v.billedSalesB}${v.zeroTail}`, 'g'), field: 'marketplaceBilledSalesUsd' },
  { pattern: new RegExp(`${v.zeroLead}${v.netNew}|${v.netNewB}${v.zeroTail}`, 'g'), field: 'netNewCustomersOver10k' },
  { pattern: new RegExp(`${v.zeroLead}${v.transactions}|${v.transactionsB}${v.zeroTail}`, 'g'), field: 'marketplaceTransactions' },
  ];
}

interface Vocabulary {
  delta: string;
  /** `|` and the language's words between a figure and its metric ("de" in "3,2 millones USD de MBS"); empty in English. */
  figureOf: string;
  connector: string;
  pairJoiner: string;
  zeroLead: string;
  zeroTail: string;
  transactions: string;
  transactionsB: string;
  customers: string;
  uniqueCustomers: string;
  uniqueCustomersB: string;
  netNew: string;
  netNewB: string;
  commitment: string;
  commitmentB: string;
  billedSales: string;
  billedSalesB: string;
  looseSales: string;
  looseSalesB: string;
}

/** `|` and the language's words as whole words, to add to an English alternation; empty in English. */
function localAlternative(lexicon: Lexicon, words: readonly string[]): string {
  if (words.length === 0) return '';
  const body = `(?:${alternation(words)})`;
  return lexicon.spaced ? `|(?<![${LATIN_LETTER}])${body}(?![${LATIN_LETTER}])` : `|${body}`;
}

/**
 * The pattern pieces the rules are made of, in the current language plus English ("28 transacciones de 7
 * clientes", "MBS 3,6 Mio. USD"). In English every piece is exactly its English pattern. `…B` variants start at a
 * word boundary, as the English rules that follow a label's first letter need.
 */
function vocabulary(lexicon: Lexicon): Vocabulary {
  const { metrics } = lexicon;
  const term = (english: string, words: readonly string[]) => [`(?:${english}${localAlternative(lexicon, words)})`, `(?:\\b${english}${localAlternative(lexicon, words)})`] as const;
  const plain = (words: readonly string[]) => (words.length === 0 ? '' : `|${alternation(words)}`);
  const connector = `(?:\\s*(?:${EN_CONNECTOR_WORDS}${plain([...lexicon.connectors, ...lexicon.approximately])})){0,4}\\s*`;
  const [transactions, transactionsB] = term(EN_TRANSACTIONS, metrics.transactions);
  const [customers] = term(EN_CUSTOMERS, metrics.customers);
  const [uniqueCustomers, uniqueCustomersB] = term(UNIQUE_CUSTOMERS, metrics.uniqueCustomers);
  const [netNew, netNewB] = term(EN_NET_NEW, metrics.netNew);
  const [commitment, commitmentB] = term(EN_COMMITMENT, metrics.commitment);
  const [billedSales, billedSalesB] = term(EN_BILLED_SALES, metrics.billedSales);
  const [looseSales, looseSalesB] = term(EN_LOOSE_SALES, metrics.looseSales);
  const localZeroLead = lexicon.zeroBefore.length === 0 ? '' : `|${lexicon.spaced ? `(?<![${LATIN_LETTER}])` : ''}(?:${alternation(lexicon.zeroBefore)})\\s*`;
  const localZeroTail = lexicon.zeroAfter.length === 0 ? '' : `|${connector}(?:${alternation(lexicon.zeroAfter)})${lexicon.spaced ? `(?![${LATIN_LETTER}])` : ''}`;
  return {
    // Words between a figure and its noun in what-ifs: "2 more net-new customers", "5 fewer transactions".
    delta: `(?:\\s*(?:more|additional|extra|fewer|less|other${plain([...lexicon.more, ...lexicon.fewer])}))?`,
    figureOf: plain(lexicon.figureOf),
    connector,
    pairJoiner: `\\s*(?:${EN_PAIR_JOINER_WORDS}${plain(lexicon.pairJoiners)})\\s*(?:a\\s+total\\s+of\\s+)?`,
    zeroLead: `(?:${EN_ZERO_LEAD}${localZeroLead})`,
    zeroTail: `(?:${connector}(?:none|nil|nothing)\\b${localZeroTail})`,
    transactions,
    transactionsB,
    customers,
    uniqueCustomers,
    uniqueCustomersB,
    netNew,
    netNewB,
    commitment,
    commitmentB,
    billedSales,
    billedSalesB,
    looseSales,
    looseSalesB,
  };
}

interface RuleSet {
  numeric: NumericRule[];
  zero: Array<{ pattern: RegExp; field: FieldName }>;
}

const ruleSets = new Map<string, RuleSet>();

/** The rules for the current language, built once per language. */
function currentRules(): RuleSet {
  const lexicon = currentLexicon();
  let rules = ruleSets.get(lexicon.locale);
  if (!rules) {
    const v = vocabulary(lexicon);
    rules = { numeric: buildNumericRules(v, lexicon), zero: buildZeroRules(v) };
    ruleSets.set(lexicon.locale, rules);
  }
  return rules;
}

const CO_SELL = 'co[\\s\\-–]?sell';
const booleanRules: Array<{ pattern: RegExp; field: FieldName; negated?: true }> = [
  { pattern: new RegExp(`\\b(?:(?:in|non[\\s\\-–]?)eligible\\s+for\\s+(?:azure\\s+)?(?:ip\\s+)?${CO_SELL}|(?:azure\\s+)?(?:ip\\s+)?${CO_SELL}[\\s\\-–]+ineligible)\\b`, 'g'), field: 'azureIpCoSellEligible', negated: true },
  { pattern: new RegExp(`\\b(?:(?:azure\\s+)?(?:ip\\s+)?${CO_SELL}[\\s\\-–]+(?:eligible|ready)|eligible\\s+for\\s+(?:azure\\s+)?(?:ip\\s+)?${CO_SELL})\\b`, 'g'), field: 'azureIpCoSellEligible' },
  { pattern: /\btransactable\s+(?:marketplace\s+)?(?:saas\s+)?(?:offers?|listings?|solutions?)\b/g, field: 'hasTransactableOffer' },
];
const NEGATION = /\b(?:not|no|non|never|isn'?t|aren'?t|wasn'?t|don'?t|doesn'?t|haven'?t|hasn'?t|without|lacks?|lacking|yet\s+to)\b|n't\b/g;
// Both ends of a range sit on one line: a dash starting the next line is a list bullet, not "to".
const RANGE_BEFORE = new RegExp(`${NUMBER_MARK}${FILL}*[ \\t]*(?:\\bor\\b|\\bto\\b|-|–)[ \\t]*$`);
const RANGE_AFTER = new RegExp(`^[ \\t]*(?:\\bor\\b|\\bto\\b|-|–)[ \\t]*${NUMBER_MARK}${FILL}*`);
const NEGATION_REACH = 32;
const ANSWER_AFTER = /^\s*(?:[:=?\-–]\s*)?(?:(no|false|nope|not\s+yet)|(yes|true|yep))\b/;
const CLAUSE_BOUNDARY = /[,;!?\n()]|\.(?!\d)|\b(?:and|but|while|whereas|although|though|plus|also|however)\b/g;
// A stray "one" or "a" is usually an article or a pronoun ("the one with..."), not a figure worth reporting.
const ARTICLE_LIKE = /^(?:a|an|one)$/;

interface Workspace {
  text: string;
  folded: string;
  /** One entry per character of `folded`: kept as an array so marking a statement used is not a string copy. */
  skeleton: string[];
  mentionAt: Map<number, NumberMention>;
  boundaries: number[];
  reading: StatementReading;
  /** The recognizer work this message may still cause, shared by the scan and the currency checks. */
  budget: RecognizerBudget;
}

function clauseOf(work: Workspace, position: number): { clauseStart: number; clauseEnd: number } {
  // Binary search for the first boundary after `position`: a message of many figures asks this once per figure.
  let low = 0;
  let high = work.boundaries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((work.boundaries[middle] ?? 0) <= position) low = middle + 1;
    else high = middle;
  }
  return { clauseStart: work.boundaries[low - 1] ?? 0, clauseEnd: work.boundaries[low] ?? work.text.length };
}

function skeletonText(work: Workspace, from = 0, to = work.skeleton.length): string {
  return work.skeleton.slice(Math.max(0, from), to).join('');
}

function consume(work: Workspace, start: number, end: number): void {
  work.skeleton.fill(USED, start, end);
}

function record(work: Workspace, field: FieldName, value: number | boolean, start: number, end: number): void {
  const earlier = work.reading.statements.find((statement) => statement.field === field);
  if (earlier && earlier.value !== value) {
    // Two different figures for one field: keep the first and say so, rather than silently pick.
    work.reading.rejections.push({ start, end, reason: 'multiple-numbers' });
    return;
  }
  if (!earlier) work.reading.statements.push({ field, value, start, end, ...clauseOf(work, start) });
}

function problemFor(work: Workspace, field: FieldName, mention: NumberMention, moneyOnly: boolean): RejectionReason | null {
  if (moneyOnly && mention.currency === null && !mention.hasMagnitude) return 'unassigned';
  return fieldKinds[field] === 'amountUsd' ? amountProblem(work.folded, mention, work.budget) : countProblem(mention);
}

function applyNumericRule(work: Workspace, rule: NumericRule): void {
  const matches = [...skeletonText(work).matchAll(rule.pattern)];
  for (const match of matches) {
    const spans = match.indices ?? [];
    const mentions = rule.fields.map((_, index) => work.mentionAt.get(spans[index + 1]?.[0] ?? -1));
    if (mentions.some((mention) => mention === undefined)) continue;
    let start = match.index;
    let end = match.index + match[0].length;
    // "3 or 4 net-new customers", "MBS 3-4M": a range is two figures, and the bot must not pick one.
    // Only figures at the edge of the match can be half of a range; "from 3M to 4M" inside it is a change.
    const rangeBefore = spans[1]?.[0] === start ? RANGE_BEFORE.exec(skeletonText(work, start - 40, start)) : null;
    const rangeAfter = spans[rule.fields.length]?.[1] === end ? RANGE_AFTER.exec(skeletonText(work, end, end + 40)) : null;
    if (rangeBefore || rangeAfter) {
      start -= rangeBefore?.[0].length ?? 0;
      end += rangeAfter?.[0].length ?? 0;
      consume(work, start, end);
      work.reading.rejections.push({ start, end, reason: 'multiple-numbers' });
      continue;
    }
    const problems = rule.fields.map((field, index) => problemFor(work, field, mentions[index] as NumberMention, rule.moneyOnly ?? false));
    if (problems.includes('unassigned')) continue;
    consume(work, start, end);
    const problem = problems.find((reason) => reason !== null);
    if (problem) {
      work.reading.rejections.push({ start, end, reason: problem });
      continue;
    }
    rule.fields.forEach((field, index) => record(work, field, Math.abs((mentions[index] as NumberMention).value), start, end));
  }
}

function applyZeroRules(work: Workspace): void {
  for (const rule of currentRules().zero) {
    for (const match of [...skeletonText(work).matchAll(rule.pattern)]) {
      consume(work, match.index, match.index + match[0].length);
      record(work, rule.field, 0, match.index, match.index + match[0].length);
    }
  }
}

function applyBooleanRules(work: Workspace): void {
  for (const rule of booleanRules) {
    for (const match of [...skeletonText(work).matchAll(rule.pattern)]) {
      const matchEnd = match.index + match[0].length;
      // A negation counts when it is a few words before, in the same clause, and not part of another statement
      // (the skeleton blanks those out): "no commitment, co-sell eligible" is eligible.
      const windowStart = Math.max(clauseOf(work, match.index).clauseStart, match.index - NEGATION_REACH);
      const negations = [...skeletonText(work, windowStart, match.index).matchAll(NEGATION)];
      const lastNegation = negations.at(-1);
      const answer = ANSWER_AFTER.exec(work.folded.slice(matchEnd, matchEnd + 16));
      let value = !rule.negated && lastNegation === undefined;
      if (answer) value = answer[2] !== undefined;
      const start = lastNegation ? windowStart + lastNegation.index : match.index;
      const end = answer ? matchEnd + answer[0].length : matchEnd;
      consume(work, start, end);
      record(work, rule.field, value, start, end);
    }
  }
}

function buildWorkspace(text: string): Workspace {
  const folded = foldForMatching(text).replace(PLACEHOLDERS, ' ');
  const budget = new RecognizerBudget();
  const mentions = scanNumberMentions(folded, budget);
  const maskedChars = folded.split('');
  for (const mention of mentions) maskedChars.fill(FILL, mention.start, mention.end);
  const boundaries = [...maskedChars.join('').matchAll(CLAUSE_BOUNDARY)].map((match) => match.index + match[0].length);
  const work: Workspace = { text, folded, skeleton: [], mentionAt: new Map(), boundaries, reading: { statements: [], rejections: [] }, budget };

  const chars = folded.split('');
  for (const mention of mentions) {
    const { clauseStart } = clauseOf(work, mention.start);
    if (isStatementQualifier(folded, mention, clauseStart)) {
      const from = qualifierStart(folded, mention) ?? mention.start;
      const to = qualifierEnd(folded, mention);
      for (let i = from; i < to; i += 1) chars[i] = i === from ? QUALIFIER_MARK : FILL;
      continue;
    }
    work.mentionAt.set(mention.start, mention);
    for (let i = mention.start; i < mention.end; i += 1) chars[i] = i === mention.start ? NUMBER_MARK : FILL;
  }
  work.skeleton = chars;
  return work;
}

function reportLeftovers(work: Workspace): void {
  for (const [start, mention] of work.mentionAt) {
    if (work.skeleton[start] !== NUMBER_MARK) continue;
    if (mention.source === 'words' && ARTICLE_LIKE.test(work.folded.slice(start, mention.end).trim())) continue;
    const { clauseStart, clauseEnd } = clauseOf(work, start);
    work.reading.rejections.push({ start: clauseStart, end: clauseEnd, reason: mention.problem ?? 'unassigned' });
  }
}

/**
 * Finds every field stated in a free-text description ("Partner has $3.2M MBS, 10 net-new customers over $10k,
 * 25 transactions from 6 customers, no commitment"), and every figure it could not place.
 * Thresholds that qualify a count ("over $10k", "of at least $100") are never read as values.
 *
 * @example
 * readFieldStatements('signed a 200M MACC').statements[0]; // { field: 'consumptionCommitmentUsd', value: 200000000, ... }
 */
export function readFieldStatements(text: string): StatementReading {
  if (text.length > limits.maxOneShotLength) {
    return { statements: [], rejections: [{ start: 0, end: 0, reason: 'too-long' }] };
  }
  const work = buildWorkspace(text);
  // Every numeric rule needs a figure in the skeleton: "yes", "none" or "check eligibility" skip all seventeen.
  if (work.mentionAt.size > 0) for (const rule of currentRules().numeric) applyNumericRule(work, rule);
  applyZeroRules(work);
  applyBooleanRules(work);
  reportLeftovers(work);
  work.reading.statements.sort((a, b) => a.start - b.start);
  work.reading.rejections.sort((a, b) => a.start - b.start);
  return work.reading;
}
