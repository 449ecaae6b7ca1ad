import type { SupportedLocale } from '../i18n/locales';

/**
 * A request to change the language the bot answers in: a supported language, or one the bot has no catalogue for
 * (`unsupported`, answered in English with a sentence saying so). `rest` is what the message says besides the
 * request ("in Spanish please, do we qualify?" leaves "do we qualify?"), empty when it only asked.
 */
export type LanguageRequest = { locale: SupportedLocale | 'unsupported'; rest: string };

/*
 * Language names as people type them: in English, in the language itself, and in the other supported languages
 * ("alemán", "allemand", "Deutsch", "ドイツ語", "德语"). Lower case, accents as written; a few common misspellings.
 */
const NAMES: ReadonlyArray<readonly [SupportedLocale | 'unsupported', readonly string[]]> = [
  ['en', ['english', 'englisch', 'inglés', 'ingles', 'inglês', 'anglais', 'eng', '英語', '英语', '英文']],
  ['es', ['spanish', 'español', 'espanol', 'castellano', 'espanhol', 'espagnol', 'spanisch', 'スペイン語', '西班牙语', '西班牙語', '西班牙文']],
  [
    'pt-BR',
    ['portuguese', 'brazilian portuguese', 'português', 'portugues', 'portugués', 'português do brasil', 'portugais', 'portugiesisch', 'brazilian', 'ポルトガル語', '葡萄牙语', '葡萄牙語', '葡萄牙文'],
  ],
  ['fr', ['french', 'français', 'francais', 'francés', 'frances', 'francês', 'französisch', 'franzoesisch', 'フランス語', '法语', '法語', '法文']],
  ['de', ['german', 'deutsch', 'alemán', 'aleman', 'alemão', 'alemao', 'allemand', 'ドイツ語', '德语', '德語', '德文']],
  ['ja', ['japanese', '日本語', 'nihongo', 'japonés', 'japones', 'japonês', 'japonais', 'japanisch', '日语', '日文']],
  [
    'zh-Hans',
    ['chinese', 'simplified chinese', 'mandarin', '中文', '简体中文', '简体', '汉语', '漢語', '普通话', '中国語', 'chino', 'chinês', 'chines', 'chinois', 'chinesisch'],
  ],
  [
    'unsupported',
    [
      'italian', 'italiano', 'italien', 'italienisch', 'dutch', 'nederlands', 'korean', '한국어', 'russian', 'русский', 'arabic', 'العربية',
      'hindi', 'polish', 'polski', 'turkish', 'türkçe', 'swedish', 'svenska', 'danish', 'norwegian', 'finnish', 'greek', 'hebrew',
      'vietnamese', 'thai', 'indonesian', 'czech', 'romanian', 'hungarian', 'ukrainian', 'traditional chinese', '繁體中文', '繁体中文',
      'cantonese', 'イタリア語', '意大利语', '韩语', '韓国語',
    ],
  ],
];

/*
 * The words a request is made of besides the language's name, in the supported languages: "can you speak", "in …
 * please", "en … por favor", "em …", "en … svp", "auf … bitte". A clause made only of these and a language name is
 * a request; one with any other word ("is the program page in Spanish?") is not.
 */
const FRAME_WORDS = new Set(
  [
    // English
    'please', 'pls', 'plz', 'can', 'could', 'would', 'will', 'you', 'u', 'we', 'i', 'me', 'us', 'speak', 'talk', 'answer', 'reply', 'respond',
    'write', 'chat', 'continue', 'carry', 'on', 'switch', 'change', 'to', 'into', 'in', 'use', 'the', 'language', 'do', 'does', 'let', "let's",
    'lets', 'with', 'ok', 'okay', 'now', 'from', 'instead', 'only', 'just', 'hi', 'hello', 'thanks', 'thank', 'again', 'back', 'want', 'prefer',
    'rather', 'like', "i'd", 'id', 'is', 'it', 'possible', 'go', 'set', 'kindly', 'reply', 'replies', 'answers', 'version', 'mode', 'yes', 'ja',
    // Spanish
    'en', 'por', 'favor', 'hablar', 'habla', 'hablas', 'hablan', 'hable', 'puede', 'puedes', 'podemos', 'usted', 'responder', 'responda',
    'contestar', 'conteste', 'el', 'idioma', 'cambiar', 'cambia', 'a', 'al', 'quiero', 'prefiero', 'sí', 'si', 'hola', 'gracias', 'ahora',
    'escribir', 'escriba', 'seguir', 'sigamos', 'mejor',
    // Portuguese
    'em', 'fale', 'falar', 'fala', 'falam', 'pode', 'podemos', 'você', 'voce', 'responda', 'no', 'na', 'mudar', 'mude', 'para', 'o', 'obrigado',
    'obrigada', 'olá', 'ola', 'agora', 'quero', 'prefiro', 'escreva', 'continuar', 'vamos', 'sim',
    // French
    'parlez', 'parler', 'parles', 'parle', 'pouvez', 'pourriez', 'vous', 'tu', 'répondre', 'repondre', 'répondez', 'repondez', 'langue', 'merci',
    'le', 'la', 'svp', 'stp', "s'il", 'sil', 'plaît', 'plait', 'te', 'bonjour', 'maintenant', 'oui', 'je', 'voudrais', 'préfère', 'prefere',
    'passer', 'passons', 'écrire', 'ecrire', 'continuer', 'continuons',
    // German
    'auf', 'bitte', 'können', 'koennen', 'könnten', 'sie', 'mit', 'mir', 'uns', 'reden', 'sprechen', 'sprichst', 'spricht', 'antworten',
    'antworte', 'weiter', 'du', 'gerne', 'gern', 'danke', 'hallo', 'jetzt', 'sprache', 'wechseln', 'ich', 'möchte', 'moechte', 'lieber',
    'schreiben', 'wir', 'auch',
    // Italian, for an Italian client asking for its own language ("in italiano per favore")
    'per', 'favore', 'parla', 'parli', 'parlare', 'puoi', 'può', 'grazie', 'ciao',
  ].map((word) => word.toLowerCase()),
);

// Japanese and Chinese frames, removed as strings: "日本語でお願いします", "日本語で話してください", "请用中文", "说中文", "用中文回答".
const CJK_FRAMES = [
  'でお願いいたします', 'でお願いします', 'でおねがいします', 'でお願い', 'で話してください', 'で話して', 'で答えてください', 'で回答してください',
  'で返事してください', 'でください', 'に切り替えてください', 'に切り替えて', 'に変えてください', 'で', 'を話せますか', '話せますか', 'できますか',
  'ください', 'お願いします', 'はい',
  '请用', '請用', '请使用', '用', '请说', '说', '講', '讲', '回答', '回复', '吗', '可以', '请', '請', '能', '会', '你', '您', '切换到', '改用', '好的', '谢谢',
];

const LETTER_BEFORE = '(?<![\\p{L}\\p{M}])';
const LETTER_AFTER = '(?![\\p{L}\\p{M}])';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const isCjk = (name: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(name);

// Longest names first, so "brazilian portuguese" wins over "portuguese" and "繁體中文" over "中文".
const NAME_PATTERN = new RegExp(
  NAMES.flatMap(([, names]) => names)
    .sort((a, b) => b.length - a.length)
    .map((name) => (isCjk(name) ? escape(name) : `${LETTER_BEFORE}${escape(name)}${LETTER_AFTER}`))
    .join('|'),
  'giu',
);

const LOCALE_OF_NAME = new Map(NAMES.flatMap(([locale, names]) => names.map((name) => [name, locale] as const)));

// After a stop or comma, and before an opening "¿" or "¡", which belongs to the clause it opens.
const CLAUSE_BREAK = /(?<=[,.;!?。，！？、\n])|(?=[¿¡])/u;

/*
 * A language not in the lists ("in Klingon please", "auf Plattdeutsch bitte", "クリンゴン語でお願いします", "请用火星语"):
 * one unknown word in a request's frame. In Latin script it must follow "in"/"en"/"em"/"auf" or a verb of speaking
 * and come with a request word, and not be a word people use in that slot for something else ("in USD please").
 */
const LANGUAGE_SLOT_BEFORE = new Set(['in', 'en', 'em', 'auf', 'speak', 'hablar', 'habla', 'hable', 'falar', 'fale', 'parler', 'parlez', 'sprechen', 'parla', 'parli', 'to', 'into']);
const REQUEST_WORDS = new Set(['please', 'pls', 'plz', 'por', 'favor', 'bitte', 'svp', 'stp', "s'il", 'plaît', 'plait', 'per', 'favore', 'speak', 'talk', 'answer', 'reply', 'respond', 'write', 'switch', 'change', 'hablar', 'habla', 'hable', 'falar', 'fale', 'parler', 'parlez', 'sprechen', 'antworten', 'parla', 'parli', 'can', 'could']);
const NOT_A_LANGUAGE = new Set([
  'usd', 'dollars', 'dollar', 'euros', 'euro', 'total', 'totals', 'detail', 'details', 'short', 'full', 'brief', 'numbers', 'figures', 'words',
  'writing', 'text', 'summary', 'order', 'millions', 'thousands', 'percent', 'general', 'person', 'private', 'advance', 'particular', 'fact',
  'teams', 'chat', 'email', 'table', 'tables', 'list', 'bullets', 'markdown', 'plain', 'simple', 'simpler', 'terms', 'mbs', 'macc', 'dólares',
  'reais', 'summe', 'kurz', 'detalle', 'resumen', 'resumo', 'bref', 'détail', 'detail', 'ttm', 'future', 'case', 'time', 'one', 'the', 'a',
]);

function namesUnknownLanguage(clause: string): boolean {
  const cjk = /([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]{1,8}?)[語语]/u.exec(clause);
  if (cjk && onlyRequestWords(clause.replace(cjk[0], ' '))) return true;
  const words = clause.match(/[\p{L}\p{M}'’]+/gu) ?? [];
  const unknown = words.map((word, index) => ({ word, index })).filter(({ word }) => !FRAME_WORDS.has(word.replace(/’/g, "'")));
  if (unknown.length !== 1) return false;
  const [{ word, index }] = unknown as [{ word: string; index: number }];
  if (word.length < 4 || NOT_A_LANGUAGE.has(word) || /\p{N}/u.test(clause)) return false;
  return LANGUAGE_SLOT_BEFORE.has(words[index - 1] ?? '') && words.some((other) => REQUEST_WORDS.has(other));
}

/** A clause is a request when a language is named and nothing else but request words is left. */
function requestedIn(clause: string): SupportedLocale | 'unsupported' | undefined {
  const named = [...clause.matchAll(NAME_PATTERN)].map((match) => LOCALE_OF_NAME.get(match[0].toLowerCase()));
  if (named.length === 0) return namesUnknownLanguage(clause) ? 'unsupported' : undefined;
  if (named.some((locale) => locale === undefined)) return undefined;
  if (!onlyRequestWords(clause.replace(NAME_PATTERN, ' '))) return undefined;
  // "From English to Spanish": the language asked for is the last one named.
  return named[named.length - 1];
}

/** True when `text` holds nothing but the words requests are made of ("please", "bitte", "でお願いします"). */
function onlyRequestWords(text: string): boolean {
  let rest = text.toLowerCase();
  for (const frame of CJK_FRAMES) rest = rest.split(frame).join(' ');
  const words = rest.match(/[\p{L}\p{M}'’]+/gu) ?? [];
  return words.every((word) => FRAME_WORDS.has(word.replace(/’/g, "'")));
}

/**
 * Reads a request for another language: "in Spanish please", "en español por favor", "em português", "en français
 * svp", "auf Deutsch bitte", "日本語でお願いします", "请用中文", "English please", "can you speak German?", a language's
 * name alone. Undefined for a message that only mentions a language ("is the program page available in Spanish?").
 *
 * @example
 * languageRequest('auf Deutsch bitte'); // { locale: 'de', rest: '' }
 * languageRequest('in Italian please'); // { locale: 'unsupported', rest: '' }
 * languageRequest('in Spanish please, do we qualify?'); // { locale: 'es', rest: 'do we qualify?' }
 */
export function languageRequest(text: string): LanguageRequest | undefined {
  if (text.length > 300) return undefined;
  const normalized = text.normalize('NFC').toLowerCase();
  // Clauses: a request is often said before or after the real message ("En español por favor. ¿Calificamos?").
  const clauses = normalized.split(CLAUSE_BREAK);
  const originalClauses = text.normalize('NFC').split(CLAUSE_BREAK);
  for (let index = 0; index < clauses.length; index += 1) {
    const locale = requestedIn(clauses[index]!);
    if (!locale) continue;
    const rest = originalClauses
      .filter((_, other) => other !== index)
      .join('')
      .replace(/^[\s,.;!?。，！？、-]+/u, '')
      .trim();
    return { locale, rest: onlyRequestWords(rest) && !/\p{N}/u.test(rest) ? '' : rest };
  }
  return undefined;
}
