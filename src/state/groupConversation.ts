import type { Activity } from 'botbuilder';

/**
 * True in a Teams group chat or channel, where several people talk to the bot in one conversation: each of them
 * gets their own check (see `ETagConversationState`) and the bot's replies name the person they answer (`addressReplies`).
 *
 * @example
 * isGroupConversation({ conversation: { id: '19:…@thread.tacv2', conversationType: 'channel', isGroup: true } }) // true
 */
export function isGroupConversation(activity: Partial<Activity>): boolean {
  const conversation = activity.conversation;
  if (!conversation) return false;
  return conversation.isGroup === true || conversation.conversationType === 'groupChat' || conversation.conversationType === 'channel';
}
