import { detectAll } from 'tinyld';
import type { SupportedLocale } from '../i18n/locales';

/*
 * Words that say nothing about the language a partner writes in: the program's own terms, which stay English in
 * every language ("MBS", "net-new", "Partner Center"), units and chat shorthand. Removed before detection, so "MBS
 * 3.6M" or "12 net-new Kunden" is judged by its other words only.
 */
const LANGUAGE_NEUTRAL =
  /\b(?:azure|ip|co-?sell|top[- ]?tier|macc|pracr|mbs|ttm|net[- ]?new|partner\s+center|marketplace(?:\s+rewards)?|rewards|solutions?\s+partner|industry\s+ai|ai|usd|us\$|eur|csv|ok|okay|ok?k|lol|thx|pls|plz|id|faq|microsoft|teams|private\s+offers?|offer\s+id|transactable|co-?sell\s+eligible)\b/giu;

/*
 * Short function words that are common in one language and rare in the others: a second opinion next to tinyld's
 * trigram model, which is unsure on the short messages chat is made of.
 */
const FUNCTION_WORDS: Record<'en' | 'es' | 'pt-BR' | 'fr' | 'de', ReadonlySet<string>> = {
  en: new Set(['the', 'we', 'our', 'you', 'your', 'is', 'are', 'do', 'does', 'did', 'what', 'how', 'have', 'has', 'with', 'and', 'of', 'for', 'it', 'they', 'this', 'that', 'my', 'i', "i'm", "we're", "don't", 'not', 'can', 'yes', 'please', 'many', 'much', 'about', 'which', 'why', 'who', 'was', 'were', 'will', 'would', 'should', 'be', 'get', 'check']),
  es: new Set(['el', 'los', 'las', 'una', 'unos', 'es', 'son', 'somos', 'tenemos', 'tiene', 'qué', 'que', 'cómo', 'cuántos', 'cuántas', 'por', 'para', 'con', 'del', 'nuestro', 'nuestra', 'nuestros', 'usted', 'sí', 'hola', 'gracias', 'también', 'pero', 'muy', 'está', 'estamos', 'cuál', 'ningún', 'ninguno', 'ninguna', 'clientes', 'hay', 'puedo', 'quiero', 'cumplimos', 'podemos', 'y', 'en', 'la', 'lo', 'se', 'le', 'nos', 'qué', 'cuánto']),
  'pt-BR': new Set(['o', 'os', 'as', 'um', 'uma', 'é', 'são', 'somos', 'temos', 'tem', 'não', 'sim', 'com', 'do', 'da', 'dos', 'das', 'nosso', 'nossa', 'nossos', 'você', 'vocês', 'se', 'nos', 'para', 'por', 'favor', 'olá', 'obrigado', 'obrigada', 'também', 'mas', 'muito', 'está', 'estamos', 'qual', 'quantos', 'quantas', 'nenhum', 'nenhuma', 'clientes', 'há', 'posso', 'quero', 'podemos', 'e', 'em', 'na', 'que', 'como', 'isso', 'então', 'ao', 'nós', 'nível', 'acima', 'novos', 'elegíveis', 'faturadas', 'tivéssemos']),
  fr: new Set(['le', 'les', 'un', 'une', 'des', 'est', 'sont', 'sommes', 'nous', 'avons', 'vous', 'avez', 'je', 'quoi', 'comment', 'combien', 'pour', 'avec', 'du', 'notre', 'nos', 'oui', 'non', 'bonjour', 'merci', 'aussi', 'mais', 'très', 'quel', 'quelle', 'quels', 'aucun', 'aucune', 'clients', "c'est", "qu'est-ce", 'est-ce', 'que', 'qui', 'et', 'en', 'la', 'pas', 'ne', 'je', 'peux', 'veux', 'pouvez', 'sur', 'dans', 'ce', 'cette', "j'ai", "n'avons", "d'", 'au', 'aux']),
  de: new Set(['der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einen', 'ist', 'sind', 'wir', 'haben', 'hat', 'sie', 'ich', 'was', 'wie', 'viele', 'viel', 'für', 'mit', 'und', 'nicht', 'kein', 'keine', 'keinen', 'ja', 'nein', 'hallo', 'danke', 'auch', 'aber', 'sehr', 'welche', 'welcher', 'kunden', 'gibt', 'es', 'kann', 'können', 'möchte', 'unser', 'unsere', 'unseren', 'bitte', 'zu', 'von', 'im', 'auf', 'noch', 'wann', 'warum', 'wer', 'sich', 'erfüllen', 'qualifizieren']),
};

type LatinLocale = keyof typeof FUNCTION_WORDS;

/** Letters one of two close languages never writes: Spanish has no ã, õ or ç; Portuguese no ñ, ¿ or ¡. */
const SPELLING_AGAINST: Partial<Record<LatinLocale, RegExp>> = { es: /[ãõç]/iu, 'pt-BR': /[ñ¿¡]/iu };
const TINYLD_CODE: Record<LatinLocale, string> = { en: 'en', es: 'es', 'pt-BR': 'pt', fr: 'fr', de: 'de' };
const LOCALE_OF_CODE = new Map(Object.entries(TINYLD_CODE).map(([locale, code]) => [code, locale as LatinLocale]));
const TINYLD_ONLY = Object.values(TINYLD_CODE);

/** Characters read: enough for any chat message's language, and a bound on the cost of a 5,000-character paste. */
const SAMPLE_LENGTH = 600;
/** Fewer Latin-script words than this say too little to switch on. */
const MIN_WORDS = 3;
/** tinyld's confidence that is enough on its own, with no function word of another language against it. */
const CONFIDENT = 0.5;

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HAN = /\p{Script=Han}/gu;
/*
 * Characters Chinese writes and Japanese does not: Simplified forms (们, 这, 没, 资, 检...), their Traditional forms
 * (們, 這, 沒, 檢, 來...) and Chinese-only particles and pronouns (吗, 呢, 吧, 你, 您). Text of Han characters alone
 * is Chinese only with one of them: "取引２８件、顧客７社" or "三百六十万" are Japanese as much as Chinese and
 * switch nothing. Characters both languages write (查, 署, 準, 問題, 個, 資格) are left out on purpose.
 */
const CHINESE_ONLY =
  /[们么这吗没个资还说为过时对问题让给从实现额买卖单笔户务销业产费请该认识经营标够达样确签诺约币谢們這嗎沒麼說從實賣單經營簽檢來戶還讓與對雖呢吧啊哪你您]/u;
/*
 * Figures with their units, currencies and counter words ("360万ドル", "２８件", "7社", "25笔", "三百六十萬美元", "300万ユーロ"):
 * the same in a Spanish, Japanese or Chinese chat, so they never count toward a language. Currency names are
 * removed on their own too ("ドル", "美元"); counters only after a figure, where they cannot be part of a word.
 */
const FIGURE_WITH_UNIT =
  /(?:[\p{Sc}＄￥]\s*)?(?:[\d０-９][\d０-９.,，．\s]*|[〇零一二三四五六七八九十百千两兩]+)(?:[万萬亿億兆千百]+)?\s*(?:米ドル|ドル|美元|美金|日元|日円|円|元|人民币|人民幣|ユーロ|欧元|歐元|件|社|個|个|笔|筆|家|名|人|位|次|か月|ヶ月|个月|個月|月|年|日)?/gu;
const CURRENCY_WORD = /米ドル|ドル|美元|美金|日元|円|人民币|人民幣|ユーロ|欧元|歐元/gu;
/** Emoji and pictographs: they carry no language. */
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{200D}]/gu;
/*
 * Noise: a block of ideographs that real writing never makes. Chinese or Japanese text of 40 characters repeats
 * some of them (的, 是, 客, 社...); thousands of random ideographs almost never do.
 */
const NOISE_MIN_HAN = 40;
const NOISE_DISTINCT_SHARE = 0.85;

function isIdeographNoise(text: string): boolean {
  const han = text.match(HAN) ?? [];
  return han.length >= NOISE_MIN_HAN && new Set(han).size / han.length > NOISE_DISTINCT_SHARE;
}

/** The message with figures, units, currencies and emoji taken out: what is left is what says a language. */
function withoutFigures(text: string): string {
  return text.replace(PICTOGRAPH, ' ').replace(FIGURE_WITH_UNIT, ' ').replace(CURRENCY_WORD, ' ');
}
const LATIN_WORD = /[\p{Script=Latin}][\p{Script=Latin}\p{M}'’-]*/gu;

/** The language, unless the text has a letter that language never writes. */
function spelledLike(locale: LatinLocale, text: string): LatinLocale | undefined {
  return SPELLING_AGAINST[locale]?.test(text) ? undefined : locale;
}

function strongestVoteBesides(votes: ReadonlyMap<LatinLocale, number>, locale: LatinLocale): number {
  return Math.max(0, ...[...votes].filter(([other]) => other !== locale).map(([, n]) => n));
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * How many Han characters of the message are words rather than figures, units or noise: "檢查資格" 4, "三百六十萬美元" 0.
 * The bot reads Han text as Chinese under a Traditional Chinese client with it.
 */
export function hanWordCharacters(text: string): number {
  text = text.slice(0, SAMPLE_LENGTH);
  return isIdeographNoise(text) ? 0 : count(withoutFigures(text), HAN);
}

/**
 * The language a message is clearly written in, or undefined when it is too short, mostly figures and program
 * terms, or could be more than one. Figures with their units and currencies ("360万ドル", "２８件") and emoji
 * never count; a block of random ideographs is noise. Japanese and Chinese go by script (any kana is Japanese; Han
 * characters without kana are Chinese when one of them is one Japanese never writes); the Latin-script languages
 * need at least three ordinary words that tinyld and the function words agree on. Built to be wrong by saying nothing: a missed switch costs the partner one "auf Deutsch bitte",
 * a false one answers them in a language they did not write.
 *
 * @example
 * clearTextLanguage('¿Cumplimos los requisitos para el nivel superior?'); // 'es'
 * clearTextLanguage('MBS 3.6M'); // undefined
 * clearTextLanguage('私たちは対象ですか'); // 'ja'
 */
export function clearTextLanguage(text: string): SupportedLocale | undefined {
  // A long paste says its language in its first lines; reading more only costs time.
  text = text.slice(0, SAMPLE_LENGTH);
  if (isIdeographNoise(text)) return undefined;
  const meaningful = withoutFigures(text);
  const kana = count(meaningful, KANA);
  const han = count(meaningful, HAN);
  if (kana > 0 && kana + han >= 2) return 'ja';
  if (han >= 2 && CHINESE_ONLY.test(meaningful)) return 'zh-Hans';
  if (han + kana > 0) return undefined;

  const plain = text
    .normalize('NFC')
    .replace(/https?:\/\/\S+|\S+@\S+/gu, ' ')
    .replace(LANGUAGE_NEUTRAL, ' ')
    .replace(/[\p{Sc}]?\d[\d.,\s]*(?:k|m|mm|mn|bn|b|mio|mrd|millones|millions?|milhões|mil)?\b/giu, ' ');
  const words = (plain.toLowerCase().match(LATIN_WORD) ?? []).map((word) => word.replace(/’/g, "'")).filter((word) => word.length > 1 || /[yoeaé]/.test(word));
  if (words.length < MIN_WORDS) return undefined;

  const votes = new Map<LatinLocale, number>();
  for (const word of words) {
    // A word of two languages' lists ("para", "que", "en") says neither.
    const of = (Object.entries(FUNCTION_WORDS) as Array<[LatinLocale, ReadonlySet<string>]>).filter(([, list]) => list.has(word));
    if (of.length === 1) votes.set(of[0]![0], (votes.get(of[0]![0]) ?? 0) + 1);
  }
  const ranked = detectAll(words.join(' '), { only: TINYLD_ONLY }).slice(0, 2);
  const top = ranked[0];
  const modelPick = top ? LOCALE_OF_CODE.get(top.lang) : undefined;
  if (!top || !modelPick) return undefined;
  // Sure on its own and not contradicted by the function words.
  if (top.accuracy >= CONFIDENT && (votes.get(modelPick) ?? 0) >= strongestVoteBesides(votes, modelPick)) return spelledLike(modelPick, plain);
  // Or the function words' clear winner, among the model's first two picks (Spanish and Portuguese share most trigrams).
  const [voted, n] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (voted && n !== undefined && n >= 2 && n > strongestVoteBesides(votes, voted) && ranked.some((pick) => pick.lang === TINYLD_CODE[voted])) return spelledLike(voted, plain);
  return undefined;
}
