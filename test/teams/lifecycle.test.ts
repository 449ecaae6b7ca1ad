import { MemoryStorage } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConnectorStandIn, type ConnectorStandIn } from '../support/connectorStandIn';
import { visibleText } from '../support/botHarness';
import { startLocalApp, type LocalApp } from '../support/localApp';
import { BOT, PAT, SAM, teams } from './teamsActivities';

interface Reply {
  text?: string;
  attachments?: Array<{ contentType: string }>;
  entities?: Array<{ type: string; text?: string; mentioned?: { id: string } }>;
}

let app: LocalApp;
let connector: ConnectorStandIn;
const storage = new MemoryStorage();

beforeAll(async () => {
  connector = await startConnectorStandIn();
  app = await startLocalApp({ storage });
});
afterAll(async () => {
  await app.close();
  await connector.close();
});

/** Posts one activity to /api/messages as Teams would and returns the replies the bot posted to the connector. */
async function turn(activity: Record<string, unknown>): Promise<Reply[]> {
  const before = connector.posts.length;
  const response = await fetch(`${app.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  expect(response.status).toBeLessThan(300);
  return connector.posts.slice(before).map((post) => post.body as Reply);
}

const isWelcome = (reply: Reply) => visibleText(reply).includes('Azure IP co-sell top-tier benefits');
const said = (replies: Reply[]) => replies.map((reply) => visibleText(reply)).join('\n');

async function stored(key: string): Promise<unknown> {
  return (await storage.read([key]))[key];
}

describe('installing the app in personal scope', () => {
  it('welcomes once, whichever of the two install activities arrives first', async () => {
    const url = connector.serviceUrl;
    const first = await turn(teams.personalInstall(url));
    const second = await turn(teams.personalInstallMembersAdded(url));
    expect(first.filter(isWelcome)).toHaveLength(1);
    expect(first[0]?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(second).toEqual([]);
  });

  it('says nothing on an app upgrade', async () => {
    expect(await turn(teams.personalUpgrade(connector.serviceUrl))).toEqual([]);
  });
});

describe('uninstalling the app in personal scope', () => {
  it("deletes that user's stored answers: after reinstalling, the bot welcomes again and offers nothing to reuse", async () => {
    const url = connector.serviceUrl;
    for (const text of ['check eligibility', 'yes', '3.6 million', '10', '28 transactions from 7 customers', 'none', 'no']) await turn(teams.personalMessage(url, text, SAM));
    const conversationKey = `msteams/conversations/${teams.personalMessage(url, '', SAM).conversation.id}/`;
    const userKey = `msteams/users/${SAM.id}/`;
    expect(await stored(userKey)).toBeDefined();
    expect(await stored(conversationKey)).toBeDefined();

    expect(await turn(teams.personalUninstall(url, SAM))).toEqual([]);
    expect(await stored(userKey)).toBeUndefined();
    expect(await stored(conversationKey)).toBeUndefined();

    expect((await turn(teams.personalInstall(url, SAM))).filter(isWelcome)).toHaveLength(1);
    const again = said(await turn(teams.personalMessage(url, 'check eligibility', SAM)));
    expect(again).not.toContain('Shall I reuse those answers?');
    expect(again).toContain('co-sell eligible');
  });

  it("leaves other users' answers alone", async () => {
    const url = connector.serviceUrl;
    await turn(teams.personalMessage(url, 'check eligibility', PAT));
    await turn(teams.personalMessage(url, 'yes', PAT));
    await turn(teams.personalUninstall(url, SAM));
    expect(said(await turn(teams.personalMessage(url, '3.6 million', PAT)))).toContain('net-new');
  });
});

describe('adding the bot to a team', () => {
  it('posts one welcome to the channel, for the two activities Teams sends', async () => {
    const url = connector.serviceUrl;
    const replies = [...(await turn(teams.teamInstallMembersAdded(url))), ...(await turn(teams.teamInstall(url)))];
    expect(replies.filter(isWelcome)).toHaveLength(1);
  });

  it('posts nothing to the channel when a person joins the team', async () => {
    expect(await turn(teams.personJoinsTeam(connector.serviceUrl, SAM))).toEqual([]);
  });

  it('says nothing (it can no longer post there) when removed from the team', async () => {
    expect(await turn(teams.teamRemove(connector.serviceUrl))).toEqual([]);
  });
});

describe('a Teams group chat', () => {
  it('gives each person their own check, and each reply @mentions the person it answers', async () => {
    const url = connector.serviceUrl;
    expect((await turn(teams.groupChatAdd(url))).filter(isWelcome)).toHaveLength(1);

    const patStarts = await turn(teams.groupChatMessage(url, 'check eligibility', PAT));
    expect(said(patStarts)).toMatch(/^<at>Pat Kim<\/at>.*co-sell eligible/s);
    expect(patStarts[0]?.entities).toContainEqual({ type: 'mention', text: '<at>Pat Kim</at>', mentioned: { id: PAT.id, name: PAT.name } });
    expect(said(await turn(teams.groupChatMessage(url, 'yes', PAT)))).toContain('billed sales');

    // Sam's "check eligibility" starts Sam's check; it neither answers nor restarts Pat's.
    const samStarts = said(await turn(teams.groupChatMessage(url, 'check eligibility', SAM)));
    expect(samStarts).toMatch(/^<at>Sam Ortiz<\/at>.*co-sell eligible/s);
    expect(samStarts).not.toContain('Shall I reuse');

    // Pat's next answer goes to Pat's open question (billed sales), Sam's to Sam's (co-sell eligibility).
    expect(said(await turn(teams.groupChatMessage(url, '3.6 million', PAT)))).toMatch(/^<at>Pat Kim<\/at>.*net-new/s);
    expect(said(await turn(teams.groupChatMessage(url, 'yes', SAM)))).toMatch(/^<at>Sam Ortiz<\/at>.*billed sales/s);
  });

  it('addresses only the first text reply of a turn', async () => {
    const replies = await turn(teams.groupChatMessage(connector.serviceUrl, 'help', SAM));
    const mentions = replies.filter((reply) => reply.entities?.some((entity) => entity.type === 'mention' && entity.mentioned?.id === SAM.id));
    expect(mentions).toHaveLength(1);
    expect(replies.every((reply) => !reply.entities?.some((entity) => entity.mentioned?.id === BOT.id))).toBe(true);
  });
});
