import { CardFactory, Channels, InputHints, MessageFactory, type Activity, type TurnContext } from 'botbuilder';

/**
 * A message with buttons, rendered the way each channel shows them best, as botbuilder's `ChoiceFactory` does:
 * Teams gets a hero card with one button per choice (it shows no suggested actions in channels and group chats),
 * Web Chat and Direct Line get suggested actions. Every button sends its own title back, like typing it. Titles
 * stay within the 20 characters `ChoiceFactory` allows before it falls back to a text list.
 *
 * @example
 * await context.sendActivity(messageWithChoices(context, 'Is the offer transactable?', ['Yes', 'No', 'Not sure']));
 */
export function messageWithChoices(context: TurnContext, text: string, choices: readonly string[]): Partial<Activity> {
  if (choices.length === 0) return MessageFactory.text(text);
  if (context.activity.channelId === Channels.Msteams) {
    const card = CardFactory.heroCard('', text, undefined, [...choices]);
    return MessageFactory.attachment(card, undefined, undefined, InputHints.ExpectingInput);
  }
  return MessageFactory.suggestedActions([...choices], text, undefined, InputHints.ExpectingInput);
}
