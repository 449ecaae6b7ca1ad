import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../dialogs/messages';
import { say, send, startChannel, stepOf, type Channel, type Partner } from './chat';
import { startLocalApp, type LocalApp } from '../support/localApp';

type WriteHook = (changes: StoreItems) => Promise<void>;

/**
 * A real MemoryStorage (eTags and all) with a script of what happens at its next conversation writes: another
 * turn slipping in first, or the store failing. Interleavings that a race produces now and then, produced here
 * every time.
 */
class ScriptedStorage implements Storage {
  readonly inner = new MemoryStorage();
  readonly beforeConversationWrite: Array<WriteHook | 'fail'> = [];

  /** How many of the next reads fail as if the store were down. */
  failingReads = 0;

  async read(keys: string[]) {
    if (this.failingReads > 0) {
      this.failingReads -= 1;
      throw new Error('connect ECONNREFUSED 127.0.0.1:10000');
    }
    return this.inner.read(keys);
  }

  private interleaving = false;

  async write(changes: StoreItems) {
    // The turn that slips in writes straight through: the script is about the turn it interrupts.
    if (!this.interleaving && Object.keys(changes).some((key) => key.includes('/conversations/'))) {
      const next = this.beforeConversationWrite.shift();
      if (next === 'fail') throw new Error('connect ECONNREFUSED 127.0.0.1:10000');
      if (next) {
        this.interleaving = true;
        await next(changes).finally(() => {
          this.interleaving = false;
        });
      }
    }
    return this.inner.write(changes);
  }

  delete(keys: string[]) {
    return this.inner.delete(keys);
  }
}

describe('a turn whose state cannot be saved as it was read', () => {
  const storage = new ScriptedStorage();
  let app: LocalApp;
  let baseUrl = '';
  let channel: Channel;
  beforeAll(async () => {
    channel = await startChannel();
    app = await startLocalApp({ storage });
    baseUrl = app.baseUrl;
  });
  afterAll(async () => {
    await app.close();
    await channel.close();
  });

  let conversations = 0;
  async function partnerAtBilledSales(): Promise<Partner> {
    conversations += 1;
    const partner = { conversationId: `scripted-${conversations}`, userId: `scripted-partner-${conversations}`, serviceUrl: channel.serviceUrl };
    await say(baseUrl, partner, 'check eligibility');
    expect(stepOf((await say(baseUrl, partner, 'yes')).last)).toBe('billedSales');
    return partner;
  }

  it('is run again on the newer state when another turn saved first, and only the rerun replies', async () => {
    const partner = await partnerAtBilledSales();
    let other = '';
    storage.beforeConversationWrite.push(async () => {
      other = (await say(baseUrl, partner, '10')).last;
    });

    const reply = await say(baseUrl, partner, '3.6 million');

    // "10" slipped in first and was read as billed sales (a read-back); "3.6 million" then replaced it.
    expect(stepOf(other)).toBe('readBack');
    expect(stepOf(reply.last)).toBe('netNew');
    expect(reply.text.split('net-new customers')).toHaveLength(2);
    expect(stepOf((await say(baseUrl, partner, '10')).last)).toBe('transactions');
  });

  it('asks the partner to send it again when the rerun is beaten too', async () => {
    const partner = await partnerAtBilledSales();
    const slipIn = (text: string) => async () => {
      await say(baseUrl, partner, text);
    };
    storage.beforeConversationWrite.push(slipIn('no'), slipIn('2 million'));

    const reply = await say(baseUrl, partner, '3.6 million');

    expect(reply.text).toBe(messages.saveError);
  });

  it('sends only the plain "send it again" when the store fails after the dialog ran, and keeps the answers', async () => {
    const partner = await partnerAtBilledSales();
    storage.beforeConversationWrite.push('fail');

    expect((await say(baseUrl, partner, '3.6 million')).text).toBe(messages.saveError);
    expect(stepOf((await say(baseUrl, partner, '3.6 million')).last)).toBe('netNew');
  });

  it('lets a partner who joins while the store is down go unanswered rather than apologise for nothing', async () => {
    const partner = { conversationId: 'scripted-join', userId: 'scripted-join-partner', serviceUrl: channel.serviceUrl };
    storage.failingReads = 2;

    const reply = await send(baseUrl, partner, { type: 'conversationUpdate', membersAdded: [{ id: partner.userId }] });

    expect(reply.text).toBe('');
    expect((await say(baseUrl, partner, 'check eligibility')).text).toContain('co-sell eligible');
  });
});
