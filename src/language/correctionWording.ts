// Words that say an earlier figure was wrong ("actually", "sorry, I meant", "typo"), as opposed to a scenario.
const CORRECTION =
  /\b(?:actually|in\s+fact|sorry|i\s+meant|meant\s+to\s+say|correction|correct(?:ed)?|real(?:ly)?|true|typo|mistake|wrong|oops|scratch\s+that|should\s+(?:have\s+)?be(?:en)?)\b/i;
// "3.6M not 3.8", "not 3.8 but 3.6M": the figure being replaced, dropped before the new one is read.
const REPLACED_FIGURE = /\b(?:not|instead\s+of|rather\s+than)\s+(?:usd\s*|\$)?(\d[\d,.]*)\s*(?:k|m|mm|b|bn|million|thousand|billion)?\b/i;
const LEAD_IN = /^(?:\s*(?:sorry|oops|actually|in\s+fact|correction|typo|my\s+mistake|i\s+meant|meant|no|wait|scratch\s+that|it\s+(?:is|was|'s)|it'?s|should\s+(?:have\s+)?be(?:en)?)\b[\s,:;.!-]*)+/i;

/**
 * Whether a message says an earlier figure was wrong rather than asking "what if".
 *
 * @example
 * soundsLikeCorrection('sorry i meant 3.6M not 3.8'); // true
 */
export function soundsLikeCorrection(text: string): boolean {
  return CORRECTION.test(text);
}

/**
 * A correction split into the new figure's words and the figure it replaces: "sorry i meant 3.6M not 3.8" gives
 * `{ text: '3.6M', replaced: 3.8 }`.
 *
 * @example
 * readCorrection('sorry i meant 3.6M not 3.8'); // { text: '3.6M', replaced: 3.8 }
 */
export function readCorrection(text: string): { text: string; replaced?: number } {
  const replaced = REPLACED_FIGURE.exec(text);
  const rest = (replaced ? text.slice(0, replaced.index) + text.slice(replaced.index + replaced[0].length) : text).replace(LEAD_IN, '').trim();
  const value = replaced ? Number(replaced[1]!.replace(/,/g, '')) : Number.NaN;
  return Number.isFinite(value) ? { text: rest, replaced: value } : { text: rest };
}
