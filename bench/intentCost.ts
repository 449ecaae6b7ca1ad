import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { SupportedLocale } from '../src/i18n/locales';
import { supportedLocales } from '../src/i18n/locales';
import { corpusLanguages, readCorpusAndModel } from '../src/language/corpusFiles';
import { trainIntentModel, type IntentModel } from '../src/language/intentModel';
import { intentLanguageOf, intentModelShelf, type IntentModelShelf } from '../src/language/intentModels';
import { limits } from '../src/language/limits';
import { readMemoryAfterGc } from './readMemoryAfterGc';

export interface IntentModelCost {
  language: string;
  /** The shipped `<code>.model.json`, or undefined when the language has none (it is trained on first use). */
  modelFileBytes: number | undefined;
  /**
   * First use in a process: reading and loading the shipped model (or training it) and classifying a first message,
   * which builds the tokenizer's dictionary where there is one (Japanese, Chinese).
   */
  loadMs: number;
  /** What the loaded model and its tokenizer keep on the heap; measured only with `node --expose-gc`. */
  heapBytes: number | undefined;
  trainMs: number;
  /** Median of the corpus's own utterances, classified one after another. */
  classifyMicros: number;
  /** The slowest single classification of each hostile input, capped at the longest message read. */
  worstMs: Record<string, number>;
}

/** Inputs meant to cost the most: long runs of one script, of one word of the language, of figures, of no spaces. */
function hostileInputs(sampleWord: string): Record<string, string> {
  const fill = (unit: string) => unit.repeat(Math.ceil(limits.maxOneShotLength / unit.length)).slice(0, limits.maxOneShotLength);
  return {
    cjk: fill('资格検査三百万'),
    repeatedWord: fill(`${sampleWord} `),
    figures: fill('3.600.000 360万 '),
    oneLongToken: fill('eligibility'),
  };
}

async function heapUsed(): Promise<number | undefined> {
  return (globalThis as { gc?: unknown }).gc ? (await readMemoryAfterGc()).heapUsedBytes : undefined;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function timeMs(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/**
 * Per language with a corpus in `directory`: the shipped model's size, its first load, training it, the median
 * classification and the worst of the hostile inputs. Languages are loaded in the directory's order (English
 * first), each for the first time in this process, as the server loads them.
 */
export async function measureIntentModelCosts(directory: string): Promise<{ shelf: IntentModelShelf; costs: IntentModelCost[] }> {
  const shelf = intentModelShelf(directory);
  const costs: IntentModelCost[] = [];
  for (const language of corpusLanguages(directory)) {
    const locale = supportedLocales.find((candidate) => intentLanguageOf[candidate] === language) as SupportedLocale;
    const { corpus } = readCorpusAndModel(directory, language);
    const utterances = Object.values(corpus.intents).flat();
    const heapBefore = await heapUsed();
    let model: IntentModel | undefined;
    const loadMs = await timeMs(async () => {
      model = await shelf.modelFor(locale);
      await model.classify(utterances[0] ?? '');
    });
    const heapAfter = await heapUsed();
    const heapBytes = heapBefore === undefined || heapAfter === undefined ? undefined : heapAfter - heapBefore;
    const trainMs = await timeMs(() => trainIntentModel(corpus));
    const micros: number[] = [];
    for (const utterance of utterances) micros.push((await timeMs(() => model!.classify(utterance))) * 1000);
    const sampleWord = utterances[0]?.split(/\s+/)[0] ?? 'check';
    const worstMs: Record<string, number> = {};
    for (const [name, text] of Object.entries(hostileInputs(sampleWord))) {
      worstMs[name] = Math.max(await timeMs(() => model!.classify(text)), await timeMs(() => model!.classify(text)));
    }
    let modelFileBytes: number | undefined;
    try {
      modelFileBytes = statSync(join(directory, `${language}.model.json`)).size;
    } catch {
      modelFileBytes = undefined;
    }
    costs.push({ language, modelFileBytes, loadMs, heapBytes, trainMs, classifyMicros: median(micros), worstMs });
  }
  return { shelf, costs };
}

/** One line per language: size, load, training, median classification, worst hostile input. */
export function formatIntentModelCosts(costs: readonly IntentModelCost[]): string {
  return costs
    .map((cost) => {
      const size = cost.modelFileBytes === undefined ? 'no shipped model' : `model ${(cost.modelFileBytes / 1024).toFixed(0)} kB`;
      const worst = Object.entries(cost.worstMs)
        .map(([name, ms]) => `${name} ${ms.toFixed(1)} ms`)
        .join(', ');
      const heap = cost.heapBytes === undefined ? '' : ` (heap +${(cost.heapBytes / 1024 / 1024).toFixed(0)} MB)`;
      return `  ${cost.language}: ${size}, first load and message ${cost.loadMs.toFixed(0)} ms${heap}, training ${cost.trainMs.toFixed(0)} ms, classify median ${cost.classifyMicros.toFixed(0)} µs; worst 5,000 characters: ${worst}`;
    })
    .join('\n');
}
