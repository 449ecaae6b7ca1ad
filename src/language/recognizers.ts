import type { NumberRecognizer as NumberRecognizerType } from '@microsoft/recognizers-text-number';
import type { NumberWithUnitRecognizer as NumberWithUnitRecognizerType } from '@microsoft/recognizers-text-number-with-unit';
import { limits } from './limits';

// Always en-US: a comma groups thousands and a dot starts the decimals. Other conventions are refused elsewhere.
const EN_US = 'en-us';

type Model = ReturnType<NumberRecognizerType['getNumberModel']>;
let numberModelInstance: Model | undefined;
let currencyModelInstance: Model | undefined;

// Building a model compiles hundreds of regular expressions: once per process, never per message, and not before
// the server listens (loading the recognizers is about a fifth of start-up). `warmUpRecognizers` builds them early.
function numberModel(): Model {
  if (!numberModelInstance) {
    const { NumberRecognizer } = require('@microsoft/recognizers-text-number') as { NumberRecognizer: typeof NumberRecognizerType };
    numberModelInstance = new NumberRecognizer(EN_US).getNumberModel();
  }
  return numberModelInstance;
}

function currencyModel(): Model {
  if (!currencyModelInstance) {
    const { NumberWithUnitRecognizer } = require('@microsoft/recognizers-text-number-with-unit') as {
      NumberWithUnitRecognizer: typeof NumberWithUnitRecognizerType;
    };
    currencyModelInstance = new NumberWithUnitRecognizer(EN_US).getCurrencyModel();
  }
  return currencyModelInstance;
}

/**
 * Builds both models and runs each once (the first parse is several times slower than the rest), so a user's
 * first answer does not pay for it. The server calls this right after it starts listening.
 *
 * @example
 * warmUpRecognizers();
 */
export function warmUpRecognizers(): void {
  numberModel().parse('one');
  currencyModel().parse('$1');
}

/**
 * Every recognizer call this process has made and the characters it was given: a counter, not a clock, so the
 * fuzz suite and the bench can hold each message to a budget that does not depend on how busy the machine is.
 */
export const recognizerUsage = { calls: 0, characters: 0 };

type ModelName = 'number' | 'currency';

/**
 * How much recognizer work one message may still cause. The models' cost grows much faster than the length of
 * their input (about the fourth power on runs of number words), so the parsers send only short windows, and a
 * message gets a fixed number of calls per model: past it, figures in words are refused as unparseable and
 * currencies are checked against the hand-written list only, never guessed. Identical windows within one message
 * are answered from a memo and cost nothing.
 */
export class RecognizerBudget {
  private readonly memo = new Map<string, unknown>();
  private readonly callsLeft: Record<ModelName, number> = {
    number: limits.maxNumberRecognizerCallsPerMessage,
    currency: limits.maxCurrencyRecognizerCallsPerMessage,
  };

  /** The model's answer for `window`, computed at most once per message, or undefined once the budget is spent. */
  spend<T>(model: ModelName, window: string, call: () => T): T | undefined {
    const key = `${model}:${window}`;
    if (this.memo.has(key)) return this.memo.get(key) as T;
    if (this.callsLeft[model] <= 0) return undefined;
    this.callsLeft[model] -= 1;
    const result = call();
    this.memo.set(key, result);
    return result;
  }
}

function metered<T>(text: string, call: () => T): T {
  recognizerUsage.calls += 1;
  recognizerUsage.characters += text.length;
  return call();
}

/** A number the recognizer found in words ("four million", "a dozen"). `end` is exclusive. */
export interface RecognizedNumber {
  start: number;
  end: number;
  text: string;
  value: number;
}

/**
 * Numbers written in words, as the maintained en-US recognizer reads them. Results whose span does not match the
 * text are dropped rather than trusted. Values are rounded to 15 significant digits to remove the recognizer's
 * floating-point noise (4099999.9999999995).
 *
 * @example
 * recognizeNumbers('about four million'); // [{ start: 6, end: 18, text: 'four million', value: 4000000 }]
 */
export function recognizeNumbers(text: string): RecognizedNumber[] {
  const found: RecognizedNumber[] = [];
  if (text.length > limits.maxRecognizerWindow) throw new RangeError(`recognizer window of ${text.length} characters`);
  for (const result of metered(text, () => numberModel().parse(text))) {
    const end = result.end + 1;
    if (text.slice(result.start, end).toLowerCase() !== result.text.toLowerCase()) continue;
    const raw = Number(result.resolution['value']);
    const value = Number.isFinite(raw) ? Number(raw.toPrecision(15)) : Number.NaN;
    found.push({ start: result.start, end, text: result.text, value });
  }
  return found;
}

const cultureModels = new Map<string, Model>();

/**
 * Numbers in words in another culture's language ("treinta y cinco" in es-es, "vingt-huit" in fr-fr), read by that
 * culture's number model, built on first use. Same window limit and metering as `recognizeNumbers`; callers spend
 * the message's `RecognizerBudget` on it like on the English model.
 *
 * @example
 * recognizeNumbersIn('es-es', 'treinta y cinco'); // [{ start: 0, end: 15, text: 'treinta y cinco', value: 35 }]
 */
export function recognizeNumbersIn(culture: string, text: string): RecognizedNumber[] {
  if (text.length > limits.maxRecognizerWindow) throw new RangeError(`recognizer window of ${text.length} characters`);
  let model = cultureModels.get(culture);
  if (!model) {
    const { NumberRecognizer } = require('@microsoft/recognizers-text-number') as { NumberRecognizer: typeof NumberRecognizerType };
    model = new NumberRecognizer(culture).getNumberModel();
    cultureModels.set(culture, model);
  }
  const found: RecognizedNumber[] = [];
  for (const result of metered(text, () => (model as Model).parse(text))) {
    const end = result.end + 1;
    if (text.slice(result.start, end).toLowerCase() !== result.text.toLowerCase()) continue;
    const raw = Number(result.resolution['value']);
    found.push({ start: result.start, end, text: result.text, value: Number.isFinite(raw) ? Number(raw.toPrecision(15)) : Number.NaN });
  }
  return found;
}

/**
 * Names of the currencies the recognizer sees next to a number ("Euro", "Canadian dollar", "Dollar").
 * Only call it on a short window: the currency model takes seconds on a few thousand characters.
 *
 * @example
 * recognizeCurrencyUnits('4 million euros'); // ['Euro']
 */
export function recognizeCurrencyUnits(shortText: string): string[] {
  if (shortText.length > limits.maxRecognizerWindow) throw new RangeError(`recognizer window of ${shortText.length} characters`);
  return metered(shortText, () => currencyModel().parse(shortText))
    .filter((result) => result.resolution['value'] !== null && result.resolution['value'] !== undefined)
    .map((result) => String(result.resolution['unit']));
}

/** Currency units the recognizer reports for US dollars; "Dollar" is a bare `$` or "dollars", read as USD. */
export const usdUnits: ReadonlySet<string> = new Set(['Dollar', 'United States dollar']);
