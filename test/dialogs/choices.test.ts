import { ActionTypes, CardFactory, InputHints, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { messageWithChoices } from '../../dialogs/choices';

function contextOn(channelId: string): TurnContext {
  return new TurnContext(new TestAdapter(), { type: 'message', channelId, text: 'hi' } as Activity);
}

const CHOICES = ['Yes', 'No', 'Not sure'];

describe('messageWithChoices', () => {
  it('in Teams: an Adaptive Card holding the question and one plain submit button per choice, each sending its own title', () => {
    const message = messageWithChoices(contextOn('msteams'), 'Is your offer transactable?', CHOICES);
    expect(message.text).toBeUndefined();
    expect(message.suggestedActions).toBeUndefined();
    expect(message.inputHint).toBe(InputHints.ExpectingInput);
    expect(message.attachments).toHaveLength(1);
    const card = message.attachments![0]!;
    expect(card.contentType).toBe(CardFactory.contentTypes.adaptiveCard);
    expect(card.content.body).toEqual([{ type: 'TextBlock', text: 'Is your offer transactable?', wrap: true }]);
    // Plain submits: the Agents Playground ignores hero-card imBack and messageBack buttons; Teams sends both kinds.
    expect(card.content.actions).toEqual(CHOICES.map((title) => ({ type: 'Action.Submit', title, data: { text: title } })));
  });

  it.each(['webchat', 'directline', 'emulator'])('in %s: the question as text with the choices as suggested actions', (channelId) => {
    const message = messageWithChoices(contextOn(channelId), 'Is your offer transactable?', CHOICES);
    expect(message.text).toBe('Is your offer transactable?');
    expect(message.attachments ?? []).toHaveLength(0);
    expect(message.inputHint).toBe(InputHints.ExpectingInput);
    expect(message.suggestedActions?.actions).toEqual(CHOICES.map((title) => expect.objectContaining({ type: ActionTypes.ImBack, title, value: title })));
  });

  it('with no choices: plain text on every channel', () => {
    for (const channelId of ['msteams', 'webchat']) {
      const message = messageWithChoices(contextOn(channelId), 'What were your billed sales?', []);
      expect(message).toMatchObject({ type: 'message', text: 'What were your billed sales?' });
      expect(message.attachments ?? []).toHaveLength(0);
      expect(message.suggestedActions).toBeUndefined();
    }
  });
});
