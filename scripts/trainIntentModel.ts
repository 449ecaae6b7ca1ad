import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusFingerprint, trainIntentModel, type TrainedModelFile } from '../src/language/intentModel';
import { CORPUS_DIR, corpusLanguages, readCorpusAndModel } from '../src/language/corpusFiles';

/*
 * `npm run train:intents [directory]`: trains an intent model on every corpus in src/language/corpus (`<code>.json`,
 * whichever languages are there) and writes each beside its corpus as `<code>.model.json` with the corpus's
 * fingerprint, so the server loads it in milliseconds instead of training on first use. A test fails while a
 * shipped model is older than its corpus or missing.
 */
async function main(): Promise<void> {
  const directory = process.argv[2] ?? CORPUS_DIR;
  for (const language of corpusLanguages(directory)) {
    const started = performance.now();
    const { corpus } = readCorpusAndModel(directory, language);
    const model = await trainIntentModel(corpus);
    const file: TrainedModelFile = { corpusFingerprint: corpusFingerprint(corpus), model: model.toJSON() };
    const path = join(directory, `${language}.model.json`);
    writeFileSync(path, `${JSON.stringify(file)}\n`);
    const utterances = Object.values(corpus.intents).flat().length;
    console.log(`${language}: trained on ${utterances} utterances in ${(performance.now() - started).toFixed(0)} ms: ${path} (${(statSync(path).size / 1024).toFixed(0)} kB)`);
  }
}

void main();
