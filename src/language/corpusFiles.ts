import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../eligibility/policy/loadPolicyDirectory';
import type { SupportedLocale } from '../i18n/locales';
import type { TrainedModelFile } from './intentModel';
import type { IntentCorpus } from './intents';

/*
 * The one reader of the language files on disk (the lint rule names it): which languages have an intent corpus,
 * a model trained ahead of time, program answers. A language is added by adding its files; nothing lists them.
 */

/**
 * The corpora, models and program answers shipped with the assistant: `src/language/corpus` at the package root,
 * found from here whether the code runs from `src/` (tests, tsx) or `dist/src/`, as the policies are.
 */
export const CORPUS_DIR = join(packageRoot(__dirname), 'src/language/corpus');

/**
 * The languages with an intent corpus in a directory: its `<code>.json` files (NLP.js codes), English first.
 *
 * @example
 * corpusLanguages(CORPUS_DIR); // ['en', 'de', 'es', 'fr', 'ja', 'pt', 'zh']
 */
export function corpusLanguages(directory: string): string[] {
  const codes = readdirSync(directory)
    .map((name) => /^([a-z]{2})\.json$/.exec(name)?.[1])
    .filter((code): code is string => code !== undefined);
  return codes.sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}

/** A language's corpus and the model trained ahead of time beside it (`<code>.model.json`), when there is one. */
export function readCorpusAndModel(directory: string, language: string): { corpus: IntentCorpus; trained: TrainedModelFile | undefined } {
  const corpus = JSON.parse(readFileSync(join(directory, `${language}.json`), 'utf8')) as IntentCorpus;
  const modelPath = join(directory, `${language}.model.json`);
  const trained = existsSync(modelPath) ? (JSON.parse(readFileSync(modelPath, 'utf8')) as TrainedModelFile) : undefined;
  return { corpus, trained };
}

/** A language's program answers (`programAnswers.<locale>.json`, parsed but unchecked), or undefined without one. */
export function readProgramAnswersFile(directory: string, locale: SupportedLocale): unknown {
  const path = join(directory, `programAnswers.${locale}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as unknown) : undefined;
}
