import type { Lexicon } from './types';

/** French. "$" after the figure is the US dollar, as in English ("3 600 000 $", "3,6 M$"). */
export const fr: Lexicon = {
  locale: 'fr',
  decimalComma: true,
  spaced: true,
  recognizerCulture: 'fr-fr',
  numberWords: {
    'zéro': 0, zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40,
    cinquante: 50, soixante: 60, cent: 100, mille: 1000, million: 1e6, millions: 1e6,
  },
  magnitudes: { milliards: 9, milliard: 9, mds: 9, md: 9, millions: 6, million: 6, mio: 6, mns: 6, mn: 6, mille: 3, k: 3, m: 6 },
  yes: ['oui', 'ouais', 'bien\\s+s[uû]r', 'tout\\s+[aà]\\s+fait', 'exact(?:ement)?', 'correct', 'absolument', 'certainement', "d'accord", 'oui,?\\s+(?:nous\\s+)?(?:le\\s+)?(?:sommes|avons|est)', 'affirmatif'],
  no: ['non', 'pas\\s+encore', 'pas\\s+du\\s+tout', 'jamais', 'n[ée]gatif', 'non,?\\s+(?:nous\\s+)?(?:ne\\s+)?(?:le\\s+)?(?:sommes|avons)\\s+pas'],
  none: ['aucun', 'aucune', 'rien', 'z[ée]ro', 'non', 'pas\\s+encore', 'aucun\\s+pour\\s+l.instant', "nous\\s+n'en\\s+avons\\s+(?:pas|aucun|aucune)(?:\\s+encore)?", "on\\s+n'en\\s+a\\s+pas", "il\\s+n'y\\s+en\\s+a\\s+pas", 'pas\\s+de\\s+(?:clients?|transactions?|engagement)'],
  unknown: ['je\\s+ne\\s+sais\\s+pas', 'je\\s+sais\\s+pas', 'sais\\s+pas', 'aucune\\s+id[ée]e', 'je\\s+ne\\s+suis\\s+pas\\s+s[uû]re?', 'pas\\s+s[uû]re?', 'inconnu', 'passer', 'ignorer', 'suivant', 'sans\\s+objet', 'n/?a'],
  unsure: ['je\\s+ne\\s+sais\\s+pas', 'je\\s+sais\\s+pas', 'aucune\\s+id[ée]e', 'pas\\s+s[uû]re?'],
  guess: ['peut-[eê]tre', 'probablement', 'je\\s+pense', 'je\\s+crois', 'sans\\s+doute'],
  approximately: ['environ', 'approximativement', 'à\\s+peu\\s+près', 'a\\s+peu\\s+pres', 'autour\\s+de', 'près\\s+de', 'presque', 'quelque\\s+chose\\s+comme'],
  usd: ['dollars?\\s+(?:am[ée]ricains?|us)', 'dollars?', '\\$\\s?us', 'us\\s?\\$', '\\$'],
  foreign: ['euros?', 'dollars?\\s+canadiens?', 'livres?(?:\\s+sterling)?', 'francs?(?:\\s+suisses)?', 'yens?', 'yuans?'],
  foreignAnywhere: ['euros?', 'livres\\s+sterling', 'francs\\s+suisses', 'dollars?\\s+canadiens?'],
  currencyJoiner: "(?:de\\s+|d')?",
  periods: ['mois', 'ans?', 'ann[ée]es?', 'semaines?', 'jours?', 'trimestres?'],
  metrics: {
    billedSales: ['ventes\\s+factur[ée]es', 'chiffre\\s+d.affaires', 'facturation', 'ventes'],
    netNew: ['nouveaux\\s+clients(?:\\s+nets)?', 'clients\\s+nouveaux'],
    transactions: ['transactions?', 'ventes'],
    customers: ['clients?'],
    commitment: ['engagements?(?:\\s+de\\s+consommation)?'],
  },
  pairJoiners: ['de', 'avec', 'aupr[eè]s\\s+de', 'chez', 'pour', 'sur', 'et'],
  connectors: ['est', 'sont', '[ée]tait', '[ée]taient', 'serait', 'de', 'à', 'a', 'en', "d'"],
  more: ['de\\s+plus', 'en\\s+plus', 'plus', 'suppl[ée]mentaires?', 'additionnel(?:le)?s?'],
  fewer: ['de\\s+moins', 'en\\s+moins', 'moins'],
  hypothetical: ['et\\s+si', "qu'est-ce\\s+qui\\s+se\\s+passe(?:rait)?\\s+si", 'que\\s+se\\s+passe(?:rait)?-t-il\\s+si', 'si\\s+(?:nous\\s+)?(?:avions|avons|on\\s+avait|ajoutions)', 'supposons', 'imaginons'],
};
