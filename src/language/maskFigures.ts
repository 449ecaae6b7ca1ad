// Magnitudes written after a figure, in every language the bot speaks: "3.6M", "3,6 Mio.", "3,6 millones",
// "3,6 milhões", "3,6 millions", "2 Mrd." An abbreviation's full stop goes with it. These follow a digit, so they
// are safe to mask whatever the message's language.
const MAGNITUDE =
  'k|m|mm|bn|b|million|billion|thousand|usd|ish|' +
  'mio|mrd|tsd|millionen|milliarden?|' +
  'mill[oó]n|millones|mil millones|mil|' +
  'milh[aã]o|milh[oõ]es|bilh[aã]o|bilh[oõ]es|' +
  'millions|milliards?|mds?';

// A figure with its currency sign, separators and magnitude ("$3.6M", "4,200,000", "3.600.000", "30ish",
// "2024-06-30"). Figures grouped by spaces ("3 600 000") become "num num num", which the last step folds into one.
// The lookahead, not \b, ends a magnitude: \b does not see "ó" or "õ" as letters.
const FIGURE = new RegExp(`[$€£]?\\d[\\d,.\\-/]*(?:\\s?(?:${MAGNITUDE})\\.?(?![\\p{L}\\p{N}]))?`, 'giu');

// Chinese and Japanese figures: digits with a magnitude character ("360万", "3億6000万", "1.2亿"), runs of numeral
// characters ("三百六十万", "二十"), and a single numeral before a counter ("十件", "三个", "五社"). A lone 一 stays:
// it is more often "a" or part of a word (一下, 统一, 一緒) than the figure one, as English keeps "one".
// The lookbehind starts a figure only at the first digit of a run, so a long run of digits is scanned once.
const CJK_MAGNITUDE = '十百千万萬亿億兆';
const CJK_NUMERAL = `〇零一二三四五六七八九两兩${CJK_MAGNITUDE}`;
const CJK_COUNTER = '件个個家位笔筆社名人次项項条條回';
const CJK_FIGURE = new RegExp(
  `(?<![\\d,.])\\d[\\d,.]*\\s?[${CJK_MAGNITUDE}][\\d,.${CJK_MAGNITUDE}]*|[${CJK_NUMERAL}]{2,}|[二三四五六七八九十两兩](?=[${CJK_COUNTER}])`,
  'g',
);

const NON_ASCII = /[^\t\n\r -~]/;

// Figures in words, so "twelve" and "12" look alike to the model. "one" stays: it is more often a pronoun.
// Per language (NLP.js codes), so that Spanish "once" (eleven) or German "elf" are masked only in their language.
const NUMBER_WORDS: Record<string, RegExp> = {
  en: /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)\b/gi,
  es: /(?<![\p{L}\p{N}])(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|veinte|treinta|cuarenta|cincuenta|cien|cientos|mil|millones|mill[oó]n|docena)(?![\p{L}\p{N}])/giu,
  pt: /(?<![\p{L}\p{N}])(?:dois|duas|tr[eê]s|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|treze|quinze|vinte|trinta|quarenta|cinquenta|cem|mil|milh[aã]o|milh[oõ]es|d[uú]zia)(?![\p{L}\p{N}])/giu,
  fr: /(?<![\p{L}\p{N}])(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quinze|vingt|trente|quarante|cinquante|cent|mille|millions?|milliards?|douzaine)(?![\p{L}\p{N}])/giu,
  de: /(?<![\p{L}\p{N}])(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend|million|millionen|milliarden?|dutzend)(?![\p{L}\p{N}])/giu,
};

/**
 * Writes every figure as the word "num", so the intent model learns the shape of a message ("num more
 * transactions", "as of num") and not the particular numbers; the numbers are read by the recognizers. Figures
 * written the local way are masked the same way ("3,6 Mio.", "3 600 000", "360万", "三百六十万", "１２"), and number
 * words in the message's language (`language`: NLP.js's code, as the corpus's `locale`). Full-width characters are
 * read as their plain forms first (NFKC), so "１２件" and "12件" look alike.
 *
 * @example
 * maskFigures('what if we had 5 more transactions'); // 'what if we had num more transactions'
 * maskFigures('¿y si tuviéramos 3,6 millones?', 'es'); // '¿y si tuviéramos num ?'
 */
export function maskFigures(text: string, language = 'en'): string {
  // Plain ASCII (most English messages) has nothing to normalize and no Chinese or Japanese figure: skipped, so
  // English classification costs what it did before the other languages came.
  const plain = !NON_ASCII.test(text) ? text : text.normalize('NFKC').replace(CJK_FIGURE, ' num ');
  return plain
    .replace(FIGURE, ' num ')
    .replace(NUMBER_WORDS[language] ?? NUMBER_WORDS.en!, ' num ')
    .replace(/\bnum(?:[\s-]+num)+\b/g, 'num')
    .replace(/\s+/g, ' ')
    .trim();
}
