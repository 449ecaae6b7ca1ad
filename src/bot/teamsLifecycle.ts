import { ActivityTypes, type Activity, type BotState, type TurnContext } from 'botbuilder';

/** What a membership or installation activity asks of the bot. */
export type LifecycleStep = 'welcome' | 'forget' | 'nothing';

/**
 * Reads Teams' lifecycle activities (and other channels' joins) the way Teams sends them:
 * - installed in personal scope: `conversationUpdate` with the bot in `membersAdded`, and `installationUpdate` with
 *   action `add` (both arrive; the welcome is sent once, see `EligibilityBot.welcome`) -> welcome;
 * - added to a team or group chat: the same two, in the team's General channel or the chat -> one welcome there;
 * - a person joining a team or chat the bot is already in: `membersAdded` without the bot -> nothing (a welcome
 *   would go to the whole channel, for someone who has not asked);
 * - uninstalled, or removed from a team or chat: `installationUpdate` action `remove`, or the bot in
 *   `membersRemoved` -> forget what that user told the bot;
 * - an upgrade (`add-upgrade`, `remove-upgrade`) -> nothing.
 * Other channels (Web Chat, the Emulator) announce the person joining, not the bot: that person is welcomed.
 *
 * @example
 * lifecycleStep({ type: 'installationUpdate', action: 'add', channelId: 'msteams', … }) // 'welcome'
 */
export function lifecycleStep(activity: Partial<Activity>): LifecycleStep {
  if (activity.type === ActivityTypes.InstallationUpdate) {
    if (activity.action === 'add') return 'welcome';
    if (activity.action === 'remove') return 'forget';
    return 'nothing';
  }
  if (activity.type !== ActivityTypes.ConversationUpdate) return 'nothing';
  const botId = activity.recipient?.id;
  const isBot = (member: { id: string }) => member.id === botId;
  if (activity.channelId === 'msteams') {
    if (activity.membersAdded?.some(isBot)) return 'welcome';
    if (activity.membersRemoved?.some(isBot)) return 'forget';
    return 'nothing';
  }
  return activity.membersAdded?.some((member) => !isBot(member)) ? 'welcome' : 'nothing';
}

/**
 * Deletes what the user who uninstalled the bot told it: their saved answers (user state) in personal scope,
 * where the uninstall is theirs, and their state in this conversation (in a group chat or channel that is theirs
 * alone, see `ETagConversationState`). Nothing is sent: the bot can no longer post there.
 */
export async function forgetUser(context: TurnContext, state: { conversationState: BotState; userState: BotState }): Promise<void> {
  await state.conversationState.delete(context);
  if (context.activity.conversation?.conversationType === 'personal') await state.userState.delete(context);
}
