import { limits } from './limits';
import { normalizeAnswer } from './normalizeAnswer';
import { parsedInvalid, parsedUnknown, parsedValue, type ParsedAnswer } from './parsedAnswer';
import { isGuess, isUnknownAnswer } from './unknownAnswer';
import { currentLexicon } from './lexicon';
import { alternation, cachedPattern, LATIN_LETTER } from './lexicon/patterns';

// Negative forms are tried first: "we are not" starts like "we are", "not yet" like nothing positive.
const NO =
  /^(?:no|n|nope|nah|naw|negative|false|never|not\s+yet|not\s+really|not\s+at\s+all|no\s+way|none|(?:we|i|they|it)\s+(?:don'?t|do\s+not|doesn'?t|does\s+not|aren'?t|are\s+not|isn'?t|is\s+not|haven'?t|have\s+not|hasn'?t|has\s+not)|we'?re\s+not|it'?s\s+not|they'?re\s+not|not\s+(?:eligible|published|transactable))\b|^👎/u;
const YES =
  /^(?:yes|y|yep|yeah|yea|ya|yup|sure|correct|right|true|affirmative|absolutely|definitely|certainly|indeed|of\s+course|ok|okay|(?:we|i|they|it)\s+(?:do|does|are|is|have|has))\b|^(?:we'?re|it'?s|they'?re)(?:$|\s+(?:eligible|co-?sell|published|live|listed|transactable)\b)|^(?:👍|✅)/u;
const HEDGED_NO = /^(?:probably|likely|i\s+(?:think|believe|guess))\s+not\b|^i\s+don'?t\s+think\s+so\b/;
const HEDGED_YES = /^(?:probably|likely|i\s+(?:think|believe|guess)\s+so|i\s+think\s+(?:we|it|they)\s+(?:do|are|is|have))\b/;
// "Yes, but not yet" / "no - we do now": a yes and a no in one answer is read back, never decided for them.
const CONTRADICTION = /\b(?:but\s+not|not\s+yet|but\s+no)\b/;

/**
 * Reads a yes/no answer: yes, y, yep, yeah, sure, correct, "we do", "we are", true; no, n, nope, "not yet",
 * "we don't", false. A hedge ("probably", "I think so") keeps the answer and asks for a read-back.
 *
 * @example
 * parseYesNo('Yes, we are'); // { kind: 'value', value: true, ambiguous: false }
 */
export function parseYesNo(text: string): ParsedAnswer<boolean> {
  if (text.length > limits.maxAnswerLength) return parsedInvalid('unparseable');
  const answer = normalizeAnswer(text);
  if (answer === '') return parsedInvalid('empty');
  if (isUnknownAnswer(answer)) return parsedUnknown();
  if (HEDGED_NO.test(answer)) return parsedValue(false, true);
  if (HEDGED_YES.test(answer)) return parsedValue(true, true);
  if (NO.test(answer)) return parsedValue(false);
  if (YES.test(answer)) return parsedValue(true, CONTRADICTION.test(answer));
  return yesOrNoInLanguage(answer);
}

/**
 * The current language's yes and no ("sí", "não", "oui", "nein", "はい", "没有"), tried after English's. A no is
 * tried first, as in English: "不是" starts like nothing positive but "no lo somos" starts like "no".
 */
function yesOrNoInLanguage(answer: string): ParsedAnswer<boolean> {
  const lexicon = currentLexicon();
  const end = lexicon.spaced ? `(?![${LATIN_LETTER}])` : '';
  const no = cachedPattern(lexicon, 'no', () => `^(?:${alternation(lexicon.no)})${end}`);
  const yes = cachedPattern(lexicon, 'yes', () => `^(?:${alternation(lexicon.yes)})${end}`);
  if (lexicon.no.length > 0 && no.test(answer)) return parsedValue(false, isGuess(answer));
  if (lexicon.yes.length > 0 && yes.test(answer)) return parsedValue(true, isGuess(answer));
  return parsedInvalid('unparseable');
}
