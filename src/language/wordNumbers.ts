import { limits } from './limits';
import { magnitudePower, scaleDecimal } from './magnitudes';
import { RecognizerBudget, recognizeNumbers } from './recognizers';

/** A number written in words, found in folded text. `end` is exclusive. */
export interface WordNumber {
  start: number;
  end: number;
  /** NaN when the words could not be read: too long a run of number words, or the message's budget spent. */
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
// magnitude is applied by moving the decimal point. They run on one short run of words at a time, so their
// backtracking stays bounded.
const HEAD_WITH_FRACTION_THEN_SCALE = new RegExp(`\\b(${HEAD}\\s+(?:${POINT}|${FRACTION}))\\s+${SCALE}\\b`, 'g');
const FRACTION_OF_SCALE = new RegExp(`\\b(?:(?:a|an|one)\\s+)?(half|quarter)\\s+(?:of\\s+)?(?:(?:a|an|one)\\s+)?${SCALE}\\b`, 'g');
const SCALE_AND_FRACTION = new RegExp(`\\b(${HEAD}|a|an)\\s+${SCALE}\\s+and\\s+a\\s+(half|quarter)\\b`, 'g');

const fractionValue: Readonly<Record<string, number>> = { half: 0.5, quarter: 0.25 };

// Only clauses holding one of these words are worth the recognizer's time.
const MAY_HOLD_NUMBER_WORD = new RegExp(`\\b(?:${NUMBER_WORDS}|thousand|million|billion|trillion|dozens?|half|quarters?)\\b`);
const MONEY_MAGNITUDE = /\b(?:thousand|million|billion|trillion)s?\b/;

// Every word the en-US number model (1.3.1) reads as part of a number: cardinals, magnitudes, dozens, ordinals
// and their plurals (fractions: "two thirds"), "point", and the words that join them ("one hundred AND five",
// "half OF a million", "three OUT of four", "MINUS five"). A number never spans other words, so sending the
// model each maximal run of these words finds what sending it the whole clause found, at bounded cost.
const NUMBER_PART = new Set(
  (
    `${NUMBER_WORDS} naught nought hundreds thousand thousands million millions mln billion billions bln trillion ` +
    'trillions tln lakh lakhs crore crores dozen dozens dz doz dzs dozs point half halves quarter quarters first ' +
    'second third fourth fifth sixth seventh eighth ninth nineth tenth eleventh twelfth thirteenth fourteenth ' +
    'fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth sixtieth ' +
    'seventieth eightieth ninetieth hundredth thousandth millionth billionth trillionth'
  )
    .split(/[\s|]+/)
    .flatMap((word) => (/(?:th|first|second|third)$/.test(word) ? [word, `${word}s`] : [word])),
);
const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'a', 'an', 'of', 'over', 'in', 'out', 'oh', 'minus', 'negative']);
// A run may start with these joining words ("a dozen", "an eighth", "minus five"); others are trimmed off its ends.
const LEADING_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'minus', 'negative']);
// The model drops "one" after these words ("the one with ten customers"), so the run is sent with the word before it.
const ONE_FILTER_WORDS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'which']);
// A run of a single common word needs no model: its value is fixed (the model agrees on every one of them).
const SINGLE_WORD_VALUE: ReadonlyMap<string, number> = new Map(
  NUMBER_WORDS.split('|')
    .filter((word) => word !== 'hundred')
    .map((word, index) => [word, index <= 20 ? index : 20 + (index - 20) * 10]),
);
const WORD = /[a-z]+/g;
// Blanked figures and signs between the previous word and a run: "$ 4 billion ten in five" is no fraction either.
const CONTEXT_CHARACTERS = 40;
const JOIN = /^[\s-]+$/;

interface Run {
  start: number;
  end: number;
  words: string[];
  /**
   * Where the text sent to the model starts: the model's reading depends on what is just before a run ("$ one in
   * five" is not a fraction, "the one" is not a figure), so a few characters before it, or the word "the", go too.
   */
  contextStart: number;
  /** A word before the run changes how the model reads "one". */
  afterFilterWord: boolean;
}

interface Word {
  word: string;
  start: number;
  end: number;
}

/** Maximal runs of number words in `text` (a clause), each trimmed of joining words it cannot start or end with. */
function numberWordRuns(text: string): Run[] {
  const words: Word[] = [...text.matchAll(WORD)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
  const runs: Run[] = [];
  let index = 0;
  while (index < words.length) {
    const isPart = (word: Word | undefined) => word !== undefined && (NUMBER_PART.has(word.word) || JOINING_WORDS.has(word.word));
    if (!isPart(words[index])) {
      index += 1;
      continue;
    }
    let last = index;
    while (isPart(words[last + 1]) && JOIN.test(text.slice(words[last]?.end, words[last + 1]?.start))) last += 1;
    let first = index;
    index = last + 1;
    while (last >= first && JOINING_WORDS.has(words[last]?.word ?? '')) last -= 1;
    while (first <= last && JOINING_WORDS.has(words[first]?.word ?? '') && !LEADING_WORDS.has(words[first]?.word ?? '')) first += 1;
    const start = words[first];
    const end = words[last];
    if (!start || !end || first > last) continue;
    const before = words[first - 1];
    const afterFilterWord = before !== undefined && ONE_FILTER_WORDS.has(before.word) && /^\s+$/.test(text.slice(before.end, start.start));
    const contextStart = afterFilterWord
      ? before.start
      : Math.min(start.start, Math.max(before?.end ?? 0, start.start - CONTEXT_CHARACTERS, end.end - limits.maxRecognizerWindow));
    runs.push({ start: start.start, end: end.end, words: words.slice(first, last + 1).map((entry) => entry.word), contextStart, afterFilterWord });
  }
  return runs;
}

function readSmallPart(words: string, budget: RecognizerBudget): number | undefined {
  if (words === 'a' || words === 'an') return 1;
  const results = budget.spend('number', words, () => recognizeNumbers(words));
  const only = results?.[0];
  return results?.length === 1 && only && only.text.length === words.length ? only.value : undefined;
}

function scaleBy(value: number, scaleWord: string): number {
  return scaleDecimal(String(value), magnitudePower(scaleWord) ?? 0);
}

function findFractionsOfMagnitudes(text: string, budget: RecognizerBudget): WordNumber[] {
  const found: WordNumber[] = [];
  for (const match of text.matchAll(HEAD_WITH_FRACTION_THEN_SCALE)) {
    const small = readSmallPart(match[1] ?? '', budget);
    if (small === undefined) continue;
    found.push({ start: match.index, end: match.index + match[0].length, value: scaleBy(small, match[2] ?? ''), hasMagnitude: true });
  }
  for (const match of text.matchAll(FRACTION_OF_SCALE)) {
    const fraction = fractionValue[match[1] ?? ''] ?? 0;
    found.push({ start: match.index, end: match.index + match[0].length, value: scaleBy(fraction, match[2] ?? ''), hasMagnitude: true });
  }
  for (const match of text.matchAll(SCALE_AND_FRACTION)) {
    const small = readSmallPart(match[1] ?? '', budget);
    if (small === undefined) continue;
    const value = scaleBy(small + (fractionValue[match[3] ?? ''] ?? 0), match[2] ?? '');
    found.push({ start: match.index, end: match.index + match[0].length, value, hasMagnitude: true });
  }
  // Overlapping readings of the same words: keep the earliest, longest one.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((candidate, index) => found.slice(0, index).every((kept) => candidate.start >= kept.end || candidate.end <= kept.start));
}

/** The numbers in one run of number words, positions relative to `text`. */
function readRun(text: string, run: Run, budget: RecognizerBudget): WordNumber[] {
  const words = text.slice(run.start, run.end);
  const unreadable = (): WordNumber[] => [{ start: run.start, end: run.end, value: Number.NaN, hasMagnitude: MONEY_MAGNITUDE.test(words) }];
  const windowStart = run.contextStart;
  if (run.end - windowStart > limits.maxRecognizerWindow) return unreadable();
  const single = run.words.length === 1 && !run.afterFilterWord ? SINGLE_WORD_VALUE.get(run.words[0] ?? '') : undefined;
  if (single !== undefined) return [{ start: run.start, end: run.end, value: single, hasMagnitude: false }];

  const fractions = findFractionsOfMagnitudes(words, budget).map((fraction) => ({
    ...fraction,
    start: fraction.start + run.start,
    end: fraction.end + run.start,
  }));
  let window = text.slice(windowStart, run.end);
  for (const fraction of fractions) {
    const from = fraction.start - windowStart;
    const to = fraction.end - windowStart;
    window = window.slice(0, from) + ' '.repeat(to - from) + window.slice(to);
  }
  const found = [...fractions];
  if (!(window.match(WORD) ?? []).some((word) => NUMBER_PART.has(word))) return found;
  const recognized = budget.spend('number', window, () => recognizeNumbers(window));
  if (recognized === undefined) return unreadable();
  for (const number of recognized) {
    found.push({
      start: windowStart + number.start,
      end: windowStart + number.end,
      value: number.value,
      hasMagnitude: MONEY_MAGNITUDE.test(number.text),
    });
  }
  return found;
}

/**
 * Numbers written in words in folded text whose digits are already blanked out. Linear in the length of the text:
 * the recognizer only sees short runs of number words, and at most `budget` calls' worth of them.
 *
 * @example
 * findWordNumbers('three and a half million'); // [{ start: 0, end: 24, value: 3500000, hasMagnitude: true }]
 */
export function findWordNumbers(text: string, budget: RecognizerBudget = new RecognizerBudget()): WordNumber[] {
  if (!MAY_HOLD_NUMBER_WORD.test(text)) return [];
  const found: WordNumber[] = [];
  for (const clause of text.matchAll(/[^,;.!?\n]+/g)) {
    if (!MAY_HOLD_NUMBER_WORD.test(clause[0])) continue;
    for (const run of numberWordRuns(clause[0])) {
      for (const number of readRun(clause[0], run, budget)) {
        found.push({ ...number, start: clause.index + number.start, end: clause.index + number.end });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
