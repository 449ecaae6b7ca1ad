/**
 * Bounds on what the parsers accept. The recognizers' regular expressions slow down sharply on long input
 * (the currency model takes seconds on a few thousand characters), so input is capped before they see it.
 */
export const limits = {
  /** A single answer longer than this is not an answer to one question; it is read as unparseable. */
  maxAnswerLength: 2_000,
  /** A one-shot description may list every figure, so it gets more room. */
  maxOneShotLength: 5_000,
  /** Commands are a few words; anything longer is an answer or a sentence, never a command. */
  maxCommandLength: 200,
  /** No partner's billed sales or commitment reaches USD 1 trillion; larger figures are typos. */
  maxAmountUsd: 1_000_000_000_000,
  /** Counts stay exact integers in JavaScript up to this bound. */
  maxCount: Number.MAX_SAFE_INTEGER,
} as const;
