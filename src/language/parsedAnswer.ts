/** Why an answer could not be used; the bot turns each reason into its own re-prompt. */
export type InvalidReason =
  | 'empty'
  | 'unparseable'
  | 'negative'
  | 'fractional'
  | 'non-usd'
  | 'too-large'
  | 'locale-format'
  | 'multiple-numbers'
  /** An amount ("3.6M", "USD 3,600,000", "360万ドル") given where a number of customers or transactions was asked. */
  | 'amount-for-count';

/**
 * The reading of one typed answer.
 * `ambiguous` asks the bot to read the value back ("I read that as USD 4 - right?") before using it.
 */
export type ParsedAnswer<T> =
  | { kind: 'value'; value: T; ambiguous: boolean }
  | { kind: 'unknown' }
  | { kind: 'invalid'; reason: InvalidReason };

/** A value read from an answer; `ambiguous` when the bot should read it back before using it. */
export const parsedValue = <T>(value: T, ambiguous = false): ParsedAnswer<T> => ({ kind: 'value', value, ambiguous });
/** An answer that cannot be used, with the reason the re-prompt explains. */
export const parsedInvalid = <T>(reason: InvalidReason): ParsedAnswer<T> => ({ kind: 'invalid', reason });
/** An answer that says the person does not know. */
export const parsedUnknown = <T>(): ParsedAnswer<T> => ({ kind: 'unknown' });
