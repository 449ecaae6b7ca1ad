import type { Status } from '../src/eligibility/evaluation';
import type { AnswerField, Answers } from './answers';
import type { QuestionId } from './questions';
import type { DerivedFromUpload } from './uploadedTransactions';

/** Per-conversation memory beside the running check: the last result (for what-ifs and summaries) and a paused check. */
export interface Session {
  paused?: { answers: Answers; skipped: QuestionId[]; asOf?: string };
  /** The partner's real answers and their result; what-ifs never change these. */
  last?: { answers: Answers; status: Status; asOf?: string; approximate?: AnswerField[]; lastQuestion?: QuestionId };
  /** Stacked what-ifs on top of `last`: shown labelled hypothetical until "back to my real numbers". */
  whatIf?: { answers: Answers; status: Status };
  /** What the conversation waits for outside a check: a yes/no on reusing answers, or a what-if after its button. */
  awaiting?: 'reuse' | 'whatIf' | 'asOfFigures';
  /** Another date asked about after a result: waiting for whether the figures given apply to its window too. */
  pendingAsOf?: { asOf: string; designationText?: string };
  /** An uploaded file with bad rows, waiting for "go on without them" or a corrected file. */
  pendingUpload?: DerivedFromUpload;
  /** The last file's forecast and trend, shown with results while the marketplace answers are still the file's. */
  upload?: DerivedFromUpload;
  welcomed?: boolean;
}

/** Per-user memory across conversations: the last answers, offered again when the partner returns. */
export interface Profile {
  lastAnswers?: Answers;
  lastCheckedOn?: string;
}
