import { defaultLocale, isTraditionalChinese, matchLocale, type SupportedLocale } from '../i18n/locales';
import { languageRequest, type LanguageRequest } from '../language/languageRequest';
import { clearTextLanguage, hanWordCharacters } from '../language/textLanguage';
import type { LanguagePreference } from '../state/languagePreference';

/** What one turn is answered in, and why. */
export interface TurnLanguage {
  locale: SupportedLocale;
  /** The message asked for a language: answered first with the "switched" (or "unsupported") sentence. */
  request?: LanguageRequest;
  /** The user's new remembered choice; undefined keeps the one they have. */
  remember?: LanguagePreference;
  /**
   * The language the turn would have been in, when the message's text (not a request) changed it: the partner is
   * told once, in the new language, how to go back.
   */
  switchedFrom?: SupportedLocale;
  /** The client is set to Traditional Chinese (zh-TW, zh-HK), which has no catalogue, and is answered in Simplified. */
  simplifiedForTraditional?: true;
  /**
   * The channel's language ("it-IT") has no catalogue and nothing else chose one, so the turn is in English and
   * the user should be told so (once per conversation).
   */
  unsupportedChannelLanguage: boolean;
}

export interface TurnLanguageInput {
  /** The message as the dialogs will read it; undefined for activities that are not messages. */
  text?: string;
  remembered?: LanguagePreference;
  /** `activity.locale` as the channel sent it (Teams: the user's client language; Web Chat: the browser's). */
  channelLocale?: string;
}

/**
 * Decides the turn's language, in this order: a request in this very message ("in Spanish please"; a language
 * without a catalogue gives English) > the language the user asked for before > the language the message is
 * clearly written in > a language read from an earlier message > the channel's `locale` > English. A request, and
 * a clear text language that differs from what the turn would otherwise be in, become the user's remembered choice.
 *
 * @example
 * decideTurnLanguage({ text: 'auf Deutsch bitte', channelLocale: 'en-US' }).locale; // 'de'
 * decideTurnLanguage({ text: 'MBS 3.6M', channelLocale: 'de-DE' }).locale; // 'de'
 * decideTurnLanguage({ text: 'help', channelLocale: 'it-IT' }); // { locale: 'en', unsupportedChannelLanguage: true }
 */
export function decideTurnLanguage(input: TurnLanguageInput): TurnLanguage {
  const channel = matchLocale(input.channelLocale);
  const channelUnsupported = typeof input.channelLocale === 'string' && input.channelLocale.trim() !== '' && channel === undefined;
  const request = input.text ? languageRequest(input.text) : undefined;
  if (request) {
    const locale = request.locale === 'unsupported' ? defaultLocale : request.locale;
    return { locale, request, remember: { locale, chosenBy: 'request' }, unsupportedChannelLanguage: false };
  }
  const remembered = input.remembered && matchLocale(input.remembered.locale) === input.remembered.locale ? input.remembered : undefined;
  if (remembered?.chosenBy === 'request') return { locale: remembered.locale, unsupportedChannelLanguage: false };
  const otherwise = remembered?.locale ?? channel ?? defaultLocale;
  const written = input.text ? writtenLanguage(input.text, otherwise, input.channelLocale) : undefined;
  // Clear English under a channel language without a catalogue is remembered too: that user reads English, and
  // needs no sentence about it on a later turn.
  if (written && (written !== otherwise || (channelUnsupported && !remembered))) {
    const switchedFrom = written !== otherwise ? otherwise : undefined;
    const simplifiedForTraditional = written === 'zh-Hans' && isTraditionalChinese(input.channelLocale);
    return {
      locale: written,
      remember: { locale: written, chosenBy: 'text' },
      unsupportedChannelLanguage: false,
      ...(switchedFrom ? { switchedFrom } : {}),
      ...(simplifiedForTraditional ? { simplifiedForTraditional: true as const } : {}),
    };
  }
  // Someone writing clearly in English under an unsupported channel language reads English: nothing to explain.
  const unsupportedChannelLanguage = channelUnsupported && !remembered && written === undefined;
  return { locale: otherwise, unsupportedChannelLanguage };
}

/**
 * The language the message is written in, read against the turn it comes into. Han characters alone never move a
 * Japanese turn to Chinese: Japanese partners answer "取引２８件、顧客７社" in kanji only. Under a Traditional
 * Chinese client (zh-TW, zh-HK), which has no catalogue, Han text is Chinese: served in Simplified, the nearest.
 */
function writtenLanguage(text: string, otherwise: SupportedLocale, channelLocale: string | undefined): SupportedLocale | undefined {
  const written = clearTextLanguage(text);
  if (written === 'zh-Hans' && otherwise === 'ja') return undefined;
  if (written === undefined && isTraditionalChinese(channelLocale) && hanWordCharacters(text) >= 2) return 'zh-Hans';
  return written;
}
