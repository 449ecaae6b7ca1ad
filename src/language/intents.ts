import type { GlossaryTerm } from './glossaryTerms';

/** Questions about the program beyond the glossary, answered from `src/language/corpus/programAnswers.en.json`. */
export type ProgramQuestion = 'benefits' | 'becomeCoSell' | 'privateOffer' | 'azureConsumedRevenue' | 'marketplaceRewards';

/**
 * What a message is for. `answer`, `yes` and `no` give a value to the open question; `correction`, `whatIf` and
 * `asOf` carry figures or a date the dialog reads with the recognizers; `None` is anything else.
 */
export type IntentName =
  | 'startCheck'
  | 'greeting'
  | 'thanks'
  | 'goodbye'
  | 'help'
  | 'cancel'
  | 'startOver'
  | 'back'
  | 'skip'
  | 'yes'
  | 'no'
  | 'criteria'
  | 'why'
  | 'whatNext'
  | 'summary'
  | 'rules'
  | 'whatIf'
  | 'correction'
  | 'asOf'
  | 'reuse'
  | 'realNumbers'
  | 'answer'
  | 'None'
  | `glossary.${GlossaryTerm}`
  | `program.${ProgramQuestion}`;

export interface IntentCorpus {
  locale: string;
  intents: Record<string, string[]>;
}
