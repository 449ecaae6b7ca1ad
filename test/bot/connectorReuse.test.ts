import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AppCredentials, ClaimsIdentity, PasswordServiceClientCredentialFactory } from 'botframework-connector';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CachingBotFrameworkAuthentication, type BotFrameworkClientCreated } from '../../src/bot/cachingBotFrameworkAuthentication';
import { LocalTokenCredentialsFactory } from '../security/support/localTokenCredentials';
import { memoryLogger, type MemoryLog } from '../security/support/memoryLogger';
import { postWithChannelToken, startAuthenticatedApp, teamsMessage } from '../security/support/authenticatedApp';
import { BOT_APP_ID, BOT_APP_PASSWORD, startMicrosoftStandIn, type MicrosoftStandIn } from '../security/support/microsoftStandIn';
import { startLocalApp, type LocalApp } from '../support/localApp';
import { startConnectorStandIn, type ConnectorPost, type ConnectorStandIn } from '../support/connectorStandIn';

const NOW = Date.parse('2026-11-26T12:00:00Z');
const TURNS = 20;
/** Well above 20 turns, so the per-conversation rate limit never answers instead of the bot. */
const RATE_LIMIT = { BOT_RATE_LIMIT_MESSAGES: '1000' };

function clientsCreated(log: MemoryLog, client: BotFrameworkClientCreated['client']) {
  return log.entries.filter((entry) => entry.msg === 'bot framework client created' && entry.client === client);
}

/** The message replies the connector received for one incoming activity (replyToActivity puts its id in the path). */
function repliesTo(posts: ConnectorPost[], activityId: string) {
  return posts.filter((post) => post.path.endsWith(`/activities/${activityId}`) && post.body.type === 'message');
}

describe('connector clients across turns of the real CloudAdapter (local mode)', () => {
  const log = memoryLogger('debug');
  let app: LocalApp;
  let baseUrl: string;
  let first: ConnectorStandIn;
  let second: ConnectorStandIn;

  beforeAll(async () => {
    [first, second] = await Promise.all([startConnectorStandIn(), startConnectorStandIn()]);
    app = await startLocalApp({ config: RATE_LIMIT, logger: log.logger });
    baseUrl = app.baseUrl;
  });
  afterAll(async () => {
    await app.close();
    await Promise.all([first.close(), second.close()]);
  });

  async function turn(id: string, serviceUrl: string, conversationId: string, extra: Record<string, unknown> = {}) {
    const response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id,
        text: 'help',
        channelId: 'webchat',
        serviceUrl,
        from: { id: 'partner-1', name: 'Pat' },
        recipient: { id: 'bot', name: 'Bot' },
        conversation: { id: conversationId },
        ...extra,
      }),
    });
    expect(response.status).toBe(200);
    return response;
  }

  it('20 turns of one conversation build one connector client and one user token client, and every reply arrives', async () => {
    for (let n = 1; n <= TURNS; n += 1) await turn(`one-${n}`, first.serviceUrl, 'conversation-one');
    for (let n = 1; n <= TURNS; n += 1) expect(repliesTo(first.posts, `one-${n}`), `replies to turn ${n}`).not.toHaveLength(0);
    expect(first.posts.every((post) => post.path.startsWith('/v3/conversations/conversation-one/activities/'))).toBe(true);
    expect(clientsCreated(log, 'connector')).toHaveLength(1);
    expect(clientsCreated(log, 'connector')[0]).toMatchObject({ serviceUrl: first.serviceUrl, appId: null });
    expect(clientsCreated(log, 'userToken')).toHaveLength(1);
  });

  it('a second service URL gets a second connector client, and its replies go only there', async () => {
    const postsAtFirst = first.posts.length;
    await turn('two-1', second.serviceUrl, 'conversation-two');
    expect(repliesTo(second.posts, 'two-1')).not.toHaveLength(0);
    expect(first.posts).toHaveLength(postsAtFirst);
    expect(clientsCreated(log, 'connector').map((entry) => entry.serviceUrl)).toEqual([first.serviceUrl, second.serviceUrl]);
  });

  it('another conversation on the first service URL, and an expectReplies turn, build no new client', async () => {
    await turn('three-1', first.serviceUrl, 'conversation-three');
    expect(repliesTo(first.posts, 'three-1')).not.toHaveLength(0);
    const postsAtFirst = first.posts.length;
    const response = await turn('four-1', first.serviceUrl, 'conversation-four', { deliveryMode: 'expectReplies' });
    const body = (await response.json()) as { activities: Array<{ type: string }> };
    expect(body.activities.some((activity) => activity.type === 'message')).toBe(true);
    expect(first.posts).toHaveLength(postsAtFirst);
    expect(clientsCreated(log, 'connector')).toHaveLength(2);
    expect(clientsCreated(log, 'userToken')).toHaveLength(1);
  });
});

/** botbuilder's password credentials against the local login endpoint, counting each credentials object it builds. */
class CountingCredentialsFactory extends LocalTokenCredentialsFactory {
  built = 0;

  override async createCredentials(appId: string, audience: string, loginEndpoint: string): Promise<AppCredentials> {
    this.built += 1;
    return super.createCredentials(appId, audience, loginEndpoint);
  }
}

describe('connector clients across authenticated turns', () => {
  let standIn: MicrosoftStandIn;
  let baseUrl: string;
  let close: () => Promise<void>;
  const credentials = new CountingCredentialsFactory(BOT_APP_ID, BOT_APP_PASSWORD);

  beforeAll(async () => {
    // jsonwebtoken checks expiry against the clock, so the clock itself is fixed (Date only; timers stay real).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    standIn = await startMicrosoftStandIn(() => Date.now());
    ({ baseUrl, close } = await startAuthenticatedApp(standIn, { now: NOW, config: RATE_LIMIT, credentialsFactory: credentials }));
  });
  afterAll(async () => {
    await close();
    await standIn.close();
    vi.useRealTimers();
  });

  it('20 authenticated turns build credentials twice (connector, user token) and fetch one token, and every reply is signed with it', async () => {
    for (let n = 1; n <= TURNS; n += 1) {
      const response = await postWithChannelToken(baseUrl, standIn, teamsMessage(standIn, { id: `signed-${n}`, conversation: { id: 'a:reuse-conversation', tenantId: 'tenant-1' } }));
      expect(response.status).toBe(200);
    }
    for (let n = 1; n <= TURNS; n += 1) {
      expect(standIn.replies.some((reply) => reply.path.endsWith(`/activities/signed-${n}`) && reply.activity.type === 'message'), `reply to turn ${n}`).toBe(true);
    }
    expect(credentials.built).toBe(2);
    expect(standIn.tokenRequests).toHaveLength(1);
    for (const reply of standIn.replies) expect(reply.authorization).toBe(`Bearer ${standIn.issuedAccessTokens[0]}`);
  });
});

describe('CachingBotFrameworkAuthentication', () => {
  const identity = (claims: Record<string, string>) => new ClaimsIdentity(Object.entries(claims).map(([type, value]) => ({ type, value })), true);
  const appA = identity({ aud: 'app-a' });
  const appB = identity({ aud: 'app-b' });
  const serviceUrl = 'http://127.0.0.1:9/';

  it('reuses one factory and one client per app id and service URL, and never shares a client between app ids', async () => {
    const auth = new CachingBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication({}));
    const clientA = await auth.createConnectorFactory(appA).create(serviceUrl);
    expect(auth.createConnectorFactory(identity({ aud: 'app-a' }))).toBe(auth.createConnectorFactory(appA));
    expect(await auth.createConnectorFactory(appA).create(serviceUrl)).toBe(clientA);
    expect(await auth.createConnectorFactory(appB).create(serviceUrl)).not.toBe(clientA);
    expect(await auth.createConnectorFactory(identity({ appid: 'app-a' })).create(serviceUrl)).not.toBe(clientA);
    expect(await auth.createConnectorFactory(appA).create(serviceUrl, 'https://another.audience')).not.toBe(clientA);
  });

  it('hands the same client to turns that start together', async () => {
    const created: BotFrameworkClientCreated[] = [];
    const auth = new CachingBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication({}), { onClientCreated: (event) => created.push(event) });
    const clients = await Promise.all(Array.from({ length: 5 }, () => auth.createConnectorFactory(appA).create(serviceUrl)));
    expect(new Set(clients).size).toBe(1);
    expect(created).toEqual([{ client: 'connector', appId: 'app-a', serviceUrl, audience: null }]);
  });

  it('forgets the least recently used service URL beyond its bound', async () => {
    const auth = new CachingBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication({}), { maxServiceUrls: 2 });
    const factory = auth.createConnectorFactory(appA);
    const one = await factory.create('http://127.0.0.1:9/one/');
    const two = await factory.create('http://127.0.0.1:9/two/');
    expect(await factory.create('http://127.0.0.1:9/one/')).toBe(one);
    await factory.create('http://127.0.0.1:9/three/');
    expect(await factory.create('http://127.0.0.1:9/one/')).toBe(one);
    expect(await factory.create('http://127.0.0.1:9/two/')).not.toBe(two);
  });

  it('does not remember a client whose credentials failed: the next turn tries again', async () => {
    class FailingOnceCredentials extends PasswordServiceClientCredentialFactory {
      calls = 0;
      override async createCredentials(appId: string, audience: string, loginEndpoint: string, validateAuthority: boolean) {
        this.calls += 1;
        if (this.calls === 1) throw new Error('login endpoint unreachable');
        return super.createCredentials(appId, audience, loginEndpoint, validateAuthority);
      }
    }
    const credentials = new FailingOnceCredentials('', '', '');
    const auth = new CachingBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication({}, credentials));
    await expect(auth.createConnectorFactory(appA).create(serviceUrl)).rejects.toThrow('login endpoint unreachable');
    const client = await auth.createConnectorFactory(appA).create(serviceUrl);
    expect(await auth.createConnectorFactory(appA).create(serviceUrl)).toBe(client);
    expect(credentials.calls).toBe(2);
  });

  it('reuses the user token client per app id and never shares it between app ids', async () => {
    const auth = new CachingBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication({}));
    const forA = await auth.createUserTokenClient(appA);
    expect(await auth.createUserTokenClient(identity({ aud: 'app-a' }))).toBe(forA);
    expect(await auth.createUserTokenClient(appB)).not.toBe(forA);
  });

  it('authenticates every request itself and hands out the cached factory for its app id', async () => {
    const auth = new CachingBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication({}));
    const activity = { type: 'message', channelId: 'webchat', serviceUrl } as Parameters<typeof auth.authenticateRequest>[0];
    const first = await auth.authenticateRequest(activity, '');
    const second = await auth.authenticateRequest(activity, '');
    expect(second.connectorFactory).toBe(first.connectorFactory);
    expect(second.claimsIdentity).not.toBe(first.claimsIdentity);
    expect(await second.connectorFactory!.create(serviceUrl)).toBe(await first.connectorFactory!.create(serviceUrl));
  });
});
