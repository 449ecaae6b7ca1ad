import type { Lexicon } from './lexicon';
import { LATIN_LETTER } from './lexicon/patterns';
import { limits } from './limits';
import { RecognizerBudget, recognizeNumbersIn } from './recognizers';
import type { WordNumber } from './wordNumbers';

const CJK_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CJK_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const CJK_BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const CJK_RUN = /[〇零一二两兩三四五六七八九十百千万萬亿億]+/g;
// A lone numeral is a figure only where a figure stands: before a counter, a magnitude or a currency, or alone.
// Otherwise "一" is part of a word ("一般", "统一", "一下").
const COUNTER_AFTER = /^\s*(?:个|個|件|社|笔|筆|家|位|名|人|次|つ|ドル|美元|美金|$)/;

/**
 * The value of a numeral in Chinese characters, as Japanese and Chinese write it: "三百六十万" 3,600,000,
 * "十" 10, "两百万" 2,000,000, "一亿二千万" 120,000,000. NaN when the characters do not form a number.
 *
 * @example
 * cjkNumeralValue('三百六十万'); // 3600000
 */
export function cjkNumeralValue(numeral: string): number {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const char of numeral) {
    const value = CJK_DIGITS[char];
    if (value !== undefined) {
      // "一千零五": a zero only holds a place.
      if (digit !== undefined && digit !== 0) return Number.NaN;
      digit = value;
      continue;
    }
    const small = CJK_SMALL_UNITS[char];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = undefined;
      continue;
    }
    const big = CJK_BIG_UNITS[char];
    if (big === undefined) return Number.NaN;
    total += (section + (digit ?? 0) || 1) * big;
    section = 0;
    digit = undefined;
  }
  return total + section + (digit ?? 0);
}

function findCjkNumbers(text: string): WordNumber[] {
  const found: WordNumber[] = [];
  for (const match of text.matchAll(CJK_RUN)) {
    const run = match[0];
    const end = match.index + run.length;
    if (run.length === 1 && !(run === '十' || COUNTER_AFTER.test(text.slice(end, end + 3)))) continue;
    found.push({ start: match.index, end, value: cjkNumeralValue(run), hasMagnitude: /[千万萬亿億]/.test(run) });
  }
  return found;
}

// "medio", "meio", "demi", "halb": halves of a magnitude the recognizers misread ("tres millones y medio" gives
// 1,500,000), refused rather than guessed.
const HALF_WORD = /^(?:medio|media|meio|meia|demi|demie|halb|halbe|einhalb)$/;
const JOINING = new Set(['y', 'e', 'et', 'und', 'de', '-']);
// Articles that are also the number one: a figure only when nothing follows them ("¿cuántos? uno" / "uno").
const ARTICLES = new Set(['un', 'una', 'um', 'uma', 'une', 'ein', 'eine', 'einen']);
// "une dizaine", "una docena", "ein Dutzend", "uma dúzia": a dozen is 12, a "dizaine" / "decena" / "dezena" about 10
// (marked approximate by readEstimate). Read here: the recognizers read "une" alone and miss the noun.
const GROUP_NOUNS: Readonly<Record<string, number>> = {
  dizaine: 10, dizaines: 10, douzaine: 12, douzaines: 12, docena: 12, docenas: 12, decena: 10, decenas: 10, 'dúzia': 12, 'dúzias': 12,
  duzia: 12, duzias: 12, dezena: 10, dezenas: 10, dutzend: 12,
};
const SCALE_WORDS: Readonly<Record<string, number>> = { millionen: 1e6, million: 1e6, milliarden: 1e9, milliarde: 1e9, tausend: 1e3 };

/** A German number word from the table: "zehn", "zweiundzwanzig", "drei millionen". */
function tableValue(lexicon: Lexicon, words: string[]): number | undefined {
  const value = (word: string): number | undefined => {
    const direct = lexicon.numberWords[word];
    if (direct !== undefined) return direct;
    const compound = /^(.+)und(.+)$/.exec(word);
    const ones = compound ? lexicon.numberWords[compound[1] ?? ''] : undefined;
    const tens = compound ? lexicon.numberWords[compound[2] ?? ''] : undefined;
    return ones !== undefined && tens !== undefined && ones < 10 && tens >= 20 && tens % 10 === 0 ? tens + ones : undefined;
  };
  if (words.length === 1) return value(words[0] ?? '');
  if (words.length === 2) {
    const head = value(words[0] ?? '');
    const scale = SCALE_WORDS[words[1] ?? ''];
    return head !== undefined && scale !== undefined ? head * scale : undefined;
  }
  return undefined;
}

interface LatinWord {
  word: string;
  start: number;
  end: number;
}

function isNumberWord(lexicon: Lexicon, word: string): boolean {
  return lexicon.numberWords[word] !== undefined || GROUP_NOUNS[word] !== undefined || HALF_WORD.test(word) || (lexicon.locale === 'de' && /^.+und.+$/.test(word) && tableValue(lexicon, [word]) !== undefined);
}

function readLatinRun(text: string, lexicon: Lexicon, words: LatinWord[], budget: RecognizerBudget): WordNumber | undefined {
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return undefined;
  const start = first.start;
  const end = last.end;
  const spelled = words.map((entry) => entry.word);
  const hasMagnitude = spelled.some((word) => (lexicon.numberWords[word] ?? 0) >= 1000);
  if (spelled.length === 1 && ARTICLES.has(spelled[0] ?? '') && /^\s*[a-z\u00c0-\u024f]/.test(text.slice(end))) return undefined;
  const groupNoun = GROUP_NOUNS[spelled.at(-1) ?? ''];
  if (groupNoun !== undefined) {
    // "une dizaine" / "ein Dutzend": the article is the "a" of "a dozen"; "zwei Dutzend" is two of them.
    const head = spelled.length === 2 ? spelled[0] ?? '' : undefined;
    if (spelled.length === 1 || (head !== undefined && ARTICLES.has(head))) return { start, end, value: groupNoun, hasMagnitude: false };
    const count = head === undefined ? undefined : lexicon.numberWords[head];
    return { start, end, value: count === undefined ? Number.NaN : count * groupNoun, hasMagnitude: false };
  }
  if (spelled.some((word) => HALF_WORD.test(word)) || end - start > limits.maxRecognizerWindow) {
    return { start, end, value: Number.NaN, hasMagnitude };
  }
  const fromTable = spelled.length === 1 || !lexicon.recognizerCulture ? tableValue(lexicon, spelled) : undefined;
  if (fromTable !== undefined) return { start, end, value: fromTable, hasMagnitude };
  const culture = lexicon.recognizerCulture;
  if (!culture) return { start, end, value: Number.NaN, hasMagnitude };
  const window = text.slice(start, end);
  const recognized = budget.spend('number', `${culture}:${window}`, () => recognizeNumbersIn(culture, window));
  const only = recognized?.length === 1 ? recognized[0] : undefined;
  const whole = only !== undefined && only.start === 0 && only.end === window.length;
  return { start, end, value: whole ? only.value : Number.NaN, hasMagnitude };
}

const LATIN_WORD = new RegExp(`[${LATIN_LETTER}]+`, 'g');

function findLatinNumbers(text: string, lexicon: Lexicon, budget: RecognizerBudget): WordNumber[] {
  const found: WordNumber[] = [];
  const words: LatinWord[] = [...text.matchAll(LATIN_WORD)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
  let index = 0;
  while (index < words.length) {
    const word = words[index];
    if (!word || !isNumberWord(lexicon, word.word)) {
      index += 1;
      continue;
    }
    const run: LatinWord[] = [word];
    let next = index + 1;
    // A run continues over number words and the words joining them ("treinta y cinco", "vingt-huit").
    while (next < words.length) {
      const candidate = words[next];
      const previous = words[next - 1];
      if (!candidate || !previous || !/^[\s-]+$/.test(text.slice(previous.end, candidate.start))) break;
      if (isNumberWord(lexicon, candidate.word)) run.push(candidate);
      else if (!JOINING.has(candidate.word) || !isNumberWord(lexicon, words[next + 1]?.word ?? '')) break;
      next += 1;
    }
    index = next;
    const number = readLatinRun(text, lexicon, run, budget);
    if (number) found.push(number);
  }
  return found;
}

/**
 * Numbers written in words in this language, in folded text whose digits are blanked: numerals in Chinese
 * characters for Japanese and Chinese ("三百六十万", "十"), number words for the others ("diez", "zehn", "dix",
 * "tres millones"), read by Microsoft's recognizer for the language's culture within the message's budget, or
 * from the lexicon's table where no culture reads them (German).
 *
 * @example
 * findLocalWordNumbers('三百六十万美元', zhHans); // [{ start: 0, end: 5, value: 3600000, hasMagnitude: true }]
 */
export function findLocalWordNumbers(text: string, lexicon: Lexicon, budget: RecognizerBudget): WordNumber[] {
  if (!lexicon.spaced) return findCjkNumbers(text);
  if (Object.keys(lexicon.numberWords).length === 0) return [];
  return findLatinNumbers(text, lexicon, budget);
}
