import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { messages } from '../../dialogs/messages';
import { RootDialog } from '../../dialogs/rootDialog';
import { CountingStorage } from './support/countingStorage';
import { startLocalApp, type LocalApp } from '../support/localApp';

const ALLOWED = ['11111111-aaaa-4000-8000-000000000001', '22222222-bbbb-4000-8000-000000000002'];

describe('ALLOWED_TENANT_IDS over HTTP', () => {
  const storage = new CountingStorage();
  const dialogEntries = [vi.spyOn(RootDialog.prototype, 'run'), vi.spyOn(RootDialog, 'welcome')];
  let app: LocalApp;
  let baseUrl: string;
  beforeAll(async () => {
    app = await startLocalApp({ config: { ALLOWED_TENANT_IDS: ` ${ALLOWED[0]}, ${ALLOWED[1]} ,` }, storage });
    baseUrl = app.baseUrl;
  });
  afterAll(async () => {
    await app.close();
    vi.restoreAllMocks();
  });

  async function send(index: number, tenant: { tenantId?: string; channelDataTenant?: string }, type: 'message' | 'conversationUpdate') {
    const response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type,
        id: `activity-${index}`,
        text: type === 'message' ? 'check eligibility' : undefined,
        membersAdded: type === 'conversationUpdate' ? [{ id: `29:user-${index}` }] : undefined,
        channelId: 'msteams',
        deliveryMode: 'expectReplies',
        serviceUrl: 'http://127.0.0.1:9/',
        from: { id: `29:user-${index}` },
        recipient: { id: '28:bot' },
        conversation: { id: `a:conversation-${index}`, tenantId: tenant.tenantId },
        channelData: tenant.channelDataTenant ? { tenant: { id: tenant.channelDataTenant } } : {},
      }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: Array<{ type: string; text?: string }> };
    return body.activities.filter((activity) => activity.type === 'message').map((activity) => activity.text);
  }

  async function inParallel<T>(count: number, work: (index: number) => Promise<T>, concurrency = 16): Promise<T[]> {
    const results: T[] = new Array<T>(count);
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < count) {
          const index = next++;
          results[index] = await work(index);
        }
      }),
    );
    return results;
  }

  it('lets none of 500 activities from other tenants and 50 with no tenant reach a dialog', async () => {
    const otherTenants = await inParallel(500, (i) =>
      send(i, i % 2 === 0 ? { tenantId: `99999999-0000-4000-8000-${String(i).padStart(12, '0')}` } : { channelDataTenant: `other-tenant-${i}` }, i % 5 === 0 ? 'conversationUpdate' : 'message'),
    );
    const noTenant = await inParallel(50, (i) => send(1000 + i, {}, i % 5 === 0 ? 'conversationUpdate' : 'message'));
    for (const spy of dialogEntries) expect(spy).not.toHaveBeenCalled();
    expect(storage.reads).toBe(0);
    expect(storage.writes).toBe(0);
    const replies = [...otherTenants, ...noTenant];
    expect(replies).toHaveLength(550);
    // Messages are told no; membership updates get no answer at all (no welcome for an organisation that is not allowed).
    for (const [index, texts] of replies.entries()) expect(texts).toEqual(index % 5 === 0 ? [] : [messages.tenantRefused]);
  });

  it('lets an allowed tenant reach the dialog, whether the tenant id is on the conversation or in channelData', async () => {
    const viaConversation = await send(2000, { tenantId: ALLOWED[0] }, 'message');
    const viaChannelData = await send(2001, { channelDataTenant: ALLOWED[1] }, 'message');
    expect(viaConversation).not.toContain(messages.tenantRefused);
    expect(viaChannelData).not.toContain(messages.tenantRefused);
    expect(dialogEntries[0]).toHaveBeenCalled();
  });
});
