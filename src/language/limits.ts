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
  /**
   * The longest text one recognizer call may see. The longest number people write in words ("nine hundred
   * ninety-nine million nine hundred ninety-nine thousand nine hundred and ninety-nine") is under 100
   * characters, and the window adds what stands just before it; a longer run of number words is refused as
   * unparseable rather than sent whole.
   */
  maxRecognizerWindow: 140,
  /** Number-model calls one message may cause: each takes well under a millisecond on such a window. */
  maxNumberRecognizerCallsPerMessage: 16,
  /**
   * Currency-model calls one message may cause: each takes up to a few milliseconds on a window with number words,
   * and a message rarely states more than three amounts.
   */
  maxCurrencyRecognizerCallsPerMessage: 4,
  /** No partner's billed sales or commitment reaches USD 1 trillion; larger figures are typos. */
  maxAmountUsd: 1_000_000_000_000,
  /** Counts stay exact integers in JavaScript up to this bound. */
  maxCount: Number.MAX_SAFE_INTEGER,
} as const;
