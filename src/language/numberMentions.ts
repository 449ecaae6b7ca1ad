import { currencyAfter, currencyBefore, GLUED_CURRENCY_CODE, type CurrencyMark } from './currencyMarkers';
import { MAGNITUDE_SUFFIX, magnitudePower, scaleDecimal } from './magnitudes';
import { foldForMatching } from './normalizeAnswer';
import { currentLexicon, type Lexicon } from './lexicon';
import { localMagnitudeAfter, localMonthBefore, localPeriodAfter, readDecimalCommaNumeral, SPACE_GROUPED_LOCAL } from './localNumerals';
import { findLocalWordNumbers } from './localWordNumbers';
import { RecognizerBudget } from './recognizers';
import { findWordNumbers } from './wordNumbers';

/** One figure someone wrote, with what was written around it. `start`/`end` (exclusive) cover sign and currency. */
export interface NumberMention {
  start: number;
  end: number;
  /** The signed value, magnitude applied. NaN only when `problem` says why. */
  value: number;
  negative: boolean;
  /** A magnitude was written ("m", "million", "k"). */
  hasMagnitude: boolean;
  currency: CurrencyMark | null;
  source: 'digits' | 'words';
  /** Written in a way en-US does not allow ("4.000.000", "4,5", "4 000 000"); never guessed. */
  problem: 'locale-format' | 'unparseable' | null;
  /**
   * "4.000" or "$1.500": en-US reads a decimal, much of Europe reads thousands. Kept, but read back to the person.
   */
  dotThousandsLookalike: boolean;
}

// A run of digits with the separators people put inside numbers. Validated below, so "4.000.000" is seen whole
// and refused instead of being read as 4.
const NUMERAL_RUN = /(?:\.(?=\d))?\d[\d.,']*/g;
const EN_US_NUMERAL = /^(?:(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?|\.\d+)$/;
// French, Swiss and ISO style: digit groups separated by (non-breaking) spaces.
const SPACE_GROUPED = /(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,]\d|\s*[-a-z])/g;
// Not amounts or counts: a share, or the length of a period ("12 months", "TTM over 12-month").
const NOT_A_QUANTITY_AFTER = /^\s*(?:%|percent\b|per\s+cent\b|pct\b|-?\s*(?:months?|mos?|mths?|years?|yrs?|weeks?|wks?|days?|quarters?|qtrs?|hours?|hrs?)\b)/;
const YEAR_BEFORE =
  /\b(?:in|since|during|through|until|till|fy|cy|year|q[1-4]|h[12]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s*,?\s*$/;
// A minus sign counts only when attached ("-5", "-$5", "$-5"): "MBS - $4M" and "- 12 customers" are list dashes.
const SIGN_BEFORE = /(?:(?<![\w.,])[-\u2212]|\b(?:minus|negative)\s+)$/;

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /[a-z]/.test(char);
}

interface Core {
  start: number;
  end: number;
  value: number;
  hasMagnitude: boolean;
  source: NumberMention['source'];
  problem: NumberMention['problem'];
  dotThousandsLookalike: boolean;
}

/** Adds what is written around a numeral: a sign, a currency before or after. Returns undefined for non-figures. */
function decorate(text: string, core: Core): NumberMention | undefined {
  if (NOT_A_QUANTITY_AFTER.test(text.slice(core.end, core.end + 20))) return undefined;
  if (localPeriodAfter(currentLexicon(), text.slice(core.end, core.end + 20))) return undefined;
  let start = core.start;
  let negative = false;
  let currency: CurrencyMark | null = null;
  const before = () => text.slice(Math.max(0, start - 30), start);

  const signNext = SIGN_BEFORE.exec(before());
  if (signNext) {
    negative = true;
    start -= signNext[0].length;
  }
  const marker = currencyBefore(before());
  if (marker) {
    currency = marker.mark;
    start -= marker.length;
    const signFirst = SIGN_BEFORE.exec(before());
    if (signFirst) {
      negative = true;
      start -= signFirst[0].length;
    }
  }
  let end = core.end;
  const markerAfter = currencyAfter(text.slice(end, end + 40));
  if (markerAfter) {
    currency = currency === 'foreign' || markerAfter.mark === 'foreign' ? 'foreign' : 'usd';
    end += markerAfter.length;
  }
  if (core.source === 'words' && core.value < 0) negative = true;
  const value = negative && core.value > 0 ? -core.value : core.value;
  return { ...core, start, end, value, negative, currency };
}

function findDigitNumbers(text: string, lexicon: Lexicon): Core[] {
  const cores: Core[] = [];
  const claimed: Array<[number, number]> = [];
  const numerals: Array<{ start: number; numeral: string }> = [];
  if (lexicon.decimalComma) {
    // "3 600 000 $" is how French writes a figure: read, not refused.
    for (const match of text.matchAll(SPACE_GROUPED_LOCAL)) {
      claimed.push([match.index, match.index + match[0].length]);
      numerals.push({ start: match.index, numeral: match[0] });
    }
  } else {
    for (const match of text.matchAll(SPACE_GROUPED)) {
      const end = match.index + match[0].length;
      claimed.push([match.index, end]);
      cores.push({ start: match.index, end, value: Number.NaN, hasMagnitude: false, source: 'digits', problem: 'locale-format', dotThousandsLookalike: false });
    }
  }
  for (const match of text.matchAll(NUMERAL_RUN)) {
    if (claimed.some(([from, to]) => match.index >= from && match.index < to)) continue;
    numerals.push({ start: match.index, numeral: match[0].replace(/[.,']+$/, '') });
  }
  for (const { start, numeral } of numerals) {
    let end = start + numeral.length;
    // Digits glued to letters are codes and ordinals, not figures: "Q3", "FY24", "1st", "0x10", "1e309".
    // A currency code is the one exception ("USD34.6 million").
    if (isLetter(text[start - 1]) && !GLUED_CURRENCY_CODE.test(text.slice(Math.max(0, start - 4), start))) continue;
    let power = 0;
    let hasMagnitude = false;
    const localMagnitude = localMagnitudeAfter(lexicon, text.slice(end, end + 30));
    const magnitude = localMagnitude ? undefined : MAGNITUDE_SUFFIX.exec(text.slice(end, end + 30));
    if (localMagnitude) {
      power = localMagnitude.power;
      hasMagnitude = true;
      end += localMagnitude.length;
    } else if (magnitude) {
      power = magnitudePower(magnitude[1] ?? '') ?? 0;
      hasMagnitude = true;
      end += magnitude[0].length;
    } else if (isLetter(text[end])) {
      continue;
    }
    if (!hasMagnitude && /^(?:19|20)\d{2}$/.test(numeral) && YEAR_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (!hasMagnitude && /^(?:19|20)\d{2}$/.test(numeral) && localMonthBefore(lexicon, text.slice(Math.max(0, start - 16), start))) continue;
    const reading = lexicon.decimalComma
      ? readDecimalCommaNumeral(numeral)
      : EN_US_NUMERAL.test(numeral)
        ? { plain: numeral.replace(/,/g, ''), lookalike: /^\d{1,3}\.\d{3}$/.test(numeral) }
        : null;
    cores.push({
      start,
      end,
      value: reading ? scaleDecimal(reading.plain, power) : Number.NaN,
      hasMagnitude,
      source: 'digits',
      problem: reading ? null : 'locale-format',
      // "4.000" in English, "4,000" in a decimal-comma language: read as the language writes it, then read back.
      dotThousandsLookalike: !hasMagnitude && (reading?.lookalike ?? false),
    });
  }
  return cores;
}

/**
 * Every figure in a piece of text, in order: digits with the finance shorthand the recognizers miss
 * ("$3.6M", "USD34.6 million", "1MM", "3.5m", "4.2 mln"), then numbers in words read by the maintained recognizer
 * ("four million", "a dozen", "three and a half million"). Returned spans index the text as given. `budget` caps
 * the recognizer work; pass the one the rest of the message's parsing uses.
 *
 * @example
 * scanNumberMentions('USD 4.2m')[0]; // { start: 0, end: 8, value: 4200000, currency: 'usd', hasMagnitude: true, ... }
 */
export function scanNumberMentions(text: string, budget: RecognizerBudget = new RecognizerBudget()): NumberMention[] {
  const folded = foldForMatching(text);
  const lexicon = currentLexicon();
  const mentions: NumberMention[] = [];
  const digitCores = findDigitNumbers(folded, lexicon);
  // Blanked in one array, not by rebuilding the string per figure: that was quadratic in a message of figures.
  const blanked = folded.split('');
  for (const core of digitCores) {
    blanked.fill(' ', core.start, core.end);
    const mention = decorate(folded, core);
    if (mention) mentions.push(mention);
  }
  // Leftover digits ("0x10", "Q3") must not reach the recognizer, which would read them after all.
  const withoutDigits = blanked.join('').replace(/\d/g, ' ');
  const englishWords = findWordNumbers(withoutDigits, budget);
  // The language's own number words ("diez", "zehn", "三百六十万"); where English reads the same word ("six"), its
  // reading stands.
  const localWords = lexicon.locale === 'en' ? [] : findLocalWordNumbers(withoutDigits, lexicon, budget);
  const words = [...englishWords, ...localWords.filter((local) => englishWords.every((word) => local.start >= word.end || local.end <= word.start))];
  for (const word of words) {
    const mention = decorate(folded, {
      ...word,
      source: 'words',
      problem: Number.isFinite(word.value) ? null : 'unparseable',
      dotThousandsLookalike: false,
    });
    if (mention) mentions.push(mention);
  }
  // "We signed one for 35 million": beside another figure, a "one" followed by "for", "of", "worth"... is a
  // pronoun for the thing itself, not a figure ("35 from one customer" keeps its "one").
  const figures = mentions.length > 1 ? mentions.filter((mention) => !isPronounOne(folded, mention)) : mentions;
  return figures.sort((a, b) => a.start - b.start);
}

const PRONOUN_ONE_AFTER = /^\s*(?:for|of|with|worth|at|that|which|who|is|was|valued|totall?ing|around|about|,|\.(?!\d)|$)/;

function isPronounOne(folded: string, mention: NumberMention): boolean {
  return mention.source === 'words' && folded.slice(mention.start, mention.end).trim() === 'one' && PRONOUN_ONE_AFTER.test(folded.slice(mention.end));
}
