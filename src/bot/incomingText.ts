import { TurnContext, type Activity } from 'botbuilder';

/** Card buttons send `{ action }` in `activity.value`; each maps to the words a person would type. */
const submitActions: Record<string, string> = {
  startOver: 'start over',
  whatIf: 'what if',
  summary: 'summary',
  checkEligibility: 'check eligibility',
  criteria: 'criteria',
  help: 'help',
  reuse: 'reuse my answers',
};

const AT_TAG = /<at>[^<]*<\/at>/gi;

/**
 * The text a dialog should read: the bot's @mention removed (Teams channels and group chats put it in the
 * text), other `<at>` tags dropped, and Adaptive Card submits turned into the command they stand for.
 *
 * @example
 * incomingText({ text: '<at>Bot</at> 12', ... }) // '12'
 */
export function incomingText(activity: Partial<Activity>): string {
  let text = activity.text ?? '';
  if (activity.entities?.some((entity) => entity.type === 'mention')) {
    text = TurnContext.removeRecipientMention(activity as Activity) ?? text;
  }
  text = text.replace(AT_TAG, ' ').replace(/&nbsp;/g, ' ').trim();
  if (text.length === 0 && activity.value && typeof activity.value === 'object') {
    const value = activity.value as { action?: unknown; text?: unknown; answer?: unknown };
    // Own keys only: an action named "toString" or "__proto__" must not find Object.prototype.
    if (typeof value.action === 'string' && Object.hasOwn(submitActions, value.action)) return submitActions[value.action]!;
    if (typeof value.text === 'string') return value.text.trim();
    if (typeof value.answer === 'string') return value.answer.trim();
  }
  return text;
}
