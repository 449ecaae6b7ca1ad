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

/** A Teams mention botbuilder can read: `mentioned.id` and the `text` it removes. */
function isWellFormedMention(entity: unknown): boolean {
  const mention = entity as { type?: unknown; text?: unknown; mentioned?: { id?: unknown } | null } | null;
  return mention?.type === 'mention' && typeof mention.text === 'string' && typeof mention.mentioned?.id === 'string';
}

/**
 * The text a dialog should read: the bot's @mention removed (Teams channels and group chats put it in the
 * text), other `<at>` tags dropped, and Adaptive Card submits turned into the command they stand for.
 *
 * @example
 * incomingText({ text: '<at>Bot</at> 12', ... }) // '12'
 */
export function incomingText(activity: Partial<Activity>): string {
  // A client can send anything: a text that is not a string is no text, and a mention without its fields is none.
  let text = typeof activity.text === 'string' ? activity.text : '';
  const mentions = Array.isArray(activity.entities) ? activity.entities.filter(isWellFormedMention) : [];
  if (mentions.length > 0) {
    text = TurnContext.removeRecipientMention({ ...activity, text, entities: mentions } as Activity) ?? text;
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
