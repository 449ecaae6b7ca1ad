/**
 * The languages the bot speaks: a message catalogue, an intent corpus and number reading for each. The tags are
 * the ones the catalogues are filed under; `matchLocale` maps what channels send ("es-MX", "pt-br", "zh-CN",
 * "ja-JP") onto them.
 */
export const supportedLocales = ['en', 'es', 'pt-BR', 'fr', 'de', 'ja', 'zh-Hans'] as const;

export type SupportedLocale = (typeof supportedLocales)[number];

export const defaultLocale: SupportedLocale = 'en';

/** Each language's name in that language, for "I can also speak …" and the language switch. */
export const localeNames: Record<SupportedLocale, string> = {
  en: 'English',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  fr: 'Français',
  de: 'Deutsch',
  ja: '日本語',
  'zh-Hans': '简体中文',
};

/** The parts of a BCP 47 tag, lower case ("zh_Hant_TW" → ['zh', 'hant', 'tw']). */
function tagParts(tag: string): string[] {
  return tag.trim().replace(/_/g, '-').toLowerCase().split('-');
}

/**
 * Whether a tag asks for Chinese in Traditional characters (zh-TW, zh-HK, zh-MO, zh-Hant-*), which has no catalogue.
 *
 * @example
 * isTraditionalChinese('zh-TW'); // true
 */
export function isTraditionalChinese(tag: string | undefined | null): boolean {
  if (typeof tag !== 'string') return false;
  const [language, ...rest] = tagParts(tag);
  return language === 'zh' && rest.some((part) => part === 'hant' || part === 'tw' || part === 'hk' || part === 'mo');
}

/**
 * The supported locale for a BCP 47 tag, or undefined when there is no catalogue for it. Any region of a supported
 * language matches it (Portuguese from Portugal reads the Brazilian catalogue); Chinese matches only when written
 * in simplified characters (zh, zh-CN, zh-SG, zh-Hans-*), never Traditional (zh-TW, zh-HK, zh-Hant).
 *
 * @example
 * matchLocale('es-MX'); // 'es'
 * matchLocale('zh-CN'); // 'zh-Hans'
 * matchLocale('it-IT'); // undefined
 */
export function matchLocale(tag: string | undefined | null): SupportedLocale | undefined {
  if (typeof tag !== 'string' || tag.length > 35) return undefined;
  const language = tagParts(tag)[0];
  switch (language) {
    case 'en':
    case 'es':
    case 'fr':
    case 'de':
    case 'ja':
      return language;
    case 'pt':
      return 'pt-BR';
    case 'zh':
      return isTraditionalChinese(tag) ? undefined : 'zh-Hans';
    default:
      return undefined;
  }
}
