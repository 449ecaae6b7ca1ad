import type { SupportedLocale } from '../../i18n/locales';

/**
 * The words one language uses for what the parsers read. Every entry is a regular-expression source matched on
 * folded (lower-case) text; the parsers try the current language's words and then English's, because partners mix
 * English jargon into their own language ("MBS", "net-new", "top tier").
 */
export interface Lexicon {
  locale: SupportedLocale;
  /** "," starts the decimals and ".", a space or a (narrow) no-break space group thousands ("3.600.000", "3,6"). */
  decimalComma: boolean;
  /** Words are separated by spaces; false for Japanese and Chinese, whose patterns match without word boundaries. */
  spaced: boolean;
  /** The culture of Microsoft's number recognizer that reads this language's numbers in words, when it does. */
  recognizerCulture?: string;
  /** Small numbers in words, read here when no recognizer culture does ("zehn", "zwölf"). */
  numberWords: Readonly<Record<string, number>>;
  /** Magnitude words and abbreviations after a numeral, as powers of ten ("mio." 6, "万" 4). */
  magnitudes: Readonly<Record<string, number>>;
  /** Whole answers meaning yes / no. */
  yes: readonly string[];
  no: readonly string[];
  /** Whole answers meaning "none" / "we don't have one" for an amount or a count. */
  none: readonly string[];
  /** Whole answers meaning "I don't know" or "skip". */
  unknown: readonly string[];
  /** Words anywhere that say the person is unsure or guessing ("no sé", "vielleicht"). */
  unsure: readonly string[];
  guess: readonly string[];
  /** Leading hedges that keep the value ("unos", "environ", "etwa", "約"). */
  approximately: readonly string[];
  /** US dollars written before or after a figure ("dólares", "US-Dollar", "ドル", "美元"). */
  usd: readonly string[];
  /** Other currencies written before or after a figure; checked before `usd` ("dólares canadienses"). */
  foreign: readonly string[];
  /** Other currencies named anywhere in an amount answer (unambiguous words only). */
  foreignAnywhere: readonly string[];
  /** What joins a magnitude to its currency ("millones DE dólares"). */
  currencyJoiner: string;
  /** Words for a length of time after a figure ("12 meses"): not a quantity. */
  periods: readonly string[];
  metrics: {
    billedSales: readonly string[];
    /** Looser words for billed sales ("ventas", "Umsatz"), trusted only beside a figure that looks like money. */
    looseSales: readonly string[];
    netNew: readonly string[];
    transactions: readonly string[];
    customers: readonly string[];
    /** The unique customers behind the transactions, as the catalogues label them ("clientes únicos", "一意の顧客"). */
    uniqueCustomers: readonly string[];
    commitment: readonly string[];
  };
  /** Between a figure and the metric it is of ("3,2 millones USD DE MBS", "3,2 M USD DE MBS"). */
  figureOf: readonly string[];
  /** Measure words between a count and its noun ("10 个…净新客户", "10 社"). */
  counters: readonly string[];
  /** Comparators before a threshold that qualifies a count ("de más de 10.000 USD", "über 10.000 USD", "超过 1万美元"). */
  comparatorsBefore: readonly string[];
  /** Comparators after it, for languages that put them there ("1万ドル超の", "1万美元以上的"). */
  comparatorsAfter: readonly string[];
  /** Between "N transactions" and "M customers" ("de", "von", "から"). */
  pairJoiners: readonly string[];
  /** Between a label and its figure ("fue", "war", "は"). */
  connectors: readonly string[];
  /** Before a metric, saying there is none of it ("sin", "ohne", "没有"); after it ("なし"). */
  zeroBefore: readonly string[];
  zeroAfter: readonly string[];
  more: readonly string[];
  fewer: readonly string[];
  /** Month names, January first, as regular-expression sources ("jun(?:io)?"); empty for ja and zh (6月). */
  months: readonly string[];
  /** Words that make a date the evaluation date ("a fecha de", "zum", "時点", "截至"). */
  asOf: readonly string[];
  /** What-if openings ("y si", "was wäre, wenn", "如果"). */
  hypothetical: readonly string[];
  /** Words that open a question ("qué", "wie", "什么"), and, for languages that mark questions at the end, closings ("か", "吗"). */
  questionStarts: readonly string[];
  questionEnds: readonly string[];
}
