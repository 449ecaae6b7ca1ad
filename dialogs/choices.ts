import { CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
// The one module, not the package: botbuilder-dialogs' index loads every prompt and recognizer (about 300 ms of a
// 1 s start-up, measured in docs/performance.md), and the SDK is archived, so this path will not move.
import { ChoiceFactory } from 'botbuilder-dialogs/lib/choices/choiceFactory';
import { renderChoiceCard } from '../src/cards/choiceCard';

/**
 * A message with buttons, rendered the way each channel shows them best: an Adaptive Card with messageBack buttons
 * in Teams (which has no suggested actions in channels; see `renderChoiceCard`), and botbuilder's choice rendering
 * elsewhere (suggested actions in Web Chat).
 */
export function messageWithChoices(context: TurnContext, text: string, choices: readonly string[]): Partial<Activity> {
  if (choices.length === 0) return MessageFactory.text(text);
  if (context.activity.channelId === 'msteams') return MessageFactory.attachment(CardFactory.adaptiveCard(renderChoiceCard(text, choices)));
  return ChoiceFactory.forChannel(context.activity.channelId, [...choices], text);
}
