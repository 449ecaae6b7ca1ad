import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { supportedLocales, type SupportedLocale } from '../src/i18n/locales';
import { runInLocale } from '../src/i18n/turnLocale';
import { attributeFigures, recognizeIntent } from '../src/language';
import type { IntentModelShelf } from '../src/language/intentModels';

/** One line of the labelled set: what the message is for, the question open when it was typed, the metrics it names. */
export interface LabelledUtterance {
  intent: string;
  open: string | undefined;
  /** Undefined when the line does not score attribution; an empty object when no figure should be labelled. */
  metrics: Record<string, number | boolean> | undefined;
  text: string;
}

export interface LanguageAccuracy {
  utterances: number;
  intentCorrect: number;
  intentAccuracy: number;
  attributionScored: number;
  attributionCorrect: number;
  attributionAccuracy: number;
  /** expected intent → predicted intent → count */
  confusion: Record<string, Record<string, number>>;
  misses: Array<{ text: string; expected: string; got: string }>;
  attributionMisses: Array<{ text: string; expected: string; got: string }>;
}

/**
 * The labelled sets in a directory, one per language: `labelledUtterances.<locale>.tsv` for each supported locale
 * with a file (en, es, pt-BR, fr, de, ja, zh-Hans), English first.
 */
export function labelledSets(directory: string): Array<{ locale: SupportedLocale; path: string }> {
  const names = new Set(readdirSync(directory));
  return supportedLocales.filter((locale) => names.has(`labelledUtterances.${locale}.tsv`)).map((locale) => ({ locale, path: join(directory, `labelledUtterances.${locale}.tsv`) }));
}

/** Reads the tab-separated labelled set (`#` lines are comments; the text may itself hold tabs, as pastes do). */
export function readLabelledUtterances(path: string): LabelledUtterance[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [intent, open, metrics, ...text] = line.split('\t');
      return { intent: intent!, open: open === '-' ? undefined : open, metrics: parseMetrics(metrics!), text: text.join('\t') };
    });
}

function parseMetrics(cell: string): LabelledUtterance['metrics'] {
  if (cell === '-') return undefined;
  if (cell === 'none') return {};
  return Object.fromEntries(
    cell.split(',').map((pair) => {
      const [field, value] = pair.split('=');
      return [field!, value === 'true' ? true : value === 'false' ? false : Number(value)];
    }),
  );
}

const canonical = (values: Record<string, unknown>) => JSON.stringify(Object.fromEntries(Object.entries(values).sort(([a], [b]) => a.localeCompare(b))));

export interface AccuracyOptions {
  /** The language the utterances are typed in: each is recognized in a turn in that language. English by default. */
  locale?: SupportedLocale;
  /** The intent models to use; the shipped ones by default. */
  modelFor?: IntentModelShelf['modelFor'];
}

/**
 * Scores the trained intent model and the metric attribution on a labelled set: exact intent per utterance, and
 * for lines that name metrics, exactly the metrics and values the bot files them under.
 */
export async function measureLanguageAccuracy(utterances: readonly LabelledUtterance[], options: AccuracyOptions = {}): Promise<LanguageAccuracy> {
  return runInLocale(options.locale ?? 'en', () => scoreUtterances(utterances, options.modelFor));
}

async function scoreUtterances(utterances: readonly LabelledUtterance[], modelFor: AccuracyOptions['modelFor']): Promise<LanguageAccuracy> {
  const confusion: LanguageAccuracy['confusion'] = {};
  const misses: LanguageAccuracy['misses'] = [];
  const attributionMisses: LanguageAccuracy['attributionMisses'] = [];
  let intentCorrect = 0;
  let attributionScored = 0;
  let attributionCorrect = 0;
  for (const utterance of utterances) {
    const { intent } = await recognizeIntent(utterance.text, modelFor);
    const row = (confusion[utterance.intent] ??= {});
    row[intent] = (row[intent] ?? 0) + 1;
    if (intent === utterance.intent) intentCorrect += 1;
    else misses.push({ text: utterance.text, expected: utterance.intent, got: intent });
    if (utterance.metrics) {
      attributionScored += 1;
      const got = attributeFigures(utterance.text, { plainTransactions: utterance.open === 'allTransactions' ? 'all' : 'over100' }).values;
      if (canonical(got) === canonical(utterance.metrics)) attributionCorrect += 1;
      else attributionMisses.push({ text: utterance.text, expected: canonical(utterance.metrics), got: canonical(got) });
    }
  }
  return {
    utterances: utterances.length,
    intentCorrect,
    intentAccuracy: intentCorrect / utterances.length,
    attributionScored,
    attributionCorrect,
    attributionAccuracy: attributionScored === 0 ? Number.NaN : attributionCorrect / attributionScored,
    confusion,
    misses,
    attributionMisses,
  };
}

/** The confusion table as text: one row per expected intent, its count, accuracy and what it was mistaken for. */
export function formatConfusion(accuracy: LanguageAccuracy): string {
  const lines = [
    `Intent accuracy ${(accuracy.intentAccuracy * 100).toFixed(1)}% (${accuracy.intentCorrect}/${accuracy.utterances}); ` +
      (accuracy.attributionScored === 0
        ? 'metric attribution not scored'
        : `metric attribution ${(accuracy.attributionAccuracy * 100).toFixed(1)}% (${accuracy.attributionCorrect}/${accuracy.attributionScored})`),
    'expected intent                     n   right  mistaken for',
  ];
  for (const [expected, row] of Object.entries(accuracy.confusion).sort(([a], [b]) => a.localeCompare(b))) {
    const total = Object.values(row).reduce((sum, count) => sum + count, 0);
    const right = row[expected] ?? 0;
    const wrong = Object.entries(row)
      .filter(([got]) => got !== expected)
      .map(([got, count]) => `${got} ×${count}`)
      .join(', ');
    lines.push(`${expected.padEnd(34)} ${String(total).padStart(3)} ${String(right).padStart(7)}  ${wrong}`);
  }
  return lines.join('\n');
}
