import type { NluNeural } from '@nlpjs/nlu';
import englishCorpus from './corpus/en.json';
import type { IntentCorpus, IntentName } from './intents';
import { limits } from './limits';
import { maskFigures } from './maskFigures';

export interface IntentGuess {
  intent: IntentName;
  /** The model's confidence, 0 to 1; below `MIN_SCORE` the guess is `None`. */
  score: number;
}

export interface IntentModel {
  classify(text: string): Promise<IntentGuess>;
}

// Below this the model is guessing: the message is treated as an answer or gets the short fallback.
const MIN_SCORE = 0.5;

/**
 * Trains NLP.js's neural NLU on a corpus (a file per language under `corpus/`). Training the English corpus of
 * about 600 utterances takes tens of milliseconds, so the model is trained at start-up rather than shipped
 * pre-trained; the training log is off. Figures are masked in training and in use (see `maskFigures`).
 *
 * @example
 * const model = await trainIntentModel(corpus);
 * await model.classify('do we qualify for top tier?'); // { intent: 'startCheck', score: 0.99 }
 */
export async function trainIntentModel(corpus: IntentCorpus): Promise<IntentModel> {
  // Loaded on first use: the packages add about 15 ms to start-up that a process which never chats need not pay.
  const { containerBootstrap } = require('@nlpjs/core') as typeof import('@nlpjs/core');
  const { NluNeural: Nlu } = require('@nlpjs/nlu') as typeof import('@nlpjs/nlu');
  const { LangEn } = require('@nlpjs/lang-en-min') as typeof import('@nlpjs/lang-en-min');
  const container = await containerBootstrap();
  container.use(LangEn);
  const nlu: NluNeural = new Nlu({ locale: corpus.locale, log: false, spellCheck: true }, container);
  const examples = Object.entries(corpus.intents).flatMap(([intent, utterances]) =>
    utterances.map((utterance) => ({ utterance: maskFigures(utterance.toLowerCase()), intent })),
  );
  await nlu.train(examples);
  return {
    async classify(text: string): Promise<IntentGuess> {
      const masked = maskFigures(text.slice(0, limits.maxOneShotLength).toLowerCase());
      if (masked === '') return { intent: 'None', score: 1 };
      const [best] = (await nlu.process(masked)).classifications;
      if (!best || best.score < MIN_SCORE) return { intent: 'None', score: best?.score ?? 0 };
      return { intent: best.intent as IntentName, score: best.score };
    },
  };
}

let english: Promise<IntentModel> | undefined;

/**
 * The English model, trained once per process on first use. The server calls it right after listening so the
 * first message does not wait for training.
 *
 * @example
 * const { intent } = await (await englishIntentModel()).classify('thanks!'); // 'thanks'
 */
export function englishIntentModel(): Promise<IntentModel> {
  english ??= trainIntentModel(englishCorpus as IntentCorpus);
  return english;
}
