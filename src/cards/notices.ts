import type { Notice } from '../eligibility/evaluation';
import { describeNotice } from '../eligibility/wording';

/**
 * The headline-level lines for an evaluation's notices (e.g. the PRACR transition on answers from 2026), one per
 * notice, each reading on its own. Every renderer puts them right under the headline, where nobody skips them; the
 * card, the chat text, the summary and the command line share this wording (the phrase module's `describeNotice`).
 *
 * @example
 * describeNotices({ notices: [{ code: 'pracr-transition', text: 'Microsoft’s PRACR page says …', source: 'https://…' }] })
 * // ['Important: Microsoft’s PRACR page says …']
 */
export function describeNotices(evaluation: { notices?: readonly Notice[] }): string[] {
  return (evaluation.notices ?? []).map(describeNotice);
}
