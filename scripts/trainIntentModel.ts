import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import corpus from '../src/language/corpus/en.json';
import { corpusFingerprint, trainIntentModel, type TrainedModelFile } from '../src/language/intentModel';
import type { IntentCorpus } from '../src/language/intents';

/*
 * `npm run train:intents`: trains the English intent model on src/language/corpus/en.json and writes it beside the
 * corpus with the corpus's fingerprint, so the server loads it in milliseconds instead of training at start-up.
 * A test fails while the shipped model is older than the corpus.
 */
async function main(): Promise<void> {
  const started = performance.now();
  const model = await trainIntentModel(corpus as IntentCorpus);
  const file: TrainedModelFile = { corpusFingerprint: corpusFingerprint(corpus as IntentCorpus), model: model.toJSON() };
  const path = join(__dirname, '../src/language/corpus/en.model.json');
  writeFileSync(path, `${JSON.stringify(file)}\n`);
  console.log(`Trained on ${Object.values(corpus.intents).flat().length} utterances in ${(performance.now() - started).toFixed(0)} ms: ${path}`);
}

void main();
