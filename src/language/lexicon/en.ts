import type { Lexicon } from './types';

/**
 * English: its words stay in the parsers' own patterns (they are tuned and tested there); this entry holds the
 * few lists the language-independent code asks for, and leaves every addition empty so English reads as before.
 */
export const en: Lexicon = {
  locale: 'en',
  decimalComma: false,
  spaced: true,
  numberWords: {},
  magnitudes: {},
  yes: [],
  no: [],
  none: [],
  unknown: [],
  unsure: [],
  guess: [],
  approximately: [],
  usd: [],
  foreign: [],
  foreignAnywhere: [],
  currencyJoiner: '',
  periods: [],
  metrics: { billedSales: [], looseSales: [], netNew: [], transactions: [], customers: [], uniqueCustomers: [], commitment: [] },
  figureOf: [],
  counters: [],
  comparatorsBefore: [],
  comparatorsAfter: [],
  pairJoiners: [],
  connectors: [],
  zeroBefore: [],
  zeroAfter: [],
  more: [],
  fewer: [],
  months: [],
  asOf: [],
  hypothetical: [],
  questionStarts: [],
  questionEnds: [],
};
