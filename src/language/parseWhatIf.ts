import type { FieldName } from './fields';
import { fieldKinds } from './fields';
import { readFieldStatements, type FieldStatement } from './fieldStatements';
import { limits } from './limits';
import { currentLexicon } from './lexicon';
import { mentionsAnyWord } from './lexicon/patterns';
import { foldForMatching } from './normalizeAnswer';

export type WhatIfOperation = 'add' | 'subtract' | 'set';

export interface WhatIfChange {
  field: FieldName;
  operation: WhatIfOperation;
  value: number | boolean;
}

// A what-if is a hypothetical ("what if", "suppose") or an imperative change ("add 5 transactions").
const HYPOTHETICAL =
  /\b(?:what\s+if|what\s+happens\s+if|what\s+would\s+happen\s+if|suppose|supposing|imagine|assume|assuming|hypothetically|if\s+(?:we|i|they|the\s+partner)|let'?s\s+say|say\s+we)\b/;
const IMPERATIVE = /^\s*(?:please\s+)?(?:add|subtract|remove|set|change|make|increase|decrease|raise|lower|reduce|bump|drop|update|try|use)\b/;
const ADD_WORDS =
  /\b(?:add|adding|added|plus|more(?!\s+than)|another|additional|extra|increase[sd]?|increasing|raise[sd]?|raising|grow|grew|gain(?:ed)?|win|won|bump(?:ed)?)\b/;
const SUBTRACT_WORDS =
  /\b(?:subtract(?:ing|ed)?|remove[sd]?|removing|less|fewer|lose|lost|losing|drop(?:ped)?|decrease[sd]?|decreasing|reduce[sd]?|reducing|lower(?:ed)?|cut|take\s+away|churn(?:ed)?)\b/;
// "increase MBS to 5M" sets the figure; "increase MBS by 500k" adds to it.
const TO_FIGURE = /\bto\b/;

function operationFor(folded: string, statement: FieldStatement): WhatIfOperation {
  if (fieldKinds[statement.field] === 'boolean') return 'set';
  if (TO_FIGURE.test(folded.slice(statement.start, statement.end))) return 'set';
  const clause = folded.slice(statement.clauseStart, statement.clauseEnd);
  const lexicon = currentLexicon();
  if (SUBTRACT_WORDS.test(clause) || mentionsAnyWord(lexicon, 'fewer', lexicon.fewer, clause)) return 'subtract';
  if (ADD_WORDS.test(clause) || mentionsAnyWord(lexicon, 'more', lexicon.more, clause)) return 'add';
  return 'set';
}

/**
 * Reads a what-if question about the answers already given: "what if we add 2 net-new customers?",
 * "change billed sales to 4.1M", "what if MBS was $4M", "add 5 transactions", "set commitment to 30 million".
 * Returns null when the message is not a what-if at all, and an empty list when it is one but names no field
 * the bot can change (so the bot can ask which figure they mean). Figures follow `parseOneShot`'s rules.
 *
 * @example
 * parseWhatIf('what if we add 2 net-new customers?'); // [{ field: 'netNewCustomersOver10k', operation: 'add', value: 2 }]
 */
export function parseWhatIf(text: string): WhatIfChange[] | null {
  if (text.length > limits.maxAnswerLength) return null;
  const folded = foldForMatching(text);
  const lexicon = currentLexicon();
  if (!HYPOTHETICAL.test(folded) && !IMPERATIVE.test(folded) && !mentionsAnyWord(lexicon, 'hypothetical', lexicon.hypothetical, folded)) return null;
  return readFieldStatements(text).statements.map((statement) => ({
    field: statement.field,
    operation: operationFor(folded, statement),
    value: statement.value,
  }));
}
