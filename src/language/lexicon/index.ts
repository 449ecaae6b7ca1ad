import { currentLocale } from '../../i18n/turnLocale';
import type { SupportedLocale } from '../../i18n/locales';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ja } from './ja';
import { ptBR } from './ptBR';
import type { Lexicon } from './types';
import { zhHans } from './zhHans';

export type { Lexicon } from './types';

export const lexicons: Readonly<Record<SupportedLocale, Lexicon>> = { en, es, 'pt-BR': ptBR, fr, de, ja, 'zh-Hans': zhHans };

/** The words of the current turn's language (English outside a turn). */
export function currentLexicon(): Lexicon {
  return lexicons[currentLocale()];
}
