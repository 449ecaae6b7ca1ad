import type { Status } from '../src/eligibility/evaluation';
import type { Answers } from './answers';
import type { QuestionId } from './questions';

/** Per-conversation memory outside the dialog stack: the last result (for what-ifs and summaries) and a paused check. */
export interface Session {
  paused?: { answers: Answers; skipped: QuestionId[] };
  last?: { answers: Answers; status: Status };
  offeringReuse?: boolean;
  welcomed?: boolean;
}

/** Per-user memory across conversations: the last answers, offered again when the partner returns. */
export interface Profile {
  lastAnswers?: Answers;
  lastCheckedOn?: string;
}
