import { supportedLocales } from '../src/i18n';
import { buttonNames, buttonTitle, type ButtonName } from './messages';

/**
 * A title as compared when a click comes back: one Unicode form (an accent composed or not) and spacing ignored.
 * Case is NOT ignored, on purpose: a click sends the title exactly, while a person typing "not sure" or "no" in
 * lower case means it in context (after a result "not sure" asks what to do next), which the intent model reads.
 */
export function foldTitle(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

let byTitle: Map<string, ButtonName> | undefined;

/** Every button's title in every language, folded; the catalogues are fixed at build time, so built once. */
function titles(): Map<string, ButtonName> {
  if (!byTitle) {
    byTitle = new Map();
    for (const locale of supportedLocales) {
      for (const name of buttonNames) {
        const title = foldTitle(buttonTitle(name, locale));
        // The first language listed wins a title two languages share (English first); a test checks that titles
        // shared across languages always name the same button.
        if (!byTitle.has(title)) byTitle.set(title, name);
      }
    }
  }
  return byTitle;
}

/**
 * The button whose title a message carries, in ANY supported language: buttons send their title back as text
 * (Web Chat suggested actions, the Teams choice card's `{ text }`), and the language of the turn that shows a
 * button need not be the language of the turn that reads the click (the user switched, or Teams' locale differs
 * from the one the text was detected in).
 *
 * @example
 * buttonForTitle('Show my result') // 'showResult'
 */
export function buttonForTitle(text: string): ButtonName | undefined {
  return titles().get(foldTitle(text));
}
