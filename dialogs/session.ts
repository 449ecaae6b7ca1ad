import type { Status } from '../src/eligibility/evaluation';
import type { Answers } from './answers';
import type { QuestionId } from './questions';
import type { DerivedFromUpload } from './uploadedTransactions';

/** Per-conversation memory beside the running check: the last result (for what-ifs and summaries) and a paused check. */
export interface Session {
  paused?: { answers: Answers; skipped: QuestionId[] };
  /** The last result's answers; `whatIfFields` names the answers a what-if set, so a summary can label them. */
  last?: { answers: Answers; status: Status; whatIfFields?: string[] };
  offeringReuse?: boolean;
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
