import { readAsOfDate } from './asOfDate';
import { isQuestionForm } from './questionForm';
import { attributeFigures } from './attributeFigures';
import { currentLocale } from '../i18n/turnLocale';
import { wordsOf, type IntentGuess } from './intentModel';
import { limits } from './limits';
import { intentModelFor, type IntentModelShelf } from './intentModels';
import type { IntentName } from './intents';

// Intents that carry figures of their own: the figures never turn them into a plain answer.
const carriesFigures: ReadonlySet<IntentName> = new Set<IntentName>(['answer', 'whatIf', 'correction', 'asOf', 'yes', 'no']);

/**
 * The intent in the turn's language, in this order: (1) that language's model; (2) when it finds nothing (`None`)
 * in a language other than English, the English model, because partners mix English program jargon into their own
 * language ("check eligibility", "what is MBS"), but only when at least half the message's words are words of the
 * English corpus. The English model alone would claim off-topic messages on one shared word ("bestell mir ein
 * taxi", "redefine minha senha do Teams"): on the translators' labelled sets that cost up to 2 points of accuracy
 * (Portuguese 97.8% → 95.7%). The turn's language goes first, so a word both models know is read the partner's way.
 *
 * @example
 * await runInLocale('es', () => guessIntent('what is MBS')); // { intent: 'glossary.mbs', ... } from the English model
 */
export async function guessIntent(text: string, modelFor: IntentModelShelf['modelFor'] = intentModelFor): Promise<IntentGuess> {
  const model = await modelFor(currentLocale());
  const guess = await model.classify(text);
  if (guess.intent !== 'None' || model.language === 'en') return guess;
  const englishModel = await modelFor('en');
  const english = await englishModel.classify(text);
  return english.intent !== 'None' && mostlyWordsOf(englishModel.vocabulary, text) ? english : guess;
}

/** Whether at least half a message's words (capped at the longest message read) are in a vocabulary. */
function mostlyWordsOf(vocabulary: ReadonlySet<string>, text: string): boolean {
  const words = wordsOf(text.slice(0, limits.maxOneShotLength));
  return words.length > 0 && words.filter((word) => vocabulary.has(word)).length * 2 >= words.length;
}

/**
 * What a message is for: the trained model's intent (`guessIntent` says which language's model), except that a
 * statement with labelled figures is an answer ("Customer has a $35M MACC and 6 marketplace transactions" shares
 * words with a glossary question but states figures). A question keeps its intent even when it names a figure.
 *
 * @example
 * await recognizeIntent('12 transactions of at least $100'); // { intent: 'answer', ... }
 */
export async function recognizeIntent(
  text: string,
  modelFor: IntentModelShelf['modelFor'] = intentModelFor,
): Promise<IntentGuess & { labelledFigures: boolean }> {
  const guess = await guessIntent(text, modelFor);
  const labelledFigures = Object.keys(attributeFigures(text, { plainTransactions: 'over100' }).values).length > 0;
  // "as of" needs a date: "12 transactions of at least $100" names none.
  const dateless = guess.intent === 'asOf' && readAsOfDate(text) === undefined;
  if (labelledFigures && (dateless || !carriesFigures.has(guess.intent)) && !isQuestionForm(text)) return { intent: 'answer', score: guess.score, labelledFigures };
  return { ...guess, labelledFigures };
}
