import type { Lexicon } from './types';

/**
 * German. Microsoft's recognizers (1.3.1) read no German number words, so small ones are read from this table.
 * "Mio." and "Mrd." keep their dots ("3,6 Mio. USD").
 */
export const de: Lexicon = {
  locale: 'de',
  decimalComma: true,
  spaced: true,
  numberWords: {
    null: 0, eins: 1, ein: 1, eine: 1, einen: 1, zwei: 2, drei: 3, vier: 4, 'fünf': 5, fuenf: 5, sechs: 6, sieben: 7,
    acht: 8, neun: 9, zehn: 10, elf: 11, 'zwölf': 12, zwoelf: 12, dreizehn: 13, vierzehn: 14, 'fünfzehn': 15,
    sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, 'dreißig': 30, dreissig: 30, vierzig: 40,
    'fünfzig': 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100, tausend: 1000, million: 1e6,
    millionen: 1e6, milliarde: 1e9, milliarden: 1e9,
  },
  magnitudes: { milliarden: 9, milliarde: 9, 'mrd\\.?': 9, millionen: 6, million: 6, 'mio\\.?': 6, tausend: 3, 'tsd\\.?': 3, k: 3, m: 6 },
  yes: ['ich\\s+glaube\\s+(?:schon|ja)', 'ja', 'jawohl', 'genau', 'richtig', 'stimmt', 'sicher', 'natürlich', 'klar', 'korrekt', 'doch', 'ja,?\\s+(?:wir\\s+)?(?:sind|haben)(?:\\s+wir)?', 'auf\\s+jeden\\s+fall'],
  no: ['ich\\s+glaube\\s+nicht', 'nein', 'ne', 'nee', 'noch\\s+nicht', 'nicht\\s+wirklich', 'überhaupt\\s+nicht', 'niemals', 'nie', 'wir\\s+(?:sind|haben)\\s+(?:es\\s+)?(?:nicht|keine?n?)'],
  none: ['keine', 'keiner', 'keinen', 'kein', 'nichts', 'null', 'nein', 'noch\\s+keine?n?', 'noch\\s+nicht', 'wir\\s+haben\\s+(?:noch\\s+)?(?:keine?n?|nichts)', 'gibt\\s+es\\s+nicht', 'haben\\s+wir\\s+nicht'],
  unknown: ['wei(?:ß|ss)\\s+(?:ich\\s+)?nicht', 'ich\\s+wei(?:ß|ss)\\s+(?:es\\s+)?nicht', 'keine\\s+ahnung', 'nicht\\s+sicher', 'ich\\s+bin\\s+(?:mir\\s+)?nicht\\s+sicher', 'unbekannt', 'überspringen', 'weiter', 'nächste', 'k\\.?\\s?a\\.?', 'n/?a'],
  unsure: ['wei(?:ß|ss)\\s+(?:ich\\s+)?(?:es\\s+)?nicht', 'keine\\s+ahnung', 'nicht\\s+sicher'],
  guess: ['vielleicht', 'wahrscheinlich', 'ich\\s+glaube', 'ich\\s+denke', 'vermutlich', 'schätzungsweise'],
  approximately: ['etwa', 'ungefähr', 'ca\\.?', 'circa', 'rund', 'knapp', 'fast', 'so\\s+um\\s+die'],
  usd: ['us-dollar', 'us\\s+dollar', 'dollar', 'us\\s?\\$'],
  foreign: ['euro', 'eur', 'franken', 'pfund', 'yen', 'yuan', 'kanadische\\s+dollar'],
  foreignAnywhere: ['euro', 'franken', 'pfund(?:\\s+sterling)?'],
  currencyJoiner: '',
  periods: ['monate?n?', 'jahre?n?', 'wochen?', 'tage?n?', 'quartale?n?'],
  metrics: {
    billedSales: ['abgerechnete[nr]?\\s+ums[aä]tze?', 'marketplace-umsatz', 'abrechnungsumsatz'],
    looseSales: ['ums[aä]tze?', 'erl[oö]se?'],
    netNew: ['neue[nr]?\\s+kunden', 'neukunden', 'netto-neukunden', 'net[\\s-]*new[\\s-]*kunden', 'net[\\s-]*new'],
    transactions: ['transaktionen', 'transaktion', 'geschäfte', 'abschlüsse'],
    customers: ['kunden', 'kunde'],
    commitment: ['verpflichtungen', 'verpflichtung', 'verbrauchszusagen?', 'zusagen?'],
  },
  pairJoiners: ['von', 'mit', 'bei', 'über', 'aus', 'f[uü]r', 'und'],
  connectors: ['ist', 'sind', 'war', 'waren', 'wäre', 'wären', 'läge\\s+bei', 'liegt\\s+bei', 'lag\\s+bei', 'insgesamt', 'betr[äa]gt', 'betrug', 'von', 'auf', 'bei', 'um'],
  zeroBefore: ['ohne', 'kein(?:e|en|er)?', 'noch\\s+kein(?:e|en)?'],
  zeroAfter: [],
  more: ['mehr', 'zusätzliche[n]?', 'weitere'],
  fewer: ['weniger'],
  months: ['jan(?:uar)?\\.?|jänner', 'feb(?:ruar)?\\.?', 'mär(?:z)?\\.?|maerz', 'apr(?:il)?\\.?', 'mai', 'jun(?:i)?\\.?', 'jul(?:i)?\\.?', 'aug(?:ust)?\\.?', 'sep(?:t(?:ember)?)?\\.?', 'okt(?:ober)?\\.?', 'nov(?:ember)?\\.?', 'dez(?:ember)?\\.?'],
  asOf: ['zum', 'am', 'im', 'per', 'stand', 'ende', 'qualifiz\\w*', 'berechtigt'],
  hypothetical: ['was\\s+wäre,?\\s+wenn', 'was\\s+passiert,?\\s+wenn', 'wenn\\s+wir', 'angenommen', 'nehmen\\s+wir\\s+an'],
  questionStarts: ['was', 'wie', 'welche[rsnm]?', 'warum', 'wieso', 'weshalb', 'wann', 'wo', 'wer', 'ist', 'sind', 'z[aä]hlt', 'k[oö]nnen', 'kann', 'm[uü]ssen', 'bedeutet', 'erkl[aä]ren?'],
  questionEnds: [],
};
