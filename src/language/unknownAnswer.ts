import { currentLexicon } from './lexicon';
import { isWholeAnswer, mentionsAnyWord } from './lexicon/patterns';
import { foldForMatching } from './normalizeAnswer';

// Whole answers that mean "I don't have that figure". They are an answer, not an error: the bot records the field
// as unknown and the evaluation says which criteria it could not decide.
const UNKNOWN_ANSWER = new RegExp(
  '^(?:(?:i|we)(?:\'m|\'re| am| are)?\\s+)?(?:honestly\\s+|really\\s+)?' +
    '(?:not\\s+sure|unsure|(?:i\\s+|we\\s+)?(?:don\'?t|do\\s+not)\\s+know|dunno|idk|no\\s+idea|no\\s+clue|' +
    'not\\s+certain|uncertain|unknown|n/?a|not\\s+applicable|skip(?:\\s+(?:this|it|this\\s+one|that))?|pass|' +
    'can\'?t\\s+say|cannot\\s+say|no\\s+comment)' +
    '(?:\\s+(?:yet|right\\s+now|offhand|sorry|for\\s+now))*$',
);

// Words that soften a figure into a guess ("maybe 4M", "not sure, 4M I think"): the value is kept and read back.
const GUESS_MARKER = /\b(?:not\s+sure|unsure|don'?t\s+know|do\s+not\s+know|idk|no\s+idea|maybe|perhaps|probably|i\s+think|i\s+guess|guess|i\s+believe)\b/;

/**
 * Whether a normalized answer says the person does not know ("not sure", "skip", "idk", "n/a").
 *
 * @example
 * isUnknownAnswer('not sure'); // true
 */
export function isUnknownAnswer(normalized: string): boolean {
  const lexicon = currentLexicon();
  return UNKNOWN_ANSWER.test(normalized) || isWholeAnswer(lexicon, 'unknown', lexicon.unknown, normalized);
}

/**
 * Whether an answer that holds a figure also says it is a guess, so the bot should read it back.
 *
 * @example
 * isGuess('maybe 4m'); // true
 */
export function isGuess(normalized: string): boolean {
  const lexicon = currentLexicon();
  return GUESS_MARKER.test(normalized) || mentionsAnyWord(lexicon, 'guess', [...lexicon.guess, ...lexicon.unsure], normalized);
}

const UNSURE_ANYWHERE = /\b(?:not\s+sure|unsure|don'?t\s+know|do\s+not\s+know|no\s+idea|not\s+certain|no\s+clue)\b/i;

/**
 * Whether a sentence says the person is not sure ("I'm not sure if we're co-sell eligible"): its "not" is no "no".
 *
 * @example
 * soundsUnsure("I'm not sure if we're co-sell eligible"); // true
 */
export function soundsUnsure(text: string): boolean {
  const lexicon = currentLexicon();
  return UNSURE_ANYWHERE.test(text) || mentionsAnyWord(lexicon, 'unsure', lexicon.unsure, foldForMatching(text));
}
