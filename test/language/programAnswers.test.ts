import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInLocale } from '../../src/i18n/turnLocale';
import { CORPUS_DIR, readProgramAnswersFile } from '../../src/language/corpusFiles';
import english from '../../src/language/corpus/programAnswers.en.json';
import { differencesFromEnglish, programAnswer, programAnswerLocales, programAnswersIn } from '../../src/language/programAnswers';

// Every language whose answers file has landed is checked against English.
describe.each(programAnswerLocales(CORPUS_DIR).map((locale) => ({ locale })))('the $locale program answers', ({ locale }) => {
  it('have the same keys and quote the same sources as English', () => {
    expect(differencesFromEnglish(readProgramAnswersFile(CORPUS_DIR, locale))).toEqual([]);
  });
});

/** A directory with a Spanish answers file: English's keys and sources, each text marked as Spanish. */
function spanishDirectory(change: (answers: typeof english) => void = () => undefined): string {
  const directory = mkdtempSync(join(tmpdir(), 'program-answers-'));
  const spanish = structuredClone(english);
  for (const table of [spanish.glossary, spanish.program]) for (const entry of Object.values(table)) entry.text = `ES: ${entry.text}`;
  change(spanish);
  writeFileSync(join(directory, 'programAnswers.es.json'), JSON.stringify(spanish));
  return directory;
}

describe('program answers in the turn\'s language', () => {
  it('English matches itself', () => {
    expect(differencesFromEnglish(english)).toEqual([]);
  });

  it('answers in the language of the turn from its file, with the same source', () => {
    const answersFor = programAnswersIn(spanishDirectory());
    const spanish = runInLocale('es', () => programAnswer('glossary', 'pracr', answersFor));
    expect(spanish?.text).toBe(`ES: ${english.glossary.pracr.text}`);
    expect(spanish?.sourceUrl).toBe(english.sources.pracr);
  });

  it('answers in English in an English turn and in a language without a file', () => {
    const answersFor = programAnswersIn(spanishDirectory());
    expect(programAnswer('program', 'benefits', answersFor)?.text).toBe(english.program.benefits.text);
    expect(runInLocale('de', () => programAnswer('program', 'benefits', answersFor))?.text).toBe(english.program.benefits.text);
  });

  it('answers in English where a language file lacks the answer', () => {
    const answersFor = programAnswersIn(spanishDirectory((spanish) => delete (spanish.glossary as Partial<typeof spanish.glossary>).mbs));
    expect(runInLocale('es', () => programAnswer('glossary', 'mbs', answersFor))?.text).toBe(english.glossary.mbs.text);
    expect(runInLocale('es', () => programAnswer('glossary', 'ttm', answersFor))?.text).toBe(`ES: ${english.glossary.ttm.text}`);
  });

  it('lists the languages with a file', () => {
    expect(programAnswerLocales(spanishDirectory())).toEqual(['es']);
  });

  it('names each difference from English: a missing or extra key, another source, an empty text, another address', () => {
    const directory = spanishDirectory((spanish) => {
      delete (spanish.glossary as Partial<typeof spanish.glossary>).mbs;
      (spanish.program as Record<string, { source: string; text: string }>).extra = { source: 'program', text: 'x' };
      spanish.glossary.ttm.source = 'gallery';
      spanish.glossary.macc.text = ' ';
      spanish.sources.pracr = 'https://example.com/';
    });
    expect(differencesFromEnglish(readProgramAnswersFile(directory, 'es'))).toEqual([
      'sources.pracr has another address than English',
      'glossary.mbs is missing',
      'glossary.ttm quotes gallery, English quotes program',
      'glossary.macc has no text',
      'program.extra is not in English',
    ]);
  });
});
