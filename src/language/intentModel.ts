import type { NluNeural } from '@nlpjs/nlu';
import type { IntentCorpus, IntentName } from './intents';
import { limits } from './limits';
import { maskFigures } from './maskFigures';

export interface IntentGuess {
  intent: IntentName;
  /** The model's confidence, 0 to 1; below `MIN_SCORE` the guess is `None`. */
  score: number;
}

export interface IntentModel {
  /** The language it was trained in: NLP.js's code, the corpus's `locale` (en, es, pt, fr, de, ja, zh). */
  language: string;
  /** The words of its corpus (lower case, figures masked), to tell whether a message is mostly in its language. */
  vocabulary: ReadonlySet<string>;
  classify(text: string): Promise<IntentGuess>;
  /** The trained network, for `scripts/trainIntentModel.ts` to ship beside the corpus. */
  toJSON(): unknown;
}

/** A model trained ahead of time, with the fingerprint of the corpus it was trained on. */
export interface TrainedModelFile {
  corpusFingerprint: string;
  model: unknown;
}

// Below this the model is guessing: the message is treated as an answer or gets the short fallback.
const MIN_SCORE = 0.5;

/** What the network is trained on: each utterance lower-cased with its figures masked (see `maskFigures`). */
function trainingExamples(corpus: IntentCorpus): Array<{ utterance: string; intent: string }> {
  return Object.entries(corpus.intents).flatMap(([intent, utterances]) =>
    utterances.map((utterance) => ({ utterance: spacedWords(maskFigures(utterance.toLowerCase(), corpus.locale), corpus.locale), intent })),
  );
}

/**
 * FNV-1a over what the model is trained on (the corpus as `maskFigures` hands it over), so a shipped model trained
 * on an older corpus, or before a change to the masking, is noticed and not used.
 *
 * @example
 * corpusFingerprint(corpus); // '5f1c9a2b'
 */
export function corpusFingerprint(corpus: IntentCorpus): string {
  const text = JSON.stringify([corpus.locale, trainingExamples(corpus)]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * NLP.js's tokenizer and stemmer for a corpus's language (`locale` is NLP.js's code: en, es, pt, fr, de, ja, zh),
 * or none for the languages `spacedWords` splits.
 */
function languagePlugin(locale: string): unknown {
  switch (locale) {
    case 'es':
      return (require('@nlpjs/lang-es') as { LangEs: unknown }).LangEs;
    case 'pt':
      return (require('@nlpjs/lang-pt') as { LangPt: unknown }).LangPt;
    case 'fr':
      return (require('@nlpjs/lang-fr') as { LangFr: unknown }).LangFr;
    case 'de':
      return (require('@nlpjs/lang-de') as { LangDe: unknown }).LangDe;
    case 'ja':
    case 'zh':
      return undefined;
    default:
      return (require('@nlpjs/lang-en-min') as typeof import('@nlpjs/lang-en-min')).LangEn;
  }
}

// Japanese and Chinese are written without spaces between words. NLP.js's own plugins for them split words with
// dictionaries of their own (measured: +73 MB and +106 MB of heap, built synchronously in 0.5-4.8 s on the first
// message, while every other conversation waits). Node's Intl.Segmenter splits them with ICU's dictionaries, built
// in, so the words are split here and handed to NLP.js separated by spaces, with no language plugin.
const UNSPACED_LANGUAGES = new Set(['ja', 'zh']);
const segmenters = new Map<string, Intl.Segmenter>();

/**
 * The text as NLP.js reads it: Japanese and Chinese split into words, other languages as they are.
 *
 * @example
 * spacedWords('我们有资格吗', 'zh'); // '我们 有 资格 吗'
 */
export function spacedWords(text: string, language: string): string {
  if (!UNSPACED_LANGUAGES.has(language)) return text;
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  return Array.from(segmenter.segment(text), (part) => (part.isWordLike ? part.segment : ' ')).join(' ').replace(/\s+/g, ' ').trim();
}

async function createNlu(locale: string): Promise<NluNeural> {
  // Loaded on first use: a process that never chats (the CLI, the batch route) does not pay for them.
  const { containerBootstrap } = require('@nlpjs/core') as typeof import('@nlpjs/core');
  const { NluNeural: Nlu } = require('@nlpjs/nlu') as typeof import('@nlpjs/nlu');
  const container = await containerBootstrap();
  const plugin = languagePlugin(locale);
  if (plugin) container.use(plugin);
  return new Nlu({ locale, log: false, spellCheck: true }, container);
}

/**
 * A message's words: each run of letters of an alphabet ("eligibility", "vérifier") and each run of Chinese or
 * Japanese characters, lower case.
 *
 * @example
 * wordsOf('¿Qué es MBS?'); // ['qué', 'es', 'mbs']
 */
export function wordsOf(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|\p{L}+/gu) ?? [];
}

function modelOver(nlu: NluNeural, corpus: IntentCorpus): IntentModel {
  const language = corpus.locale;
  return {
    language,
    vocabulary: new Set(trainingExamples(corpus).flatMap((example) => wordsOf(example.utterance))),
    async classify(text: string): Promise<IntentGuess> {
      const masked = spacedWords(maskFigures(text.slice(0, limits.maxOneShotLength).toLowerCase(), language), language);
      if (masked === '') return { intent: 'None', score: 1 };
      const [best] = (await nlu.process(masked)).classifications;
      if (!best || best.score < MIN_SCORE) return { intent: 'None', score: best?.score ?? 0 };
      return { intent: best.intent as IntentName, score: best.score };
    },
    toJSON: () => nlu.toJSON(),
  };
}

/**
 * Trains NLP.js's neural NLU on a corpus (a file per language under `corpus/`), figures masked in training and in
 * use (see `maskFigures`), with the training log off. About 300 ms for the English corpus on the bench machine,
 * so the server loads the model trained ahead of time instead (`loadIntentModel`, about 15 ms).
 *
 * @example
 * const model = await trainIntentModel(corpus);
 * await model.classify('do we qualify for top tier?'); // { intent: 'startCheck', score: 0.99 }
 */
export async function trainIntentModel(corpus: IntentCorpus): Promise<IntentModel> {
  const nlu = await createNlu(corpus.locale);
  await nlu.train(trainingExamples(corpus));
  return modelOver(nlu, corpus);
}

/**
 * The model for a corpus: the one trained ahead of time when it was trained on this very corpus, otherwise
 * trained now (a corpus edited without running `npm run train:intents` still works, just starts slower).
 */
export async function loadIntentModel(corpus: IntentCorpus, trained: TrainedModelFile | undefined): Promise<IntentModel> {
  if (!trained || trained.corpusFingerprint !== corpusFingerprint(corpus)) return trainIntentModel(corpus);
  const nlu = await createNlu(corpus.locale);
  nlu.fromJSON(trained.model);
  return modelOver(nlu, corpus);
}
