import type { SupportedLocale } from '../i18n/locales';
import { CORPUS_DIR, corpusLanguages, readCorpusAndModel } from './corpusFiles';
import { loadIntentModel, type IntentModel } from './intentModel';

/** NLP.js's language code for each language the bot speaks: the name of its corpus file, `<code>.json`. */
export const intentLanguageOf: Record<SupportedLocale, string> = { en: 'en', es: 'es', 'pt-BR': 'pt', fr: 'fr', de: 'de', ja: 'ja', 'zh-Hans': 'zh' };

export interface IntentModelShelf {
  /** The NLP.js codes of the corpora in the directory (`<code>.json`), English first. */
  languages: readonly string[];
  /**
   * The model for a language, loaded once on first use; a language without a corpus gets the English model (its
   * `language` says so).
   */
  modelFor(locale: SupportedLocale): Promise<IntentModel>;
}

/**
 * The intent models of the corpora in a directory, each loaded (or, when its shipped model is missing or older than
 * its corpus, trained) once per process, on first use. Which languages there are is read from the directory, so a
 * language is added by adding its corpus file.
 */
export function intentModelShelf(directory: string): IntentModelShelf {
  const languages = corpusLanguages(directory);
  if (!languages.includes('en')) throw new Error(`no English corpus (en.json) in ${directory}`);
  const loaded = new Map<string, Promise<IntentModel>>();
  const load = (language: string): Promise<IntentModel> => {
    let model = loaded.get(language);
    if (!model) {
      const { corpus, trained } = readCorpusAndModel(directory, language);
      model = loadIntentModel(corpus, trained);
      loaded.set(language, model);
    }
    return model;
  };
  return {
    languages,
    modelFor(locale) {
      const language = intentLanguageOf[locale];
      return load(languages.includes(language) ? language : 'en');
    },
  };
}

let shipped: IntentModelShelf | undefined;

/**
 * The intent model for a language, from the corpora shipped in `src/language/corpus`; English for a language
 * without a corpus. Each loads on first use, in tens of milliseconds, except where NLP.js builds a tokenizer's
 * dictionary on the first message: Japanese 0.5 to 1.8 s and 73 MB of heap, Chinese 0.8 to 4.8 s (the busier the
 * machine, the longer) and 106 MB, most of it synchronous (`npm run bench -- --language` measures it). Call it ahead
 * of a language's first message to warm it.
 *
 * @example
 * const { intent } = await (await intentModelFor('de')).classify('Danke!'); // 'thanks'
 */
export function intentModelFor(locale: SupportedLocale): Promise<IntentModel> {
  shipped ??= intentModelShelf(CORPUS_DIR);
  return shipped.modelFor(locale);
}

/**
 * The English model. The server asks for it right after listening so the first message does not wait; the
 * other languages load when their first message comes.
 *
 * @example
 * const { intent } = await (await englishIntentModel()).classify('thanks!'); // 'thanks'
 */
export function englishIntentModel(): Promise<IntentModel> {
  return intentModelFor('en');
}
