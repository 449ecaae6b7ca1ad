import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import deChat from './catalogues/de/chat.json';
import deResult from './catalogues/de/result.json';
import enChat from './catalogues/en/chat.json';
import enResult from './catalogues/en/result.json';
import esChat from './catalogues/es/chat.json';
import esResult from './catalogues/es/result.json';
import frChat from './catalogues/fr/chat.json';
import frResult from './catalogues/fr/result.json';
import jaChat from './catalogues/ja/chat.json';
import jaResult from './catalogues/ja/result.json';
import ptChat from './catalogues/pt-BR/chat.json';
import ptResult from './catalogues/pt-BR/result.json';
import zhChat from './catalogues/zh-Hans/chat.json';
import zhResult from './catalogues/zh-Hans/result.json';
import type { SupportedLocale } from './locales';
import { currentLocale } from './turnLocale';

/*
 * The message catalogues: one folder per language, one file per namespace (`chat` for the conversation, `result`
 * for everything a result is worded with), flat keys, ICU MessageFormat strings (plural, select, number). English
 * is the source; a test fails when another language lacks a key or uses other arguments.
 */
type Namespace = 'chat' | 'result';
type Catalogue = Record<Namespace, Readonly<Record<string, string>>>;

export const catalogues: Record<SupportedLocale, Catalogue> = {
  en: { chat: enChat, result: enResult },
  es: { chat: esChat, result: esResult },
  'pt-BR': { chat: ptChat, result: ptResult },
  fr: { chat: frChat, result: frResult },
  de: { chat: deChat, result: deResult },
  ja: { chat: jaChat, result: jaResult },
  'zh-Hans': { chat: zhChat, result: zhResult },
};

/** Every message key, `namespace.key`, as the English catalogue defines it. */
export type MessageKey = `chat.${keyof typeof enChat & string}` | `result.${keyof typeof enResult & string}`;

export type MessageValues = Record<string, PrimitiveType>;

const compiled = new Map<string, IntlMessageFormat>();

function compile(locale: SupportedLocale, key: MessageKey): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    const dot = key.indexOf('.');
    const namespace = key.slice(0, dot) as Namespace;
    const name = key.slice(dot + 1);
    // A key missing from a translation is a bug the catalogue test reports; until fixed, the English text is shown.
    const source = catalogues[locale][namespace][name] ?? catalogues.en[namespace][name];
    if (source === undefined) throw new Error(`No message "${key}" in the English catalogue`);
    format = new IntlMessageFormat(source, locale);
    compiled.set(cacheKey, format);
  }
  return format;
}

/**
 * A message in the current turn's language (see `runInLocale`), or in `locale` when given.
 *
 * @example
 * t('chat.readBack', { value: 'USD 4,000,000' }); // 'I read that as **USD 4,000,000**. Is that right?'
 */
export function t(key: MessageKey, values?: MessageValues, locale: SupportedLocale = currentLocale()): string {
  return String(compile(locale, key).format(values));
}
