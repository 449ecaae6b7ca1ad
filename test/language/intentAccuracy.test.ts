import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import corpus from '../../src/language/corpus/en.json';
import shipped from '../../src/language/corpus/en.model.json';
import { corpusFingerprint } from '../../src/language/intentModel';
import { formatConfusion, measureLanguageAccuracy, readLabelledUtterances } from '../../bench/languageAccuracy';

const labelled = readLabelledUtterances(join(__dirname, '../fixtures/language/labelledUtterances.en.tsv'));

describe('the intent model and metric attribution on the labelled set', () => {
  it('the labelled set has at least 600 utterances, none of them in the training corpus', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(600);
    const trained = new Set(Object.values(corpus.intents).flat().map((utterance) => utterance.toLowerCase().trim()));
    expect(labelled.filter((utterance) => trained.has(utterance.text.toLowerCase().trim())).map((u) => u.text)).toEqual([]);
  });

  it('every labelled intent is one the corpus trains', () => {
    const intents = new Set(Object.keys(corpus.intents));
    expect(labelled.filter((utterance) => !intents.has(utterance.intent)).map((u) => u.intent)).toEqual([]);
  });

  it('names the intent of at least 95% and files the figures of at least 98% correctly', async () => {
    const accuracy = await measureLanguageAccuracy(labelled);
    const report = `${formatConfusion(accuracy)}\n${JSON.stringify(accuracy.misses, null, 1)}\n${JSON.stringify(accuracy.attributionMisses, null, 1)}`;
    expect(accuracy.intentAccuracy, report).toBeGreaterThanOrEqual(0.95);
    expect(accuracy.attributionAccuracy, report).toBeGreaterThanOrEqual(0.98);
  });
});

describe('the shipped intent model', () => {
  it('was trained on the current corpus (run `npm run train:intents` after editing it)', () => {
    expect(shipped.corpusFingerprint).toBe(corpusFingerprint(corpus));
  });
});
