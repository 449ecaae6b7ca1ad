import { currentLexicon } from './lexicon';
import { cachedPattern, LATIN_LETTER, mentionsAnyWord } from './lexicon/patterns';
import { foldForMatching } from './normalizeAnswer';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{4})\\b`, 'i');
const END_OF_FY = /\b(?:end\s+of\s+)?fy\s?'?(\d{2}|\d{4})\b/i;
// The words that make a date the evaluation date rather than, say, a designation's attainment date.
const AS_OF_WORDS = /\b(?:as\s+(?:of|at)|on|qualif\w*|eligib\w*|status|evaluate|back\s+in|at\s+the\s+end\s+of|end\s+of|in)\b/i;

const pad = (n: number) => String(n).padStart(2, '0');
const monthIndex = (name: string) => MONTHS.findIndex((month) => month.startsWith(name.toLowerCase().slice(0, 3)));
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 0 && month < 12 && day >= 1 && day <= lastDayOf(year, month);
}

function iso(year: number, month: number, day: number): string | undefined {
  return isRealDate(year, month, day) ? `${year}-${pad(month + 1)}-${pad(day)}` : undefined;
}

/**
 * The evaluation date a message asks about: "would they have qualified on 30 June 2024?", "as of March 2025"
 * (a month means its last day), "as of 2025-01-15", "at the end of FY24" (30 June: Microsoft's fiscal year ends
 * then). Undefined when the message names no date or names one without asking about a status on it.
 *
 * @example
 * readAsOfDate('would they have qualified on 30 June 2024?'); // '2024-06-30'
 */
export function readAsOfDate(text: string): string | undefined {
  const lexicon = currentLexicon();
  if (!AS_OF_WORDS.test(text) && !mentionsAnyWord(lexicon, 'asOf', lexicon.asOf, foldForMatching(text))) return undefined;
  return readCalendarDate(text);
}

/**
 * Any date a message names, whatever it is for: "2024-09-15", "15 September 2024", "Sept 15, 2024", "September
 * 2024" (a month means its last day), "end of FY24" (30 June).
 *
 * @example
 * readCalendarDate('Azure, since September 2024'); // '2024-09-30'
 */
export function readCalendarDate(text: string): string | undefined {
  const isoMatch = ISO.exec(text);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]) - 1, Number(isoMatch[3]));
  const local = readLocalDate(foldForMatching(text));
  if (local !== null) return local;
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return iso(Number(dmy[3]), monthIndex(dmy[2]!), Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return iso(Number(mdy[3]), monthIndex(mdy[1]!), Number(mdy[2]));
  const my = MONTH_YEAR.exec(text);
  if (my) {
    const year = Number(my[2]);
    const month = monthIndex(my[1]!);
    return iso(year, month, lastDayOf(year, month));
  }
  const fy = END_OF_FY.exec(text);
  if (fy) {
    const year = fy[1]!.length === 2 ? 2000 + Number(fy[1]) : Number(fy[1]);
    return iso(year, 5, 30);
  }
  return undefined;
}

/**
 * A date in the current language's own forms: "30 de junio de 2024", "30 juin 2024", "30. Juni 2024",
 * "30.06.2024", "30/06/2024" (day first), "junio de 2024" (the month's last day), "2024年6月30日", "2024年6月".
 * Null when the text holds none of them (English: always null, its forms are read above).
 */
function readLocalDate(folded: string): string | undefined | null {
  const lexicon = currentLexicon();
  if (lexicon.locale === 'en') return null;
  const cjk = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/.exec(folded);
  if (cjk) {
    const year = Number(cjk[1]);
    const month = Number(cjk[2]) - 1;
    return iso(year, month, cjk[3] ? Number(cjk[3]) : lastDayOf(year, month));
  }
  if (!lexicon.spaced) return null;
  const numeric = /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)/.exec(folded);
  if (numeric) return iso(Number(numeric[4]), Number(numeric[3]) - 1, Number(numeric[1]));
  if (lexicon.months.length === 0) return null;
  const month = `(${lexicon.months.join('|')})`;
  const dayMonthYear = cachedPattern(lexicon, 'dayMonthYear', () => `(?<!\\d)(\\d{1,2})(?:\\.|º|er)?\\s*(?:de\\s+)?${month}(?![${LATIN_LETTER}])\\.?\\s*(?:de\\s+|del\\s+|,\\s*)?(\\d{4})(?!\\d)`);
  const monthYear = cachedPattern(lexicon, 'monthYear', () => `(?<![${LATIN_LETTER}])${month}(?![${LATIN_LETTER}])\\.?\\s*(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)`);
  const indexOf = (name: string) => lexicon.months.findIndex((pattern) => new RegExp(`^(?:${pattern})$`).test(name));
  const dmy = dayMonthYear.exec(folded);
  if (dmy) return iso(Number(dmy[3]), indexOf(dmy[2] ?? ''), Number(dmy[1]));
  const my = monthYear.exec(folded);
  if (my) {
    const year = Number(my[2]);
    const index = indexOf(my[1] ?? '');
    return index < 0 ? undefined : iso(year, index, lastDayOf(year, index));
  }
  return null;
}
