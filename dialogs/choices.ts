import { MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import { ChoiceFactory } from 'botbuilder-dialogs';

/**
 * A message with buttons, rendered the way each channel shows them best: botbuilder turns choices into a hero
 * card in Teams and into suggested actions in Web Chat.
 */
export function messageWithChoices(context: TurnContext, text: string, choices: readonly string[]): Partial<Activity> {
  if (choices.length === 0) return MessageFactory.text(text);
  return ChoiceFactory.forChannel(context.activity.channelId, [...choices], text);
}
