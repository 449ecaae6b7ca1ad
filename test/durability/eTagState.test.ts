import { MemoryStorage, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { isETagConflict } from '../../src/storage/eTagConflictError';
import { ETagConversationState } from '../../src/state/eTagConversationState';
import { ETagUserState } from '../../src/state/eTagUserState';

function turnOf(conversationId: string): TurnContext {
  const activity: Partial<Activity> = {
    type: 'message',
    text: 'hi',
    channelId: 'webchat',
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'partner-1', name: 'Pat' },
    recipient: { id: 'bot', name: 'Bot' },
  };
  return new TurnContext(new TestAdapter(async () => undefined), activity);
}

describe('eTag-checked bot state', () => {
  it('refuses a conversation write based on a read that another turn has since overtaken', async () => {
    const storage = new MemoryStorage();
    const state = new ETagConversationState(storage);
    const step = state.createProperty<number>('step');
    const seed = turnOf('c-1');
    await step.set(seed, 1);
    await state.saveChanges(seed);

    const [early, late] = [turnOf('c-1'), turnOf('c-1')];
    await Promise.all([state.load(early), state.load(late)]);
    await step.set(early, 2);
    await step.set(late, 3);
    await state.saveChanges(early);
    const refused = await state.saveChanges(late).then(() => undefined, (error: unknown) => error);

    expect(isETagConflict(refused)).toBe(true);
    const reread = turnOf('c-1');
    expect(await step.get(reread)).toBe(2);
  });

  it('checks a cleared conversation against the version it replaces', async () => {
    const storage = new MemoryStorage();
    const state = new ETagConversationState(storage);
    const step = state.createProperty<number>('step');
    const seed = turnOf('c-6');
    await step.set(seed, 1);
    await state.saveChanges(seed);

    const [clearing, answering] = [turnOf('c-6'), turnOf('c-6')];
    await Promise.all([state.load(clearing), state.load(answering)]);
    await step.set(answering, 2);
    await state.saveChanges(answering);
    await state.clear(clearing);
    const refused = await state.saveChanges(clearing).then(() => undefined, (error: unknown) => error);

    expect(isETagConflict(refused)).toBe(true);
  });

  it('writes nothing when a turn changed nothing', async () => {
    const storage = new MemoryStorage();
    const state = new ETagConversationState(storage);
    const seed = turnOf('c-2');
    await state.createProperty<number>('step').set(seed, 1);
    await state.saveChanges(seed);
    const { eTag } = (await storage.read(['webchat/conversations/c-2/']))['webchat/conversations/c-2/'] as { eTag: string };

    const idle = turnOf('c-2');
    await state.load(idle);
    await state.saveChanges(idle);

    expect(((await storage.read(['webchat/conversations/c-2/']))['webchat/conversations/c-2/'] as { eTag: string }).eTag).toBe(eTag);
  });

  it('merges user state written meanwhile by another conversation: each property keeps its latest value', async () => {
    const storage = new MemoryStorage();
    const state = new ETagUserState(storage);
    const profile = state.createProperty<{ lastAnswers: string }>('profile');
    const preferences = state.createProperty<{ language: string }>('preferences');
    const seed = turnOf('c-3');
    await profile.set(seed, { lastAnswers: 'first check' });
    await preferences.set(seed, { language: 'en' });
    await state.saveChanges(seed);

    const [here, elsewhere] = [turnOf('c-3'), turnOf('c-4')];
    await Promise.all([state.load(here), state.load(elsewhere)]);
    await preferences.set(elsewhere, { language: 'fr' });
    await state.saveChanges(elsewhere);
    await profile.set(here, { lastAnswers: 'second check' });
    await state.saveChanges(here);

    const reread = turnOf('c-5');
    expect(await profile.get(reread)).toEqual({ lastAnswers: 'second check' });
    expect(await preferences.get(reread)).toEqual({ language: 'fr' });
  });
});
