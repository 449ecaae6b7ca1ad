import { MemoryStorage, TestAdapter, TurnContext, type Activity, type Storage, type StoreItems } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { isETagConflict } from '../../src/storage/eTagConflictError';
import { SqliteStorage } from '../../src/storage/sqliteStorage';
import { ETagConversationState } from '../../src/state/eTagConversationState';
import { ETagUserState } from '../../src/state/eTagUserState';
import { saveTurnState } from '../../src/state/saveTurnState';

const USER_KEY = 'webchat/users/partner-1/';
const conversationKey = (conversationId: string) => `webchat/conversations/${conversationId}/`;

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

  it('stores nothing for a user whose profile was only read, and stores it once it holds an answer', async () => {
    const storage = new MemoryStorage();
    const state = new ETagUserState(storage);
    const profile = state.createProperty<{ lastCheckedOn?: string }>('profile');
    const reading = turnOf('c-7');
    await profile.get(reading, {});
    await state.saveChanges(reading);
    expect(await storage.read([USER_KEY])).toEqual({});

    const answering = turnOf('c-7');
    (await profile.get(answering, {})).lastCheckedOn = '2026-11-26';
    await state.saveChanges(answering);
    expect(await storage.read([USER_KEY])).toMatchObject({ [USER_KEY]: { profile: { lastCheckedOn: '2026-11-26' } } });
  });
});

/** A store that records the keys of every write call, to count the calls (and so the commits) a turn costs. */
function recordingWrites<T extends Storage>(storage: T): T & { calls: string[][] } {
  const calls: string[][] = [];
  const write = storage.write.bind(storage);
  return Object.assign(storage, {
    calls,
    write: (changes: StoreItems) => {
      calls.push(Object.keys(changes));
      return write(changes);
    },
  });
}

describe("saving a turn's user and conversation state", () => {
  const opened: SqliteStorage[] = [];
  afterEach(() => {
    for (const storage of opened.splice(0)) storage.close();
  });
  function sqlite() {
    const storage = new SqliteStorage(':memory:');
    opened.push(storage);
    return recordingWrites(storage);
  }
  function statesOver(storage: Storage) {
    const conversationState = new ETagConversationState(storage);
    const userState = new ETagUserState(storage);
    return {
      conversationState,
      userState,
      step: conversationState.createProperty<number>('step'),
      profile: userState.createProperty<{ lastAnswers?: string }>('profile'),
      preferences: userState.createProperty<{ language?: string }>('preferences'),
    };
  }

  it('writes both in one call, and so one commit, when the store writes all or nothing', async () => {
    const storage = sqlite();
    const { conversationState, userState, step, profile } = statesOver(storage);
    const turn = turnOf('c-8');
    await step.set(turn, 1);
    await profile.set(turn, { lastAnswers: 'first check' });

    await saveTurnState(turn, { userState, conversationState });

    expect(storage.calls).toEqual([[USER_KEY, conversationKey('c-8')]]);
    expect(await storage.read([USER_KEY, conversationKey('c-8')])).toMatchObject({
      [USER_KEY]: { profile: { lastAnswers: 'first check' } },
      [conversationKey('c-8')]: { step: 1 },
    });
  });

  it('writes them one at a time, user first, where a multi-key write could be half done (MemoryStorage)', async () => {
    const storage = recordingWrites(new MemoryStorage());
    const { conversationState, userState, step, profile } = statesOver(storage);
    const turn = turnOf('c-9');
    await step.set(turn, 1);
    await profile.set(turn, { lastAnswers: 'first check' });

    await saveTurnState(turn, { userState, conversationState });

    expect(storage.calls).toEqual([[USER_KEY], [conversationKey('c-9')]]);
  });

  it('writes only the conversation when the user state did not change', async () => {
    const storage = sqlite();
    const { conversationState, userState, step, profile } = statesOver(storage);
    const seed = turnOf('c-10');
    await profile.set(seed, { lastAnswers: 'first check' });
    await step.set(seed, 1);
    await saveTurnState(seed, { userState, conversationState });

    const turn = turnOf('c-10');
    await profile.get(turn);
    await step.set(turn, 2);
    await saveTurnState(turn, { userState, conversationState });

    expect(storage.calls).toEqual([[USER_KEY, conversationKey('c-10')], [conversationKey('c-10')]]);
  });

  it('still merges user state another conversation wrote meanwhile, and saves the conversation', async () => {
    const storage = sqlite();
    const { conversationState, userState, step, profile, preferences } = statesOver(storage);
    const seed = turnOf('c-11');
    await profile.set(seed, { lastAnswers: 'first check' });
    await preferences.set(seed, { language: 'en' });
    await step.set(seed, 1);
    await saveTurnState(seed, { userState, conversationState });

    const [here, elsewhere] = [turnOf('c-11'), turnOf('c-12')];
    await Promise.all([userState.load(here), conversationState.load(here), userState.load(elsewhere)]);
    await preferences.set(elsewhere, { language: 'fr' });
    await userState.saveChanges(elsewhere);
    await profile.set(here, { lastAnswers: 'second check' });
    await step.set(here, 2);
    await saveTurnState(here, { userState, conversationState });

    const reread = turnOf('c-11');
    expect(await profile.get(reread)).toEqual({ lastAnswers: 'second check' });
    expect(await preferences.get(reread)).toEqual({ language: 'fr' });
    expect(await step.get(reread)).toBe(2);
  });

  it('refuses a conversation write based on a stale read, leaving the newer conversation in place', async () => {
    const storage = sqlite();
    const { conversationState, userState, step, profile } = statesOver(storage);
    const seed = turnOf('c-13');
    await step.set(seed, 1);
    await saveTurnState(seed, { userState, conversationState });

    const [early, late] = [turnOf('c-13'), turnOf('c-13')];
    await Promise.all([conversationState.load(early), conversationState.load(late), userState.load(late)]);
    await step.set(early, 2);
    await saveTurnState(early, { userState, conversationState });
    await step.set(late, 3);
    await profile.set(late, { lastAnswers: 'late check' });
    const refused = await saveTurnState(late, { userState, conversationState }).then(() => undefined, (error: unknown) => error);

    expect(isETagConflict(refused)).toBe(true);
    expect(await step.get(turnOf('c-13'))).toBe(2);
  });
});
