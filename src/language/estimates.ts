// Hedges people put on a figure they have not looked up: "about 4 million", "~30", "30ish", "roughly 12".
const HEDGE =
  /(?:^|[^\w])(?:about|around|roughly|approx(?:imately|\.)?|circa|close\s+to|nearly|almost|give\s+or\s+take|ballpark|estimated?|or\s+so|something\s+like|maybe|probably|i\s+think|i\s+guess|more\s+or\s+less|more\s+like|like(?=\s+[$~\d]))(?=$|[^\w])|~|\d\s*-?\s*ish\b|\+\/-/i;
const ISH = /(\d)\s*-?\s*ish\b/gi;
// "une dizaine", "una decena", "uma dezena": about ten, an estimate by the word itself.
const ABOUT_TEN = /(?<![a-zà-ÿ])(?:dizaines?|decenas?|dezenas?)(?![a-zà-ÿ])/i;

export interface EstimateReading {
  /** The text with "30ish" written "30", ready for the number parsers. */
  text: string;
  approximate: boolean;
}

/**
 * Notes whether a figure was hedged and removes the "-ish" suffix the parsers cannot read. The figure is used
 * as given; the result says when a hedged figure sits within 10% of a threshold.
 *
 * @example
 * readEstimate('30ish'); // { text: '30', approximate: true }
 */
export function readEstimate(text: string): EstimateReading {
  return { text: text.replace(ISH, '$1'), approximate: HEDGE.test(text) || ABOUT_TEN.test(text) };
}
