import { defaultLocale, supportedLocales, type SupportedLocale } from '../i18n/locales';
import { currentLocale } from '../i18n/turnLocale';
import { CORPUS_DIR, readProgramAnswersFile } from './corpusFiles';
import englishFile from './corpus/programAnswers.en.json';
import type { GlossaryTerm } from './glossaryTerms';
import type { ProgramQuestion } from './intents';

type Entry = { source: string; text: string };
type Kind = 'glossary' | 'program';
type ProgramAnswers = { sources: Record<string, string>; glossary: Record<string, Entry>; program: Record<string, Entry> };

// The source of every language's answers: the keys, and the page each answer quotes.
const english: ProgramAnswers = englishFile;

/**
 * What a language's answers file gets wrong against English, one line each: a key missing or extra, an answer
 * quoting another source than English does, a source with another address. Empty when it matches.
 *
 * @example
 * differencesFromEnglish({ sources: english.sources, glossary: {}, program: {} }); // ['glossary.netNew is missing', ...]
 */
export function differencesFromEnglish(answers: unknown): string[] {
  const table = (answers ?? {}) as Partial<ProgramAnswers>;
  const problems: string[] = [];
  const compare = (name: string, expected: Record<string, unknown>, actual: Record<string, unknown> | undefined, same: (key: string) => string | undefined) => {
    for (const key of Object.keys(expected)) {
      if (!actual || !Object.hasOwn(actual, key)) problems.push(`${name}.${key} is missing`);
      else {
        const problem = same(key);
        if (problem) problems.push(`${name}.${key} ${problem}`);
      }
    }
    for (const key of Object.keys(actual ?? {})) if (!Object.hasOwn(expected, key)) problems.push(`${name}.${key} is not in English`);
  };
  compare('sources', english.sources, table.sources, (key) => (table.sources?.[key] === english.sources[key] ? undefined : 'has another address than English'));
  for (const kind of ['glossary', 'program'] as const) {
    const englishTable = english[kind];
    compare(kind, englishTable, table[kind], (key) => {
      const entry = table[kind]?.[key];
      if (typeof entry?.text !== 'string' || entry.text.trim() === '') return 'has no text';
      return entry.source === englishTable[key]!.source ? undefined : `quotes ${String(entry.source)}, English quotes ${englishTable[key]!.source}`;
    });
  }
  return problems;
}

/**
 * Each language's answers, read once: `programAnswers.<locale>.json` beside the English file, English for a
 * language without one.
 */
export function programAnswersIn(directory: string): (locale: SupportedLocale) => ProgramAnswers {
  const read = new Map<SupportedLocale, ProgramAnswers>();
  return (locale) => {
    let answers = read.get(locale);
    if (!answers) {
      answers = (locale === defaultLocale ? undefined : (readProgramAnswersFile(directory, locale) as ProgramAnswers | undefined)) ?? english;
      read.set(locale, answers);
    }
    return answers;
  };
}

/** The languages with their own answers file in a directory (English's is always there). */
export function programAnswerLocales(directory: string): SupportedLocale[] {
  return supportedLocales.filter((locale) => locale !== defaultLocale && readProgramAnswersFile(directory, locale) !== undefined);
}

const shipped = programAnswersIn(CORPUS_DIR);

/**
 * The two or three sentences answering a glossary or program question, in the turn's language (English when the
 * language has no answers file, or its file lacks this answer), with the public page they come from.
 *
 * @example
 * programAnswer('glossary', 'pracr').sourceUrl; // 'https://learn.microsoft.com/partner-center/referrals/partner-reported-azure-consumed-revenue'
 */
export function programAnswer(
  kind: Kind,
  key: GlossaryTerm | ProgramQuestion,
  answersFor: (locale: SupportedLocale) => ProgramAnswers = shipped,
): { text: string; sourceUrl: string } | undefined {
  const entryIn = (answers: ProgramAnswers) => (Object.hasOwn(answers[kind], key) ? answers[kind][key] : undefined);
  const entry = entryIn(answersFor(currentLocale())) ?? entryIn(english);
  const sourceUrl = entry ? english.sources[entry.source] : undefined;
  return entry && sourceUrl ? { text: entry.text, sourceUrl } : undefined;
}
