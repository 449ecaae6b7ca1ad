import { magnitudePower, scaleDecimal } from './magnitudes';
import { recognizeNumbers } from './recognizers';

/** A number written in words, found in folded text. `end` is exclusive. */
export interface WordNumber {
  start: number;
  end: number;
  value: number;
  /** Whether the words include a money magnitude ("million"): such a figure is never read back as ambiguous. */
  hasMagnitude: boolean;
}

const NUMBER_WORDS =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|' +
  'seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred';
const HEAD = `(?:${NUMBER_WORDS})(?:[\\s-]+(?:and\\s+)?(?:${NUMBER_WORDS}))*`;
const POINT = 'point(?:[\\s-]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine))+';
const FRACTION = 'and\\s+(?:a\\s+)?(?:half|quarter|three\\s+quarters)';
const SCALE = '(thousand|million|billion|trillion)s?';

// The recognizer (1.3.1) misreads fractions of a magnitude: "three and a half million" gives 3.0000005,
// "half a million" 0.000002, "a million and a half" 1000000.5, and "three point five million" is not found at
// all. These shapes are read here: the recognizer reads the small part ("three and a half" = 3.5) and the
// magnitude is applied by moving the decimal point.
const HEAD_WITH_FRACTION_THEN_SCALE = new RegExp(`\\b(${HEAD}\\s+(?:${POINT}|${FRACTION}))\\s+${SCALE}\\b`, 'g');
const FRACTION_OF_SCALE = new RegExp(`\\b(?:(?:a|an|one)\\s+)?(half|quarter)\\s+(?:of\\s+)?(?:(?:a|an|one)\\s+)?${SCALE}\\b`, 'g');
const SCALE_AND_FRACTION = new RegExp(`\\b(${HEAD}|a|an)\\s+${SCALE}\\s+and\\s+a\\s+(half|quarter)\\b`, 'g');

const fractionValue: Readonly<Record<string, number>> = { half: 0.5, quarter: 0.25 };

// Only clauses holding one of these words are worth the recognizer's time.
const MAY_HOLD_NUMBER_WORD = new RegExp(`\\b(?:${NUMBER_WORDS}|thousand|million|billion|trillion|dozens?|half|quarters?)\\b`);
const MONEY_MAGNITUDE = /\b(?:thousand|million|billion|trillion)s?\b/;

function readSmallPart(words: string): number | undefined {
  if (words === 'a' || words === 'an') return 1;
  const results = recognizeNumbers(words);
  const only = results[0];
  return results.length === 1 && only && only.text.length === words.length ? only.value : undefined;
}

function scaleBy(value: number, scaleWord: string): number {
  return scaleDecimal(String(value), magnitudePower(scaleWord) ?? 0);
}

function findFractionsOfMagnitudes(text: string): WordNumber[] {
  const found: WordNumber[] = [];
  for (const match of text.matchAll(HEAD_WITH_FRACTION_THEN_SCALE)) {
    const small = readSmallPart(match[1] ?? '');
    if (small === undefined) continue;
    found.push({ start: match.index, end: match.index + match[0].length, value: scaleBy(small, match[2] ?? ''), hasMagnitude: true });
  }
  for (const match of text.matchAll(FRACTION_OF_SCALE)) {
    const fraction = fractionValue[match[1] ?? ''] ?? 0;
    found.push({ start: match.index, end: match.index + match[0].length, value: scaleBy(fraction, match[2] ?? ''), hasMagnitude: true });
  }
  for (const match of text.matchAll(SCALE_AND_FRACTION)) {
    const small = readSmallPart(match[1] ?? '');
    if (small === undefined) continue;
    const value = scaleBy(small + (fractionValue[match[3] ?? ''] ?? 0), match[2] ?? '');
    found.push({ start: match.index, end: match.index + match[0].length, value, hasMagnitude: true });
  }
  // Overlapping readings of the same words: keep the earliest, longest one.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((candidate, index) => found.slice(0, index).every((kept) => candidate.start >= kept.end || candidate.end <= kept.start));
}

/**
 * Numbers written in words in folded text whose digits are already blanked out.
 *
 * @example
 * findWordNumbers('three and a half million'); // [{ start: 0, end: 24, value: 3500000, hasMagnitude: true }]
 */
export function findWordNumbers(text: string): WordNumber[] {
  if (!MAY_HOLD_NUMBER_WORD.test(text)) return [];
  const fractions = findFractionsOfMagnitudes(text);
  let rest = text;
  for (const fraction of fractions) {
    rest = rest.slice(0, fraction.start) + ' '.repeat(fraction.end - fraction.start) + rest.slice(fraction.end);
  }
  const found = [...fractions];
  // One clause at a time: the recognizer's cost grows faster than the length of its input.
  for (const clause of rest.matchAll(/[^,;.!?\n]+/g)) {
    if (!MAY_HOLD_NUMBER_WORD.test(clause[0])) continue;
    for (const recognized of recognizeNumbers(clause[0])) {
      found.push({
        start: clause.index + recognized.start,
        end: clause.index + recognized.end,
        value: recognized.value,
        hasMagnitude: MONEY_MAGNITUDE.test(recognized.text),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
