import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatConfusion, labelledSets, measureLanguageAccuracy, readLabelledUtterances } from '../../bench/languageAccuracy';
import type { SupportedLocale } from '../../src/i18n/locales';
import { runInLocale } from '../../src/i18n/turnLocale';
import type { IntentName } from '../../src/language';
import { spacedWords, type IntentModel } from '../../src/language/intentModel';
import { corpusLanguages } from '../../src/language/corpusFiles';
import { intentModelShelf } from '../../src/language/intentModels';
import { guessIntent } from '../../src/language/recognizeIntent';

// Small corpora of our own (English, Spanish, Chinese; no model trained ahead of time, so each is trained on first
// use): the per-language machinery is tested whichever real corpora have landed.
const SMALL = join(__dirname, '../fixtures/language/smallCorpora');
const shelf = intentModelShelf(SMALL);
const modelFor = shelf.modelFor.bind(shelf);

describe('intent models per language', () => {
  it('finds the languages by their corpus files, English first', () => {
    expect(corpusLanguages(SMALL)).toEqual(['en', 'es', 'zh']);
    expect(shelf.languages).toEqual(['en', 'es', 'zh']);
  });

  it("loads a language's model once per process", async () => {
    expect(shelf.modelFor('es')).toBe(shelf.modelFor('es'));
    expect((await shelf.modelFor('es')).language).toBe('es');
    expect((await shelf.modelFor('zh-Hans')).language).toBe('zh');
  });

  it('gives a language without a corpus the English model', async () => {
    expect(await shelf.modelFor('de')).toBe(await shelf.modelFor('en'));
    expect(await shelf.modelFor('pt-BR')).toBe(await shelf.modelFor('en'));
  });

  it('refuses a directory without an English corpus', () => {
    expect(() => intentModelShelf(join(__dirname, '../fixtures/language'))).toThrow(/no English corpus/);
  });
});

describe("the turn's language first, then English", () => {
  it.each([
    ['es', 'muchísimas gracias', 'thanks'],
    ['es', '¿somos elegibles?', 'startCheck'],
    ['zh-Hans', '非常感谢您', 'thanks'],
    ['zh-Hans', '我们是否符合资格', 'startCheck'],
  ] as const)('%s "%s" is %s, from its own model', async (locale, text, intent) => {
    expect((await runInLocale(locale, () => guessIntent(text, modelFor))).intent).toBe(intent);
  });

  it.each([
    ['es', 'what is MBS'],
    ['es', '¿what does MBS mean?'],
    ['zh-Hans', 'what is MBS'],
  ] as const)('%s "%s": English jargon its own model does not know is read by the English model', async (locale, text) => {
    expect((await runInLocale(locale, () => guessIntent(text, modelFor))).intent).toBe('glossary.mbs');
  });

  it('one English word in a message in another language is not enough: at least half its words must be English', async () => {
    // Stand-ins: a Spanish model that knows nothing, an English one that hears "thanks" in everything.
    const stub = (language: string, intent: IntentName, vocabulary: string[]): IntentModel => ({
      language,
      vocabulary: new Set(vocabulary),
      classify: async () => ({ intent, score: 1 }),
      toJSON: () => ({}),
    });
    const models = { es: stub('es', 'None', []), en: stub('en', 'thanks', ['thanks', 'a', 'lot']) };
    const stubFor = async (locale: SupportedLocale) => (locale === 'es' ? models.es : models.en);
    const inSpanish = (text: string) => runInLocale('es', () => guessIntent(text, stubFor));
    expect((await inSpanish('reserve un taxi para mañana, thanks')).intent).toBe('None');
    expect((await inSpanish('thanks a lot, amigo')).intent).toBe('thanks');
    expect((await inSpanish('thanks, amigo')).intent).toBe('thanks');
    expect((await inSpanish('谢谢 thanks 再见')).intent).toBe('None');
  });

  it('a word both models know is read the way of the turn\'s language', async () => {
    // "gracias" alone is Spanish; in a Spanish turn the Spanish model answers before English is asked.
    expect((await runInLocale('es', () => guessIntent('gracias', modelFor))).intent).toBe('thanks');
  });

  it('an English turn never asks another language: Spanish in an English turn is None', async () => {
    expect((await guessIntent('muchísimas gracias por la ayuda', modelFor)).intent).toBe('None');
  });

  it('what neither model knows stays None', async () => {
    expect((await runInLocale('es', () => guessIntent('el gato está en el teclado', modelFor))).intent).toBe('None');
  });
});

describe('the labelled sets per language', () => {
  it('are found by locale, English first', () => {
    expect(labelledSets(SMALL).map((set) => set.locale)).toEqual(['es']);
    expect(labelledSets(join(__dirname, '../fixtures/language'))[0]?.locale).toBe('en');
  });

  it("are scored in their language's turn, attribution unscored when no line names metrics", async () => {
    const accuracy = await measureLanguageAccuracy(readLabelledUtterances(join(SMALL, 'labelledUtterances.es.tsv')), { locale: 'es', modelFor });
    expect(accuracy.intentAccuracy, formatConfusion(accuracy)).toBe(1);
    expect(accuracy.attributionScored).toBe(0);
    expect(formatConfusion(accuracy)).toContain('metric attribution not scored');
    // The same Spanish lines in an English turn: the Spanish model is not asked, so some are missed.
    const inEnglish = await measureLanguageAccuracy(readLabelledUtterances(join(SMALL, 'labelledUtterances.es.tsv')), { modelFor });
    expect(inEnglish.intentAccuracy).toBeLessThan(1);
  });
});

describe('loading the Chinese model', () => {
  it('writes nothing to stdout, where the server logs JSON lines', () => {
    // A process of its own: the dictionary is built once per process, so in this one it may already be built.
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, '../fixtures/language/classifyInChinese.ts'), SMALL], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('words of languages written without spaces', () => {
  it('splits Japanese and Chinese into words with Intl.Segmenter and leaves other languages alone', () => {
    expect(spacedWords('我们有资格吗', 'zh')).toBe('我们 有 资格 吗');
    expect(spacedWords('対象になりますか？', 'ja').split(' ')).toEqual(expect.arrayContaining(['対象', 'なり']));
    expect(spacedWords('¿calificamos?', 'es')).toBe('¿calificamos?');
  });
});
