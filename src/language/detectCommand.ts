import { glossaryTermFor, type GlossaryTerm } from './glossaryTerms';
import { limits } from './limits';
import { foldForMatching } from './normalizeAnswer';

export type Command =
  | { kind: 'help' | 'cancel' | 'startOver' | 'back' | 'skip' | 'criteria' | 'summary' | 'rules' | 'checkEligibility' | 'reuse' }
  | { kind: 'glossary'; term: GlossaryTerm };

type SimpleKind = Exclude<Command['kind'], 'glossary'>;

// Whole-message phrasings only: "stop" is a command, "we stopped selling in May" is an answer. Answers such as
// "no", "none" and "not sure" are deliberately absent.
const phrasings: ReadonlyArray<readonly [SimpleKind, RegExp]> = [
  ['help', /^(?:\?+|help|help\s+me|i\s+need\s+help|what\s+can\s+you\s+do|how\s+does\s+this\s+work|options|menu)$/],
  ['cancel', /^(?:cancel|stop|quit|exit|abort|never\s*mind|forget\s+it|end|cancel\s+(?:this|that|it|the\s+check))$/],
  ['startOver', /^(?:start\s+over|start\s+again|restart|reset|begin\s+again|from\s+the\s+(?:start|beginning|top)|new\s+check)$/],
  ['back', /^(?:back|go\s+back|previous|previous\s+question|undo|last\s+question|go\s+back\s+one)$/],
  ['skip', /^(?:skip|skip\s+(?:this|it|this\s+one|that|this\s+question)|next(?:\s+question)?)$/],
  ['criteria', /^(?:(?:show|list|see|view)\s+(?:me\s+)?(?:the\s+)?(?:criteria|requirements|thresholds)|criteria|requirements|thresholds|what\s+are\s+the\s+(?:criteria|requirements|thresholds)|what\s+do\s+(?:i|we)\s+need(?:\s+to\s+qualify)?)$/],
  ['summary', /^(?:summary|summari[sz]e|(?:show|see|view)\s+(?:me\s+)?(?:the\s+|my\s+|a\s+)?(?:summary|answers)|my\s+answers|what\s+(?:have\s+i|did\s+i)\s+(?:said|say|entered|enter|answered|answer)(?:\s+so\s+far)?)$/],
  ['rules', /^(?:rules|(?:which|what)\s+rules(?:\s+do\s+you\s+(?:use|follow|apply))?|(?:which|what)\s+(?:policy|version)(?:\s+do\s+you\s+use)?|(?:show|list)\s+(?:me\s+)?(?:the\s+)?rules|where\s+do\s+(?:the\s+)?rules\s+come\s+from|sources?)$/],
  ['checkEligibility', /^(?:check(?:\s+(?:my|our|the))?\s+eligibility|am\s+i\s+eligible|are\s+we\s+eligible|do\s+(?:i|we)\s+qualify|evaluate|run\s+(?:the\s+)?check|check\s+(?:me|us))$/],
  ['reuse', /^(?:reuse|re-use|reuse\s+(?:my\s+|the\s+)?(?:last|previous|earlier)?\s*answers|use\s+(?:my\s+|the\s+)?(?:last|previous|same|earlier)\s+answers|same\s+as\s+(?:last\s+time|before))$/],
];

const GLOSSARY_QUESTION =
  /^(?:what(?:'s|\s+is|\s+are|\s+does|\s+do|\s+is\s+meant\s+by|\s+do\s+you\s+mean\s+by|'s\s+the\s+meaning\s+of|\s+is\s+the\s+meaning\s+of)|whats|explain|define|definition\s+of|meaning\s+of|tell\s+me\s+about)\s+(.+?)(?:\s+(?:mean|means|stand\s+for|stands\s+for))?$/;
// Politeness around a command changes nothing: "please start over", "can you show the criteria".
const POLITE_START = /^(?:(?:please|pls|ok|okay|hey|hi|so|and|then|can\s+you|could\s+you|can\s+i|could\s+i|i\s+want\s+to|i'd\s+like\s+to|let's|lets|let\s+me)\s+)+/;
const POLITE_END = /(?:\s+(?:please|pls|now|thanks|thank\s+you))+$/;

/**
 * Recognises a command typed instead of an answer ("help", "start over", "what is MBS?"). A number, "no" or
 * "none" is never a command: those are answers.
 *
 * @example
 * detectCommand("what's TTM?"); // { kind: 'glossary', term: 'ttm' }
 */
export function detectCommand(text: string): Command | null {
  if (text.length > limits.maxCommandLength) return null;
  const folded = foldForMatching(text).replace(/\s+/g, ' ').trim();
  if (/^\?+$/.test(folded)) return { kind: 'help' };
  const phrase = folded
    .replace(/[.!,;:…]+$/, '')
    .replace(/\?+$/, '')
    .trim()
    .replace(POLITE_START, '')
    .replace(POLITE_END, '')
    .trim();
  if (phrase === '') return null;
  for (const [kind, pattern] of phrasings) {
    if (pattern.test(phrase)) return { kind };
  }
  const question = GLOSSARY_QUESTION.exec(phrase);
  const term = glossaryTermFor(question?.[1] ?? (folded.endsWith('?') ? phrase : ''));
  return term ? { kind: 'glossary', term } : null;
}
