import restify, { type Request, type Response, type Server } from 'restify';
import { z } from 'zod';
import { allowAnyOrigin, registerPreflight } from '../cors';
import type { DirectLineSessionSource } from '../directLineSession';
import { randomUserId } from '../randomUserId';
import { forwardToBot } from './forwardToBot';
import {
  DEFAULT_LOCAL_CONVERSATION_LIMITS,
  type LocalConversation,
  type LocalConversationLimits,
  LocalConversationStore,
} from './localConversationStore';

export interface LocalDirectLineOptions {
  /** This server's base URL as the bot reaches it (loopback); it becomes each activity's `serviceUrl`. */
  publicBaseUrl: () => string;
  /** Where the bot's `/api/messages` is served; the same server unless told otherwise. */
  botUrl?: () => string;
  /** The bot's channel account, as Direct Line names it in `recipient` and `from`. */
  botAccount?: { id: string; name: string };
  limits?: Partial<LocalConversationLimits>;
  /** The clock, for tests of token expiry. */
  now?: () => number;
  /** Told when the bot cannot be reached or refuses an activity; the client still gets a generic error. */
  onBotError?: (error: unknown) => void;
}

export interface LocalDirectLine {
  /** Opens a conversation for a fresh `dl_` user; the token route hands this to the page. */
  startSession: DirectLineSessionSource;
}

/** The client half of Direct Line v3, relative so the page resolves it against the server it got its token from. */
const CLIENT_BASE = '/v3/directline';
const MAX_ACTIVITY_BYTES = 256 * 1024;
const DEFAULT_BOT_ACCOUNT = { id: 'cosell-eligibility-assistant', name: 'Co-sell eligibility assistant' };

const incomingActivitySchema = z.looseObject({ type: z.string().min(1).max(64) });

/** Fields the channel sets itself; a sender's own values for them are ignored, so nobody can pose as another. */
const CHANNEL_OWNED_FIELDS = ['id', 'timestamp', 'serviceUrl', 'channelId', 'conversation', 'recipient', 'from'];

/**
 * A small Direct Line v3 endpoint for running the embed page offline (no `DIRECT_LINE_SECRET`): the client routes
 * Web Chat polls (`webSocket: false`) and the Bot Connector routes the bot replies to. It tells the bot the user
 * joined when the page opens the conversation, so the welcome appears without the page posting anything.
 * Never register it next to a real Direct Line secret: it exists only so development needs no Azure account.
 *
 * @example
 * const localDirectLine = registerLocalDirectLine(server, { publicBaseUrl: () => 'http://127.0.0.1:3978' });
 * const session = await localDirectLine.startSession(); // { token, conversationId, userId, ... }
 */
export function registerLocalDirectLine(server: Server, options: LocalDirectLineOptions): LocalDirectLine {
  const store = new LocalConversationStore({ ...DEFAULT_LOCAL_CONVERSATION_LIMITS, ...options.limits }, options.now);
  const botAccount = { ...(options.botAccount ?? DEFAULT_BOT_ACCOUNT), role: 'bot' };
  const botUrl = options.botUrl ?? options.publicBaseUrl;
  const onBotError =
    options.onBotError ?? ((error: unknown) => console.warn('Local Direct Line: the bot did not take an activity', error));
  // restify's jsonBodyParser hands its options to bodyReader, which enforces maxBodySize; the typings omit it.
  const parseJson = restify.plugins.jsonBodyParser({
    maxBodySize: MAX_ACTIVITY_BYTES,
  } as restify.plugins.JsonBodyParserOptions);

  const deliver = async (activity: Record<string, unknown>): Promise<boolean> => {
    try {
      const delivered = await forwardToBot(botUrl(), { ...activity, serviceUrl: options.publicBaseUrl() });
      if (!delivered) onBotError(new Error(`The bot refused activity ${String(activity.id)}`));
      return delivered;
    } catch (error) {
      onBotError(error);
      return false;
    }
  };

  const userAccount = (conversation: LocalConversation) => ({ id: conversation.userId, role: 'user' });

  const tellBotUserJoined = (conversation: LocalConversation): void => {
    void deliver({
      type: 'conversationUpdate',
      id: store.nextActivityId(conversation),
      timestamp: new Date((options.now ?? Date.now)()).toISOString(),
      channelId: 'webchat',
      conversation: { id: conversation.id },
      from: userAccount(conversation),
      recipient: botAccount,
      membersAdded: [userAccount(conversation)],
    });
  };

  registerPreflight(server, `${CLIENT_BASE}/conversations`, ['POST']);
  registerPreflight(server, `${CLIENT_BASE}/conversations/:conversationId/activities`, ['GET', 'POST']);
  registerPreflight(server, `${CLIENT_BASE}/tokens/refresh`, ['POST']);

  // Start (or resume) the conversation the token was issued for, as Direct Line does for a generated token.
  server.post(`${CLIENT_BASE}/conversations`, async (req, res) => {
    clientHeaders(res);
    const authentication = store.authenticateToken(bearerToken(req));
    if (authentication.outcome !== 'ok') return forbidden(res);
    const { conversation, expiresInSeconds } = authentication;
    const isNew = !conversation.started;
    if (isNew) {
      conversation.started = true;
      tellBotUserJoined(conversation);
    }
    res.json(isNew ? 201 : 200, { conversationId: conversation.id, token: bearerToken(req), expires_in: expiresInSeconds });
  });

  server.post(`${CLIENT_BASE}/conversations/:conversationId/activities`, parseJson, async (req, res) => {
    clientHeaders(res);
    const conversation = authenticatedConversation(req, res);
    if (!conversation) return;
    const parsed = incomingActivitySchema.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, 'BadArgument', 'The body must be an activity with a type.');
    // The user's own activity goes into the stream first: Web Chat marks a message sent only when it sees it
    // come back with an id, and the bot's replies must come after it.
    const echoed = store.append(conversation, {
      ...withoutChannelOwnedFields(parsed.data),
      type: parsed.data.type,
      channelId: 'webchat',
      conversation: { id: conversation.id },
      from: { ...userAccount(conversation), ...displayNameOf(parsed.data.from) },
      recipient: botAccount,
    });
    if (!(await deliver(echoed))) return sendError(res, 502, 'BotError', 'The bot could not take the message. Please try again.');
    res.json(200, { id: echoed.id });
  });

  server.get(`${CLIENT_BASE}/conversations/:conversationId/activities`, async (req, res) => {
    clientHeaders(res);
    const conversation = authenticatedConversation(req, res);
    if (!conversation) return;
    const watermark = parseWatermark((req.query as Record<string, unknown> | undefined)?.watermark);
    if (watermark === undefined) return sendError(res, 400, 'BadArgument', 'The watermark must be a number.');
    res.json(200, store.activitiesAfter(conversation, watermark));
  });

  server.post(`${CLIENT_BASE}/tokens/refresh`, async (req, res) => {
    clientHeaders(res);
    const authentication = store.authenticateToken(bearerToken(req));
    if (authentication.outcome !== 'ok') return forbidden(res);
    const token = store.issueToken(authentication.conversation);
    res.json(200, { conversationId: authentication.conversation.id, token, expires_in: store.tokenLifetimeSeconds });
  });

  // The Bot Connector half: the bot sends and updates activities at the serviceUrl it was given. Local mode has
  // no app id, so there is no bearer to check; the conversation id (random, 144 bits) is what must be known.
  const receiveFromBot = (mode: 'append' | 'update') => async (req: Request, res: Response) => {
    const conversation = store.find(String(req.params.conversationId));
    if (!conversation) return sendError(res, 404, 'NotFound', 'No such conversation.');
    const parsed = incomingActivitySchema.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, 'BadArgument', 'The body must be an activity with a type.');
    const activityId = req.params.activityId === undefined ? undefined : String(req.params.activityId);
    if (mode === 'update' && (activityId === undefined || !store.contains(conversation, activityId))) {
      return sendError(res, 404, 'NotFound', 'No such activity.');
    }
    const sender = parsed.data.from && typeof parsed.data.from === 'object' ? parsed.data.from : botAccount;
    const stored = store.append(
      conversation,
      {
        ...withoutChannelOwnedFields(parsed.data),
        type: parsed.data.type,
        channelId: 'webchat',
        conversation: { id: conversation.id },
        from: sender,
        recipient: userAccount(conversation),
        // A reply names what it answers in the URL; botbuilder also sets replyToId, which then wins.
        ...(mode === 'append' && activityId !== undefined ? { replyToId: parsed.data.replyToId ?? activityId } : {}),
      },
      // An update is re-sent under the same id; Web Chat replaces the activity it already shows.
      mode === 'update' ? activityId : undefined,
    );
    res.json(200, { id: stored.id });
  };
  server.post('/v3/conversations/:conversationId/activities', parseJson, receiveFromBot('append'));
  server.post('/v3/conversations/:conversationId/activities/:activityId', parseJson, receiveFromBot('append'));
  server.put('/v3/conversations/:conversationId/activities/:activityId', parseJson, receiveFromBot('update'));

  function authenticatedConversation(req: Request, res: Response): LocalConversation | undefined {
    const authentication = store.authenticate(String(req.params.conversationId), bearerToken(req));
    if (authentication.outcome === 'ok') return authentication.conversation;
    // 404 tells DirectLineJS the conversation ended (it was evicted); 403 that its token is wrong or expired.
    if (authentication.outcome === 'unknownConversation') sendError(res, 404, 'NotFound', 'This conversation has ended.');
    else forbidden(res);
    return undefined;
  }

  return {
    startSession: async () => {
      const userId = randomUserId();
      const { conversation, token } = store.open(userId);
      return {
        token,
        conversationId: conversation.id,
        expires_in: store.tokenLifetimeSeconds,
        userId,
        directLine: { domain: CLIENT_BASE, webSocket: false },
      };
    },
  };
}

function clientHeaders(res: Response): void {
  allowAnyOrigin(res);
  res.header('Cache-Control', 'no-store');
}

function bearerToken(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '');
  return match?.[1];
}

function parseWatermark(value: unknown): number | undefined {
  if (value === undefined || value === '') return 0;
  return typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

/** The display name Web Chat may send (`username`); the id is always the token's user. */
function displayNameOf(from: unknown): { name?: string } {
  const name = (from as { name?: unknown } | null | undefined)?.name;
  return typeof name === 'string' ? { name } : {};
}

function withoutChannelOwnedFields(activity: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(activity).filter(([key]) => !CHANNEL_OWNED_FIELDS.includes(key)));
}

function forbidden(res: Response): void {
  sendError(res, 403, 'Forbidden', 'The token is missing, wrong or expired.');
}

function sendError(res: Response, status: number, code: string, message: string): void {
  res.json(status, { error: { code, message } });
}
