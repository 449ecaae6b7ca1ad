import { AsyncLocalStorage } from 'node:async_hooks';
import { defaultLocale, type SupportedLocale } from './locales';

// The language of the turn being handled. The bot decides it once per turn (see src/bot) and runs the turn inside
// `runInLocale`; every phrase, number format and parser called during the turn reads it here instead of having a
// locale threaded through each of their signatures. Outside a turn (the CLI, the JSON API, tests) it is English.
const storage = new AsyncLocalStorage<SupportedLocale>();

/**
 * Runs `work` with `locale` as the current language, for everything it awaits.
 *
 * @example
 * await runInLocale('de', () => handleTurn(context));
 */
export function runInLocale<T>(locale: SupportedLocale, work: () => T): T {
  return storage.run(locale, work);
}

/** The language of the current turn, or English outside one. */
export function currentLocale(): SupportedLocale {
  return storage.getStore() ?? defaultLocale;
}
