import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Activity, ResourceResponse } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';

type WebResourceLike = Parameters<ConnectorClient['credentials']['signRequest']>[0];

const CONNECTOR_VERSION = (require('botframework-connector/package.json') as { version: string }).version;

/** The SDK's own prefix (`USER_AGENT` in botframework-connector's `connectorFactoryImpl`), so channels see the same SDK. */
const USER_AGENT = `Microsoft-BotFramework/3.1 botframework-connector/${CONNECTOR_VERSION} Node/${process.version}`;

/** The header botframework-connector's `replyToActivity` sends with the conversation id (`ConversationIdHttpHeaderName`). */
const CONVERSATION_ID_HEADER = 'x-ms-conversation-id';

/**
 * Posts one reply to the Bot Connector as `ConnectorClient.conversations.replyToActivity` (or `sendToConversation`
 * when there is no `replyToId`) would, over plain node:http(s) with one keep-alive agent per protocol. The SDK's
 * @azure/core-client pipeline spends ~340 µs of CPU per post on mapper serialization and policies, about 40% of a
 * whole turn; this spends a `JSON.stringify`.
 *
 * It only ever reports the common success. Every other outcome (no service URL or credentials on the client, a
 * non-2xx answer, a network error) resolves with `undefined`, and the caller sends the activity through the SDK,
 * which keeps all of its retry (429 Retry-After, 5xx, connection resets) and error behaviour.
 *
 * @example
 * const poster = new ConnectorReplyPoster();
 * const response = await poster.post(connectorClient, activity); // undefined: let the SDK send it
 */
export class ConnectorReplyPoster {
  private readonly agents = {
    'http:': new HttpAgent({ keepAlive: true }),
    'https:': new HttpsAgent({ keepAlive: true }),
  };

  /** Resolves with the connector's `{ id }`, or `undefined` when the SDK should send this activity instead. */
  async post(client: ConnectorClient, activity: Partial<Activity>): Promise<ResourceResponse | undefined> {
    // `baseUri` is the service URL the client was built for; its typings mark it protected, so it is read by name.
    const baseUri = (client as unknown as { baseUri?: unknown }).baseUri;
    const conversationId = activity.conversation?.id;
    if (typeof baseUri !== 'string' || !client.credentials || typeof conversationId !== 'string') return undefined;
    let url: URL;
    let headers: Record<string, string>;
    try {
      url = new URL(`${baseUri.replace(/\/+$/, '')}${activityPath(conversationId, activity.replyToId)}`);
      headers = await signedHeaders(client.credentials);
    } catch {
      // A malformed service URL or a token that could not be fetched: the SDK reports it as it always has.
      return undefined;
    }
    if (activity.replyToId) headers[CONVERSATION_ID_HEADER] = conversationId;
    return this.send(url, headers, JSON.stringify(activity));
  }

  /** Closes the kept-alive sockets (they are unref'd, so an idle agent never keeps the process running). */
  close(): void {
    this.agents['http:'].destroy();
    this.agents['https:'].destroy();
  }

  private send(url: URL, signed: Record<string, string>, body: string): Promise<ResourceResponse | undefined> {
    const protocol = url.protocol === 'https:' ? 'https:' : url.protocol === 'http:' ? 'http:' : undefined;
    if (!protocol) return Promise.resolve(undefined);
    const request = protocol === 'https:' ? httpsRequest : httpRequest;
    const headers = {
      ...signed,
      'content-type': 'application/json; charset=utf-8',
      accept: 'application/json',
      'user-agent': USER_AGENT,
      'content-length': String(Buffer.byteLength(body)),
    };
    // No timeout: the SDK's pipeline sets none either. It does honour HTTPS_PROXY from the environment, which this
    // path does not; the bot has no outbound proxy setting, so both connect straight to the service URL.
    return new Promise((resolve) => {
      try {
        const req = request(url, { method: 'POST', headers, agent: this.agents[protocol] }, (res) => {
          if (!res.statusCode || res.statusCode < 200 || res.statusCode >= 300) {
            res.resume();
            resolve(undefined);
            return;
          }
          // Resolving with the pending read locks the outcome in: a socket error after a 2xx no longer counts.
          resolve(readResourceResponse(res));
        });
        // A connection refused, reset or dropped before an answer. If the connector had already accepted the
        // activity, the SDK's post repeats it: the same double-post risk its own retry policy takes on a reset.
        req.on('error', () => resolve(undefined));
        req.end(body);
      } catch {
        // node:http refuses some header values (a conversation id with control characters); so would the SDK.
        resolve(undefined);
      }
    });
  }
}

/** The connector's REST path, each id encoded as core-client encodes URL parameters. */
function activityPath(conversationId: string, replyToId: string | undefined): string {
  const activities = `/v3/conversations/${encodeURIComponent(conversationId)}/activities`;
  return replyToId ? `${activities}/${encodeURIComponent(replyToId)}` : activities;
}

/**
 * Asks the client's own credentials to sign, through botframework-connector's documented `signRequest`: its
 * AppCredentials fetch and cache the token and call `headers.set('authorization', 'Bearer …')`; empty (local mode)
 * credentials set nothing, and no Authorization header is sent, as with the SDK.
 */
async function signedHeaders(credentials: ConnectorClient['credentials']): Promise<Record<string, string>> {
  const headers: Record<string, string> = {};
  const recorder = {
    headers: {
      set: (name: string, value: unknown) => {
        headers[name.toLowerCase()] = String(value);
      },
      get: (name: string) => headers[name.toLowerCase()],
    },
  };
  await credentials.signRequest(recorder as unknown as WebResourceLike);
  return headers;
}

/**
 * A 2xx means the connector took the activity, so it is a success whatever the body says: an empty, non-JSON or
 * cut-off body gives `{ id: '' }` rather than a second post through the SDK.
 */
function readResourceResponse(res: IncomingMessage): Promise<ResourceResponse> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('error', () => resolve({ id: '' }));
    res.on('close', () => resolve({ id: '' }));
    res.on('end', () => {
      try {
        const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id?: unknown } | null;
        resolve({ id: typeof parsed?.id === 'string' ? parsed.id : '' });
      } catch {
        resolve({ id: '' });
      }
    });
  });
}
