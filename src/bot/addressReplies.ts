import { ActivityTypes, type Activity, type Mention, type TurnContext } from 'botbuilder';
import { isGroupConversation } from '../state/groupConversation';

/**
 * In a Teams group chat or channel, the turn's first reply starts with an @mention of the person it answers, so
 * that with several checks running side by side everyone can see whose question the bot is asking. A reply that is
 * only a card (a question with buttons, in Teams) gets the mention as its text, shown above the card.
 * Personal chats and Web Chat are left as they are.
 *
 * @example
 * addressReplies(context); // before the turn sends anything
 */
export function addressReplies(context: TurnContext): void {
  const person = context.activity.from;
  if (context.activity.channelId !== 'msteams' || !isGroupConversation(context.activity) || !person?.id || context.activity.type !== ActivityTypes.Message) return;
  let addressed = false;
  context.onSendActivities(async (_context, activities, next) => {
    for (const activity of activities) {
      if (addressed || activity.type !== ActivityTypes.Message) continue;
      addressed = true;
      addressTo(activity, person.id, person.name || 'there');
    }
    return next();
  });
}

function addressTo(activity: Partial<Activity>, id: string, name: string): void {
  const tag = `<at>${name.replace(/[<>&]/g, '')}</at>`;
  const mention: Mention = { type: 'mention', text: tag, mentioned: { id, name } };
  activity.text = activity.text ? `${tag} ${activity.text}` : tag;
  activity.entities = [...(activity.entities ?? []), mention];
}
