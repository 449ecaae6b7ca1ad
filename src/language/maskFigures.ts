// A figure with its currency sign, separators and magnitude ("$3.6M", "4,200,000", "30ish", "2024-06-30").
const FIGURE = /[$€£]?\d[\d,.\-/]*(?:\s?(?:k|m|mm|bn|b|million|billion|thousand|usd|ish)\b)?/gi;

// Figures in words, so "twelve" and "12" look alike to the model. "one" stays: it is more often a pronoun.
const NUMBER_WORD =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)\b/gi;

/**
 * Writes every figure as the word "num", so the intent model learns the shape of a message ("num more
 * transactions", "as of num") and not the particular numbers; the numbers are read by the recognizers.
 *
 * @example
 * maskFigures('what if we had 5 more transactions'); // 'what if we had num more transactions'
 */
export function maskFigures(text: string): string {
  return text
    .replace(FIGURE, ' num ')
    .replace(NUMBER_WORD, ' num ')
    .replace(/\bnum(?:[\s-]+num)+\b/g, 'num')
    .replace(/\s+/g, ' ')
    .trim();
}
