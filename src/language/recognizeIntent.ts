import { readAsOfDate } from './asOfDate';
import { isQuestionForm } from './questionForm';
import { attributeFigures } from './attributeFigures';
import { englishIntentModel, type IntentGuess } from './intentModel';
import type { IntentName } from './intents';

// Intents that carry figures of their own: the figures never turn them into a plain answer.
const carriesFigures: ReadonlySet<IntentName> = new Set<IntentName>(['answer', 'whatIf', 'correction', 'asOf', 'yes', 'no']);

/**
 * What a message is for: the trained model's intent, except that a statement with labelled figures is an answer
 * ("Customer has a $35M MACC and 6 marketplace transactions" shares words with a glossary question but states
 * figures). A question keeps its intent even when it names a figure.
 *
 * @example
 * await recognizeIntent('12 transactions of at least $100'); // { intent: 'answer', ... }
 */
export async function recognizeIntent(text: string): Promise<IntentGuess & { labelledFigures: boolean }> {
  const guess = await (await englishIntentModel()).classify(text);
  const labelledFigures = Object.keys(attributeFigures(text, { plainTransactions: 'over100' }).values).length > 0;
  // "as of" needs a date: "12 transactions of at least $100" names none.
  const dateless = guess.intent === 'asOf' && readAsOfDate(text) === undefined;
  if (labelledFigures && (dateless || !carriesFigures.has(guess.intent)) && !isQuestionForm(text)) return { intent: 'answer', score: guess.score, labelledFigures };
  return { ...guess, labelledFigures };
}
