// A figure with its currency sign, separators and magnitude ("$3.6M", "4,200,000", "30ish", "2024-06-30").
const FIGURE = /[$€£]?\d[\d,.\-/]*(?:\s?(?:k|m|mm|bn|b|million|billion|thousand|usd|ish)\b)?/gi;

/**
 * Writes every figure as the word "num", so the intent model learns the shape of a message ("num more
 * transactions", "as of num") and not the particular numbers; the numbers are read by the recognizers.
 *
 * @example
 * maskFigures('what if we had 5 more transactions'); // 'what if we had num more transactions'
 */
export function maskFigures(text: string): string {
  return text.replace(FIGURE, ' num ').replace(/\s+/g, ' ').trim();
}
