import { describe, expect, it } from 'vitest';
import { createTestBot, expectReply } from '../support/botHarness';
import { BILLED_SALES_QUESTION, CO_SELL_QUESTION, RULES_V2_TODAY, type Step } from '../support/conversationTable';

/*
 * Issue 19's conversations, one table per language, played on the real bot under the client language Teams or Web
 * Chat sends (`activity.locale`): a whole check to a gap and to a qualify result, a definition question, an amount
 * written the local way, a non-USD amount refused, and a what-if. Each expectation is written by hand in that
 * language, so a phrase that falls back to English, a figure formatted the US way or an answer misread fails.
 */
interface LanguageTable {
  language: string;
  locale: string;
  /** How a partner of that language opens, answers and asks, typed the way people type. */
  says: {
    start: string;
    yes: string;
    billedSales: string;
    fewNetNew: string;
    enoughNetNew: string;
    transactions: string;
    none: string;
    showResult: string;
    foreignAmount: string;
    definition: string;
    whatIf: string;
  };
  /** What the bot shows: a fragment of each question and result, in that language. */
  shows: {
    coSellQuestion: string;
    billedSalesQuestion: string;
    netNewQuestion: string;
    transactionsQuestion: string;
    commitmentQuestion: string;
    notYet: string;
    shortBy: string;
    qualified: string;
    criterionMet: string;
    notUsd: string;
    definition: string[];
    whatIfChange: string;
  };
}

// Intl keeps an amount and its currency code together with a no-break space; French groups digits with a narrow one.
const NBSP = '\u00a0';
const NNBSP = '\u202f';

const tables: LanguageTable[] = [
  {
    language: 'Spanish',
    locale: 'es-MX',
    says: {
      start: '¿calificamos para los beneficios top tier?',
      yes: 'si',
      billedSales: '3,6 millones de dólares',
      fewNetNew: 'ocho',
      enoughNetNew: '12 clientes',
      transactions: '25 transacciones de 6 clientes',
      none: 'ninguno',
      showResult: 'Ver mi resultado',
      foreignAmount: '3,6 millones de euros',
      definition: 'que es MBS',
      whatIf: '¿y si tuviéramos 4 clientes nuevos más?',
    },
    shows: {
      coSellQuestion: '¿su organización es **Azure IP co-sell eligible**?',
      billedSalesQuestion: '**ventas facturadas en el marketplace** (MBS)',
      netNewQuestion: '**clientes net-new**',
      transactionsQuestion: '**transacciones en el marketplace de al menos 100 USD**',
      commitmentQuestion: '**firmó por sí misma un compromiso de consumo en la nube**',
      notYet: 'Todavía no',
      shortBy: `400.000${NBSP}USD`,
      qualified: 'Cumple los requisitos de los beneficios top-tier',
      criterionMet: 'Buenas noticias',
      notUsd: 'dólares estadounidenses',
      definition: ['**MBS**', 'ventas facturadas', 'learn.microsoft.com'],
      whatIfChange: '8 → 12',
    },
  },
  {
    language: 'Portuguese (Brazil)',
    locale: 'pt-BR',
    says: {
      start: 'quero verificar se somos elegiveis',
      yes: 'sim',
      billedSales: 'US$ 3,6 milhões',
      fewNetNew: 'oito',
      enoughNetNew: 'doze',
      transactions: '25 transações de 6 clientes',
      none: 'nenhum',
      showResult: 'Ver meu resultado',
      foreignAmount: 'R$ 3,6 milhões',
      definition: 'o que é MBS?',
      whatIf: 'e se tivéssemos 4 clientes net-new a mais?',
    },
    shows: {
      coSellQuestion: 'a sua organização é **Azure IP co-sell eligible**?',
      billedSalesQuestion: '**vendas faturadas no marketplace** (MBS)',
      netNewQuestion: '**clientes net-new**',
      transactionsQuestion: '**transações no marketplace de pelo menos USD 100**',
      commitmentQuestion: '**assinou por conta própria um compromisso de consumo de nuvem**',
      notYet: 'Ainda não',
      shortBy: `USD${NBSP}400.000`,
      qualified: 'Você se qualifica para os benefícios top-tier',
      criterionMet: 'Boa notícia',
      notUsd: 'dólares americanos',
      definition: ['**MBS**', 'vendas faturadas', 'learn.microsoft.com'],
      whatIfChange: '8 → 12',
    },
  },
  {
    language: 'French',
    locale: 'fr-FR',
    says: {
      start: 'est-ce que nous sommes éligibles ?',
      yes: 'oui',
      billedSales: '3 600 000 $',
      fewNetNew: 'huit',
      enoughNetNew: 'douze',
      transactions: '25 transactions de 6 clients',
      none: 'aucun',
      showResult: 'Voir mon résultat',
      foreignAmount: '3,6 millions d’euros',
      definition: "c'est quoi MBS ?",
      whatIf: 'et si nous avions 4 nouveaux clients de plus ?',
    },
    shows: {
      coSellQuestion: 'votre organisation est-elle **éligible Azure IP co-sell**',
      billedSalesQuestion: '**ventes facturées sur la marketplace** (MBS)',
      netNewQuestion: '**clients net-new**',
      transactionsQuestion: '**transactions sur la marketplace',
      commitmentQuestion: '**elle-même signé un engagement de consommation cloud**',
      notYet: 'Pas encore',
      shortBy: `400${NNBSP}000${NBSP}USD`,
      qualified: 'Vous êtes éligible aux avantages top-tier',
      criterionMet: 'Bonne nouvelle',
      notUsd: 'dollars américains',
      definition: ['**MBS**', 'ventes facturées', 'learn.microsoft.com'],
      whatIfChange: '8 → 12',
    },
  },
  {
    language: 'German',
    locale: 'de-DE',
    says: {
      start: 'Sind wir berechtigt?',
      yes: 'ja',
      billedSales: '3,6 Mio. USD',
      fewNetNew: 'acht',
      enoughNetNew: 'zwölf',
      transactions: '25 Transaktionen von 6 Kunden',
      none: 'keine',
      showResult: 'Ergebnis anzeigen',
      foreignAmount: '3,6 Mio. EUR',
      definition: 'Was bedeutet MBS?',
      whatIf: 'was wäre, wenn wir 4 Neukunden mehr hätten?',
    },
    shows: {
      coSellQuestion: 'Ist Ihre Organisation **Azure IP co-sell-berechtigt**',
      billedSalesQuestion: '**über den Marketplace abgerechneter Umsatz**',
      netNewQuestion: '**Net-new-Kunden**',
      transactionsQuestion: '**Marketplace-Transaktionen',
      commitmentQuestion: '**selbst eine Cloud-Verbrauchszusage unterzeichnet**',
      notYet: 'Noch nicht',
      shortBy: `400.000${NBSP}USD`,
      qualified: 'Sie qualifizieren sich für die Top-Tier-Vorteile',
      criterionMet: 'Gute Nachricht',
      notUsd: 'US-Dollar',
      definition: ['**MBS**', 'Umsatz', 'learn.microsoft.com'],
      whatIfChange: '8 → 12',
    },
  },
  {
    language: 'Japanese',
    locale: 'ja-JP',
    says: {
      start: '資格があるか確認したい',
      yes: 'はい',
      billedSales: '360万ドル',
      fewNetNew: '8社',
      enoughNetNew: '１２社',
      transactions: '6社から25件の取引',
      none: 'なし',
      showResult: '結果を表示',
      foreignAmount: '5億円',
      definition: 'MBSとは何ですか',
      whatIf: 'もし新規顧客があと4社多かったら',
    },
    shows: {
      coSellQuestion: '**Azure IP co-sell eligible** ですか',
      billedSalesQuestion: '**marketplace billed sales**（MBS',
      netNewQuestion: '**新規顧客**',
      transactionsQuestion: '**USD 100 以上のマーケットプレース取引**',
      commitmentQuestion: '**自社でクラウド消費コミットメントに署名**',
      notYet: 'まだ対象外です',
      shortBy: `USD${NBSP}400,000`,
      qualified: 'top-tier 特典の対象です',
      criterionMet: '朗報です',
      notUsd: '米ドル',
      definition: ['**MBS**', 'マーケットプレース請求売上', 'learn.microsoft.com'],
      whatIfChange: '8 → 12',
    },
  },
  {
    language: 'Chinese (Simplified)',
    locale: 'zh-CN',
    says: {
      start: '我们有资格吗',
      yes: '是',
      billedSales: '三百六十万美元',
      fewNetNew: '8个',
      enoughNetNew: '十二个',
      transactions: '来自6个客户的25笔交易',
      none: '没有',
      showResult: '显示结果',
      foreignAmount: '2500万元人民币',
      definition: '什么是MBS',
      whatIf: '如果再多4个新客户呢',
    },
    shows: {
      coSellQuestion: '**Azure IP co-sell 资格（co-sell eligible）**',
      billedSalesQuestion: '**市场账单销售额**',
      netNewQuestion: '**净新客户**',
      transactionsQuestion: '**至少 USD 100 的市场交易**',
      commitmentQuestion: '**自己签署了云消费承诺**',
      notYet: '尚未达标',
      shortBy: `USD${NBSP}400,000`,
      qualified: '您符合顶级权益的条件',
      criterionMet: '好消息',
      notUsd: '美元',
      definition: ['**MBS**', '市场账单销售额', 'learn.microsoft.com'],
      whatIfChange: '8 → 12',
    },
  },
];

/** English the bot must never fall back to in another language's conversation. */
const ENGLISH = ['did not follow', 'did not catch', 'Not yet', 'You qualify', 'Check eligibility', 'Show my result', 'What changed', 'short of'];

function conversations({ says, shows }: LanguageTable): Array<{ name: string; steps: Step[] }> {
  const toNetNew: Step[] = [
    [says.start, [shows.coSellQuestion]],
    [says.yes, [shows.billedSalesQuestion]],
    [says.billedSales, [shows.netNewQuestion]],
  ];
  const toGap: Step[] = [
    ...toNetNew,
    [says.fewNetNew, [shows.transactionsQuestion]],
    [says.transactions, [shows.commitmentQuestion]],
    [says.none, [shows.notYet, shows.shortBy]],
  ];
  return [
    { name: 'a whole check, the amount written the local way, ends with the gap', steps: toGap },
    {
      name: 'a whole check that qualifies on net-new customers',
      steps: [...toNetNew, [says.enoughNetNew, [shows.criterionMet, says.showResult]], [says.showResult, [shows.qualified]]],
    },
    { name: 'a definition question is answered with its source', steps: [[says.definition, shows.definition]] },
    {
      name: 'an amount in another currency is refused in the language, and the question stays open',
      steps: [...toNetNew.slice(0, 2), [says.foreignAmount, [shows.notUsd], [shows.netNewQuestion]], [says.billedSales, [shows.netNewQuestion]]],
    },
    { name: 'a what-if after the gap shows the change and the qualify result', steps: [...toGap, [says.whatIf, [shows.whatIfChange, shows.qualified]]] },
  ];
}

for (const channelId of ['msteams', 'webchat']) {
  describe(`partners in their own language on ${channelId}`, () => {
    for (const table of tables) {
      describe(`${table.language} (${table.locale})`, () => {
        for (const conversation of conversations(table)) {
          it(conversation.name, async () => {
            const bot = createTestBot({ channelId, today: RULES_V2_TODAY, locale: table.locale });
            for (const [userSays, shows, neverShows = []] of conversation.steps) {
              const label = typeof userSays === 'string' ? userSays : JSON.stringify(userSays);
              const reply = typeof userSays === 'string' ? await bot.sayText(userSays) : await bot.sayText('', { value: userSays });
              expectReply(reply, label, shows, [...neverShows, ...ENGLISH]);
            }
          });
        }
      });
    }
  });
}

/** After a result, a figure said relative to the one given is a what-if in every language, never a correction to it. */
const relativeChanges: Array<[locale: string, change: string, shows: string]> = [
  ['es-ES', '5 transacciones más', '25 → 30'],
  ['pt-BR', 'mais 5 transações', '25 → 30'],
  ['fr-FR', '5 transactions de plus', '25 → 30'],
  ['de-DE', '5 Transaktionen mehr', '25 → 30'],
  ['ja-JP', '取引があと5件多かったら', '25 → 30'],
  ['zh-Hans', '再多5笔交易', '25 → 30'],
  ['es-ES', '3 transacciones menos', '25 → 22'],
  ['de-DE', '3 Transaktionen weniger', '25 → 22'],
];

describe('a relative change after the result is a what-if in every language', () => {
  for (const [locale, change, shows] of relativeChanges) {
    it(`"${change}" (${locale}) changes the figure by that much, hypothetically`, async () => {
      const table = tables.find((candidate) => candidate.locale.slice(0, 2) === locale.slice(0, 2))!;
      const bot = createTestBot({ channelId: 'webchat', today: RULES_V2_TODAY, locale });
      for (const [userSays] of conversations(table)[0]!.steps) await bot.sayText(userSays as string);
      expectReply(await bot.sayText(change), change, [shows], [/→ [35]$/m, ...ENGLISH]);
    });
  }
});

/*
 * What fresh-eyes testers typed (issue 19 findings A, B, C), each at the question it was typed at, in the
 * language's own conversation: the exact input, what the bot must say, and what it must never say or record.
 */
type Stop = 'coSell' | 'billedSales' | 'netNew' | 'transactions' | 'commitment';
interface Finding {
  locale: string;
  at: Stop;
  says: string;
  shows: Array<string | RegExp>;
  neverShows?: Array<string | RegExp>;
  /** Said next, with what the reply then shows ("resumen" after the finding, to see what was recorded). */
  then?: [says: string, shows: Array<string | RegExp>, neverShows?: Array<string | RegExp>];
}

/** The language's table; none for English and for languages the bot lacks (Italian), which are answered in English. */
function tableOf(locale: string): LanguageTable | undefined {
  return tables.find((candidate) => candidate.locale.slice(0, 2) === locale.slice(0, 2));
}

const ENGLISH_STEPS = ['check eligibility', 'yes', '3.6M', '8', '25 from 6'];

function stepsTo(locale: string, stop: Stop): string[] {
  const says = tableOf(locale)?.says;
  const order = says ? [says.start, says.yes, says.billedSales, says.fewNetNew, says.transactions] : ENGLISH_STEPS;
  const count = { coSell: 1, billedSales: 2, netNew: 3, transactions: 4, commitment: 5 }[stop];
  return order.slice(0, count);
}

/** Finding 1 (A7, B5, C11): an amount typed at a count question is refused as an amount, in the language, never counted. */
const amountsAtCountQuestions: Finding[] = [
  { locale: 'en-US', at: 'netNew', says: '3.6M', shows: ['looks like an amount', 'net-new customers'] },
  { locale: 'en-US', at: 'netNew', says: '$3.6 million', shows: ['looks like an amount'] },
  { locale: 'en-US', at: 'transactions', says: 'USD 3,600,000', shows: ['looks like an amount'] },
  { locale: 'es-ES', at: 'netNew', says: '3,6 Mio. USD', shows: ['parece un importe', '**clientes net-new**'], neverShows: ['Buenas noticias'] },
  { locale: 'es-ES', at: 'transactions', says: '3,6 millones', shows: ['parece un importe'], neverShows: ['Sigo adelante'] },
  { locale: 'pt-BR', at: 'netNew', says: 'US$ 3,6 milhões', shows: ['parece um valor em dinheiro'] },
  { locale: 'fr-CA', at: 'netNew', says: 'environ 3 600 000 $', shows: ['ressemble à un montant'] },
  { locale: 'de-CH', at: 'netNew', says: '3 600 000 €', shows: ['nach einem Betrag'] },
  { locale: 'de-CH', at: 'netNew', says: '3,6 Mio. Euro', shows: ['nach einem Betrag'] },
  { locale: 'de-CH', at: 'netNew', says: '3,6 Millionen Dollar', shows: ['nach einem Betrag'], neverShows: ['keine Zahl'] },
  { locale: 'ja-JP', at: 'netNew', says: '3.6M', shows: ['金額のようです'], neverShows: ['朗報です'] },
  { locale: 'ja-JP', at: 'transactions', says: '360万ドル', shows: ['金額のようです'] },
  { locale: 'zh-CN', at: 'netNew', says: '360万美元', shows: ['这看起来是一个金额'], neverShows: ['好消息'] },
];

function playFindings(title: string, findings: Finding[]) {
  describe(title, () => {
    for (const finding of findings) {
      it(`"${finding.says}" (${finding.locale}, at the ${finding.at} question)`, async () => {
        const bot = createTestBot({ channelId: 'webchat', today: RULES_V2_TODAY, locale: finding.locale });
        for (const step of stepsTo(finding.locale, finding.at)) await bot.sayText(step);
        expectReply(await bot.sayText(finding.says), finding.says, finding.shows, [...(finding.neverShows ?? []), ...(tableOf(finding.locale) ? ENGLISH : [])]);
        if (finding.then) {
          const [says, shows, neverShows = []] = finding.then;
          expectReply(await bot.sayText(says), says, shows, neverShows);
        }
      });
    }
  });
}

playFindings('an amount typed at a count question is never counted (findings A7, B5, C11)', amountsAtCountQuestions);

/** Finding 2 (A6, C4): a what-if asked mid-check in the language gets "what-ifs come after the result" and changes no answer. */
const whatIfsMidCheck: Finding[] = [
  { locale: 'es-MX', at: 'transactions', says: 'y si tuvieramos 5 transacciones mas', shows: ['Probaré escenarios', '**transacciones en el marketplace de al menos 100 USD**'], neverShows: ['procedían esas transacciones'] },
  { locale: 'es-MX', at: 'transactions', says: '¿y si tuviéramos 5 transacciones más?', shows: ['Probaré escenarios'], neverShows: ['procedían esas transacciones'] },
  { locale: 'zh-CN', at: 'commitment', says: '如果多3个新客户呢？', shows: ['结果出来后我再做假设分析'], neverShows: ['已修改', '→ 3'], then: ['摘要', ['：8'], ['：3']] },
  { locale: 'pt-BR', at: 'netNew', says: 'e se tivéssemos 2 clientes net-new a mais?', shows: ['Vou testar cenários'] },
  { locale: 'fr-FR', at: 'netNew', says: 'et si on avait 2 clients de plus ?', shows: ['Je lancerai les scénarios'] },
  { locale: 'de-DE', at: 'netNew', says: 'was wäre, wenn wir 2 Kunden mehr hätten?', shows: ['Was-wäre-wenn-Szenarien rechne ich'] },
  { locale: 'ja-JP', at: 'netNew', says: 'もし新規顧客があと2社多かったら？', shows: ['もしもの試算は結果が出てから'] },
];

playFindings('a what-if asked mid-check waits for the result in every language (findings A6, C4)', whatIfsMidCheck);

/** Finding 3 (A8, B2, C2, C3): pastes written with the bot's own labels lose no figure. */
const pastes: Finding[] = [
  {
    locale: 'pt-BR',
    at: 'coSell',
    says: 'Parceiro\tMBS (USD)\tClientes net-new\tTransações\tClientes únicos\tCompromisso\nContoso Brasil\t3.600.000,00\t10\t25\t6\t0',
    shows: [/clientes únicos[^:\n]*: 6/i],
  },
  { locale: 'zh-CN', at: 'coSell', says: 'MBS 320万美元，10 个超过 1万美元的净新客户，25 笔交易，来自 6 个客户，没有承诺', shows: ['：10', '：25', '：6'] },
  { locale: 'zh-CN', at: 'transactions', says: '25笔交易，来自6个客户', shows: ['**自己签署了云消费承诺**'], neverShows: ['不同的客户**？'] },
  { locale: 'ja-JP', at: 'coSell', says: 'MBS 320万ドル、1万ドル超の新規顧客 10 社、取引 25 件（6 社から）、コミットメントなし', shows: ['：10', '：25', '：6'] },
  { locale: 'ja-JP', at: 'transactions', says: '取引 25 件（6 社から）', shows: ['**自社でクラウド消費コミットメントに署名**'] },
  {
    locale: 'fr-FR',
    at: 'coSell',
    says: "CA marketplace : 3,6 M$ ; 10 nouveaux clients ; 28 transactions de 7 clients ; pas d'engagement",
    shows: [`3${NNBSP}600${NNBSP}000`],
  },
];

playFindings('pastes with the bot’s own labels lose no figure (findings A8, B2, C2, C3)', pastes);

/** Finding 4 (C7, C9): a request for a language the bot lacks is said to be unsupported, never taken as yes; "please" alone is no answer. */
const UNSUPPORTED = 'I do not speak your language yet';
const languageRequests: Finding[] = [
  { locale: 'en-US', at: 'coSell', says: 'in Klingon please', shows: [UNSUPPORTED, CO_SELL_QUESTION], then: ['summary', [CO_SELL_QUESTION], ['eligibility: yes']] },
  { locale: 'ja-JP', at: 'coSell', says: 'クリンゴン語でお願いします', shows: [UNSUPPORTED, CO_SELL_QUESTION], then: ['summary', [CO_SELL_QUESTION], ['eligibility: yes']] },
  { locale: 'it-IT', at: 'coSell', says: 'in Klingon please', shows: [UNSUPPORTED, CO_SELL_QUESTION], then: ['summary', [CO_SELL_QUESTION], ['eligibility: yes']] },
  { locale: 'it-IT', at: 'coSell', says: 'in italiano per favore', shows: [UNSUPPORTED, CO_SELL_QUESTION], neverShows: ['Top-tier benefits include'] },
  { locale: 'zh-CN', at: 'coSell', says: '请用火星语', shows: [UNSUPPORTED], then: ['摘要', [], ['：是']] },
  { locale: 'en-US', at: 'coSell', says: 'please', shows: ['Please answer yes, no or not sure', CO_SELL_QUESTION], then: ['summary', [CO_SELL_QUESTION], ['eligibility: yes']] },
  { locale: 'ja-JP', at: 'coSell', says: 'お願いします', shows: ['「はい」「いいえ」「わからない」のいずれかでお答えください'], then: ['まとめ', [], ['資格：はい']] },
  { locale: 'es-ES', at: 'coSell', says: 'por favor', shows: ['**Azure IP co-sell eligible**'], then: ['resumen', [], ['elegibilidad para Azure IP co-sell: sí']] },
  { locale: 'en-US', at: 'coSell', says: 'yes please', shows: [BILLED_SALES_QUESTION] },
  { locale: 'en-US', at: 'billedSales', says: 'in USD please', shows: [], neverShows: [UNSUPPORTED] },
];

playFindings('a request for a language the bot lacks is never a yes (findings C7, C9)', languageRequests);

/** Finding 5 (B3): Swiss grouping is read; the re-prompt for a number it cannot read shows the forms it does read in that language. */
const localFormats: Finding[] = [
  { locale: 'de-CH', at: 'billedSales', says: "3'600'000 USD", shows: ['**Net-new-Kunden**'], neverShows: ['US-Format'] },
  { locale: 'de-CH', at: 'billedSales', says: '3’600’000 USD', shows: ['**Net-new-Kunden**'] },
  { locale: 'fr-CH', at: 'billedSales', says: "3'600'000 $", shows: ['**clients net-new**'] },
  { locale: 'de-DE', at: 'billedSales', says: "3'6 Mio", shows: ['„3,6 Mio. USD“', '„3.600.000 USD“'], neverShows: ['US-Format', '4,000,000'] },
  { locale: 'fr-FR', at: 'billedSales', says: "3'6 M", shows: ['« 3,6 M USD »'], neverShows: ['format américain', '4,000,000'] },
  { locale: 'es-ES', at: 'billedSales', says: "3'6 millones", shows: ['"3.600.000 USD"'], neverShows: ['formato de EE. UU.', '4,000,000'] },
  { locale: 'pt-BR', at: 'billedSales', says: "3'6 milhões", shows: ['"3.600.000 USD"'], neverShows: ['formato dos EUA', '4,000,000'] },
];

playFindings('Swiss figures are read, and the format hint shows local forms (finding B3)', localFormats);

/** Finding 6 (A10, B4): amounts and counts in words, "a dozen" and "about ten" included. */
const inWords: Finding[] = [
  { locale: 'es-ES', at: 'billedSales', says: 'tres millones seiscientos mil dólares', shows: ['**clientes net-new**'], neverShows: ['más de un número'] },
  { locale: 'fr-CA', at: 'netNew', says: 'une dizaine', shows: ['Combien de **transactions'], neverShows: ['pas trouvé de nombre'] },
  { locale: 'es-ES', at: 'netNew', says: 'una docena', shows: ['Buenas noticias'] },
  { locale: 'de-DE', at: 'netNew', says: 'ein Dutzend', shows: ['Gute Nachricht'], neverShows: ['keine Zahl'] },
];

playFindings('amounts and counts in words (findings A10, B4)', inWords);

describe('each reply is labelled with the language it is written in', () => {
  it('an es-MX client gets replies labelled es, and English ones labelled en after "en inglés por favor"', async () => {
    const bot = createTestBot({ channelId: 'webchat', today: RULES_V2_TODAY, locale: 'es-MX' });
    const spanish = await bot.say('hola');
    expect(spanish.length).toBeGreaterThan(0);
    expect(spanish.map((reply) => reply.locale)).toEqual(spanish.map(() => 'es'));
    const english = await bot.say('en inglés por favor');
    expect(english[0]?.text).toContain('English');
    expect(english.map((reply) => reply.locale)).toEqual(english.map(() => 'en'));
  });
});

describe('words of one region of a language', () => {
  it('"sommaire" (Québec) after a French result is the summary', async () => {
    const table = tables.find((candidate) => candidate.locale === 'fr-FR')!;
    const bot = createTestBot({ channelId: 'webchat', today: RULES_V2_TODAY, locale: 'fr-CA' });
    for (const [userSays] of conversations(table)[0]!.steps) await bot.sayText(userSays as string);
    expectReply(await bot.sayText('sommaire'), 'sommaire', [`400${NNBSP}000${NBSP}USD`, 'Partner Center'], ['je n’ai pas compris', ...ENGLISH]);
  });
});

/** After a what-if on one figure, "and 2 more" goes on with that figure, in every language. */
const followUps: Array<[locale: string, whatIf: string, followUp: string]> = [
  ['en-US', 'what if we had 4 more net-new customers?', 'and 2 more'],
  ['es-MX', '¿y si tuviéramos 4 clientes net-new más?', 'y 2 más'],
  ['pt-BR', 'e se tivéssemos 4 clientes net-new a mais?', 'e mais 2'],
  ['fr-CA', 'et si nous avions 4 clients net-new de plus ?', 'et 2 autres'],
  ['de-DE', 'was wäre, wenn wir 4 Net-new-Kunden mehr hätten?', 'und 2 weitere'],
  ['zh-CN', '如果再多4个净新客户呢', '再多2个'],
];

describe('a follow-up what-if without a metric goes on with the one just changed', () => {
  for (const [locale, whatIf, followUp] of followUps) {
    it(`"${followUp}" (${locale}) after "${whatIf}": net-new 12 → 14`, async () => {
      const table = tables.find((candidate) => candidate.locale.slice(0, 2) === locale.slice(0, 2)) ?? tables[0]!;
      const bot = createTestBot({ channelId: 'webchat', today: RULES_V2_TODAY, locale });
      const steps = locale === 'en-US' ? [['check eligibility'], ['yes'], ['3.6M'], ['8'], ['25 from 6'], ['none']] : conversations(table)[0]!.steps;
      for (const [userSays] of steps) await bot.sayText(userSays as string);
      expectReply(await bot.sayText(whatIf), whatIf, ['8 → 12']);
      expectReply(await bot.sayText(followUp), followUp, ['12 → 14'], [/→ 2$/m]);
    });
  }
});
