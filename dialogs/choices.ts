import { MessageFactory, type Activity, type TurnContext } from 'botbuilder';
// The one module, not the package: botbuilder-dialogs' index loads every prompt and recognizer (about 300 ms of a
// 1 s start-up, measured in docs/performance.md), and the SDK is archived, so this path will not move.
import { ChoiceFactory } from 'botbuilder-dialogs/lib/choices/choiceFactory';

/**
 * A message with buttons, rendered the way each channel shows them best: botbuilder turns choices into a hero
 * card in Teams and into suggested actions in Web Chat.
 */
export function messageWithChoices(context: TurnContext, text: string, choices: readonly string[]): Partial<Activity> {
  if (choices.length === 0) return MessageFactory.text(text);
  return ChoiceFactory.forChannel(context.activity.channelId, [...choices], text);
}
