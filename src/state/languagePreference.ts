import type { SupportedLocale } from '../i18n/locales';

/**
 * The language a user chose, kept in user state with their other answers (so it survives restarts and follows
 * them into every conversation). `chosenBy` says how: a request ("auf Deutsch bitte") stays until the next request;
 * a language read from their text gives way to another language they clearly write in.
 */
export interface LanguagePreference {
  locale: SupportedLocale;
  chosenBy: 'request' | 'text';
}

/** Per conversation: the "I do not speak your language yet" sentence is said once, not on every turn. */
export interface LanguageNotice {
  unsupportedSaid?: boolean;
}
