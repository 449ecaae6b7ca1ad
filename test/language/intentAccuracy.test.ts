import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFingerprint } from '../../src/language/intentModel';
import { CORPUS_DIR, corpusLanguages, readCorpusAndModel } from '../../src/language/corpusFiles';
import { intentLanguageOf } from '../../src/language/intentModels';
import { formatConfusion, labelledSets, measureLanguageAccuracy, readLabelledUtterances } from '../../bench/languageAccuracy';

// Every language with a labelled set is scored on it, so a language is tested as soon as its set lands.
const sets = labelledSets(join(__dirname, '../fixtures/language'));

describe.each(sets)('the intent model and metric attribution on the $locale labelled set', ({ locale, path }) => {
  const labelled = readLabelledUtterances(path);
  const language = intentLanguageOf[locale];
  const corpus = () => readCorpusAndModel(CORPUS_DIR, language).corpus;

  it(`has a training corpus (src/language/corpus/${language}.json)`, () => {
    expect(corpusLanguages(CORPUS_DIR)).toContain(language);
  });

  it('none of its utterances is in the training corpus', () => {
    const trained = new Set(Object.values(corpus().intents).flat().map((utterance) => utterance.toLowerCase().trim()));
    expect(labelled.filter((utterance) => trained.has(utterance.text.toLowerCase().trim())).map((u) => u.text)).toEqual([]);
  });

  it('every labelled intent is one the corpus trains', () => {
    const intents = new Set(Object.keys(corpus().intents));
    expect(labelled.filter((utterance) => !intents.has(utterance.intent)).map((u) => u.intent)).toEqual([]);
  });

  it('names the intent of at least 95% (and, where the set scores figures, files the figures of at least 98%) correctly', async () => {
    const accuracy = await measureLanguageAccuracy(labelled, { locale });
    const report = `${formatConfusion(accuracy)}\n${JSON.stringify(accuracy.misses, null, 1)}\n${JSON.stringify(accuracy.attributionMisses, null, 1)}`;
    expect(accuracy.intentAccuracy, report).toBeGreaterThanOrEqual(0.95);
    if (locale === 'en') expect(accuracy.attributionScored).toBeGreaterThan(0);
    if (accuracy.attributionScored > 0) expect(accuracy.attributionAccuracy, report).toBeGreaterThanOrEqual(0.98);
  });
});

describe('the English labelled set', () => {
  it('has at least 600 utterances', () => {
    expect(sets.map((set) => set.locale)).toContain('en');
    expect(readLabelledUtterances(join(__dirname, '../fixtures/language/labelledUtterances.en.tsv')).length).toBeGreaterThanOrEqual(600);
  });
});

describe.each(corpusLanguages(CORPUS_DIR))('the shipped %s intent model', (language) => {
  it('was trained on the current corpus (run `npm run train:intents` after editing it)', () => {
    expect(existsSync(join(CORPUS_DIR, `${language}.model.json`)), `src/language/corpus/${language}.model.json`).toBe(true);
    const { corpus, trained } = readCorpusAndModel(CORPUS_DIR, language);
    expect(trained?.corpusFingerprint).toBe(corpusFingerprint(corpus));
  });
});
