import { CardFactory, InputHints, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import { renderChoiceCard } from '../src/cards/choiceCard';

/**
 * A message with buttons, rendered the way each channel shows them best. Teams gets an Adaptive Card with one
 * button per choice (it shows no suggested actions in channels and group chats; see `renderChoiceCard` for why not
 * a hero card), Web Chat and Direct Line get suggested actions. Every button sends its own title back, like typing
 * it.
 *
 * @example
 * await context.sendActivity(messageWithChoices(context, 'Is the offer transactable?', ['Yes', 'No', 'Not sure']));
 */
export function messageWithChoices(context: TurnContext, text: string, choices: readonly string[]): Partial<Activity> {
  if (choices.length === 0) return MessageFactory.text(text);
  if (context.activity.channelId === 'msteams') {
    return MessageFactory.attachment(CardFactory.adaptiveCard(renderChoiceCard(text, choices)), undefined, undefined, InputHints.ExpectingInput);
  }
  return MessageFactory.suggestedActions([...choices], text, undefined, InputHints.ExpectingInput);
}
