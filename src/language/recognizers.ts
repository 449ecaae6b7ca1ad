import type { NumberRecognizer as NumberRecognizerType } from '@microsoft/recognizers-text-number';
import type { NumberWithUnitRecognizer as NumberWithUnitRecognizerType } from '@microsoft/recognizers-text-number-with-unit';

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
  for (const result of numberModel().parse(text)) {
    const end = result.end + 1;
    if (text.slice(result.start, end).toLowerCase() !== result.text.toLowerCase()) continue;
    const raw = Number(result.resolution['value']);
    const value = Number.isFinite(raw) ? Number(raw.toPrecision(15)) : Number.NaN;
    found.push({ start: result.start, end, text: result.text, value });
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
  return currencyModel()
    .parse(shortText)
    .filter((result) => result.resolution['value'] !== null && result.resolution['value'] !== undefined)
    .map((result) => String(result.resolution['unit']));
}

/** Currency units the recognizer reports for US dollars; "Dollar" is a bare `$` or "dollars", read as USD. */
export const usdUnits: ReadonlySet<string> = new Set(['Dollar', 'United States dollar']);
