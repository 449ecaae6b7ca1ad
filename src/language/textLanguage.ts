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
  'pt-BR': new Set(['o', 'os', 'as', 'um', 'uma', 'é', 'são', 'somos', 'temos', 'tem', 'não', 'sim', 'com', 'do', 'da', 'dos', 'das', 'nosso', 'nossa', 'nossos', 'você', 'vocês', 'olá', 'obrigado', 'obrigada', 'também', 'mas', 'muito', 'está', 'estamos', 'qual', 'quantos', 'quantas', 'nenhum', 'nenhuma', 'clientes', 'há', 'posso', 'quero', 'podemos', 'e', 'em', 'no', 'na', 'que', 'como', 'isso', 'então', 'ao', 'nós', 'nível', 'acima', 'novos', 'elegíveis', 'faturadas', 'tivéssemos']),
  fr: new Set(['le', 'les', 'un', 'une', 'des', 'est', 'sont', 'sommes', 'nous', 'avons', 'vous', 'avez', 'je', 'quoi', 'comment', 'combien', 'pour', 'avec', 'du', 'notre', 'nos', 'oui', 'non', 'bonjour', 'merci', 'aussi', 'mais', 'très', 'quel', 'quelle', 'quels', 'aucun', 'aucune', 'clients', "c'est", "qu'est-ce", 'est-ce', 'que', 'qui', 'et', 'en', 'la', 'pas', 'ne', 'je', 'peux', 'veux', 'pouvez', 'sur', 'dans', 'ce', 'cette', "j'ai", "n'avons", "d'", 'au', 'aux']),
  de: new Set(['der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einen', 'ist', 'sind', 'wir', 'haben', 'hat', 'sie', 'ich', 'was', 'wie', 'viele', 'viel', 'für', 'mit', 'und', 'nicht', 'kein', 'keine', 'keinen', 'ja', 'nein', 'hallo', 'danke', 'auch', 'aber', 'sehr', 'welche', 'welcher', 'kunden', 'gibt', 'es', 'kann', 'können', 'möchte', 'unser', 'unsere', 'unseren', 'bitte', 'zu', 'von', 'im', 'auf', 'noch', 'wann', 'warum', 'wer', 'sich', 'erfüllen', 'qualifizieren']),
};

type LatinLocale = keyof typeof FUNCTION_WORDS;
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
// Characters of Simplified Chinese that Japanese never writes (们, 这, 吗, 没, 资...). Text of Han characters alone
// is Chinese only with one of them: "5億円" or "三百六十万" are Japanese as much as Chinese and switch nothing.
const SIMPLIFIED_ONLY = /[们么这吗没个资还说为过时对问题让给从实现额买卖单笔户务销业产费请吧呢啊哪谢该认识经营标准检查够达样确签署诺币约给么]/u;
const LATIN_WORD = /[\p{Script=Latin}][\p{Script=Latin}\p{M}'’-]*/gu;

function strongestVoteBesides(votes: ReadonlyMap<LatinLocale, number>, locale: LatinLocale): number {
  return Math.max(0, ...[...votes].filter(([other]) => other !== locale).map(([, n]) => n));
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * The language a message is clearly written in, or undefined when it is too short, mostly figures and program
 * terms, or could be more than one. Japanese and Chinese go by script (any kana is Japanese; Han characters without
 * kana are Chinese when one of them is written only in Simplified Chinese); the Latin-script languages need at least three ordinary words that tinyld and the function
 * words agree on. Built to be wrong by saying nothing: a missed switch costs the partner one "auf Deutsch bitte",
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
  const kana = count(text, KANA);
  const han = count(text, HAN);
  if (kana > 0 && kana + han >= 2) return 'ja';
  if (han >= 2 && SIMPLIFIED_ONLY.test(text)) return 'zh-Hans';
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
    for (const [locale, list] of Object.entries(FUNCTION_WORDS) as Array<[LatinLocale, ReadonlySet<string>]>) {
      if (list.has(word)) votes.set(locale, (votes.get(locale) ?? 0) + 1);
    }
  }
  const ranked = detectAll(words.join(' '), { only: TINYLD_ONLY }).slice(0, 2);
  const top = ranked[0];
  const modelPick = top ? LOCALE_OF_CODE.get(top.lang) : undefined;
  if (!top || !modelPick) return undefined;
  // Sure on its own and not contradicted by the function words.
  if (top.accuracy >= CONFIDENT && (votes.get(modelPick) ?? 0) >= strongestVoteBesides(votes, modelPick)) return modelPick;
  // Or the function words' clear winner, among the model's first two picks (Spanish and Portuguese share most trigrams).
  const [voted, n] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (voted && n !== undefined && n >= 2 && n > strongestVoteBesides(votes, voted) && ranked.some((pick) => pick.lang === TINYLD_CODE[voted])) return voted;
  return undefined;
}
