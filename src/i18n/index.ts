/** Languages, the turn's language, and the message catalogues. Pure: no bot SDK. */
export type { SupportedLocale } from './locales';
export { defaultLocale, localeNames, matchLocale, supportedLocales } from './locales';
export { currentLocale, runInLocale } from './turnLocale';
export type { MessageKey, MessageValues } from './translate';
export { catalogues, t } from './translate';
