import restify, { type Request, type Response, type Server } from 'restify';
import { z } from 'zod';
import { allowAnyOrigin, registerPreflight } from '../cors';
import type { DirectLineSessionSource } from '../directLineSession';
import { randomUserId } from '../randomUserId';
import { carriesBotReplySecret } from './botReplySecret';
import { discardUnreadBody } from './discardUnreadBody';
import { forwardToBot } from './forwardToBot';
import {
  DEFAULT_LOCAL_CONVERSATION_LIMITS,
  type LocalConversation,
  type LocalConversationLimits,
  LocalConversationStore,
} from './localConversationStore';
import { DEFAULT_UPLOAD_LIMITS, readUploadForm, UploadRefused, type UploadForm, type UploadLimits } from './readUploadForm';
import { guarded } from '../../guardedRoute';

export interface LocalDirectLineOptions {
  /** This server's base URL as the bot reaches it (loopback); it becomes each activity's `serviceUrl`. */
  publicBaseUrl: () => string;
  /** Where the bot's `/api/messages` is served; the same server unless told otherwise. */
  botUrl?: () => string;
  /** The bot's channel account, as Direct Line names it in `recipient` and `from`. */
  botAccount?: { id: string; name: string };
  limits?: Partial<LocalConversationLimits>;
  /** Caps on one upload; 5 MB a file, 3 files, 6 MB in all unless told otherwise. */
  uploadLimits?: Partial<UploadLimits>;
  /** The clock, for tests of token expiry. */
  now?: () => number;
  /** Told when the bot cannot be reached or refuses an activity; the client still gets a generic error. */
  onBotError?: (error: unknown) => void;
  /**
   * The per-process secret the bot's connector client presents on its replies (`newBotReplySecret`); the Bot
   * Connector routes refuse anything else.
   */
  botReplySecret: string;
}

export interface LocalDirectLine {
  /** Opens a conversation for a fresh `dl_` user; the token route hands this to the page. */
  startSession: DirectLineSessionSource;
}

/** The client half of Direct Line v3, relative so the page resolves it against the server it got its token from. */
const CLIENT_BASE = '/v3/directline';
const MAX_ACTIVITY_BYTES = 256 * 1024;
const DEFAULT_BOT_ACCOUNT = { id: 'cosell-eligibility-assistant', name: 'Co-sell eligibility assistant' };
/** How much of a refused upload is read and thrown away so the client sees the answer (see discardUnreadBody). */
const MAX_DISCARDED_BYTES = 16 * 1024 * 1024;

/*
 * A user's `locale` is passed to the bot, whose activity check refuses anything but a string: refused here by
 * name (400), never forwarded to come back as "the bot could not take the message" (502).
 */
const userLocale = z.string().optional();

const uploadActivitySchema = z.looseObject({ type: z.literal('message').default('message'), locale: userLocale });

const incomingActivitySchema = z.looseObject({ type: z.string().min(1).max(64) });

const userActivitySchema = z.looseObject({ type: z.string().min(1).max(64), locale: userLocale });

const LOCALE_REFUSED = 'The activity’s `locale` must be a string, a language tag such as "de-DE".';

/** What is wrong with a user's activity, naming the field. */
function userActivityError(error: z.ZodError, fallback: string): string {
  return error.issues.some((issue) => issue.path[0] === 'locale') ? LOCALE_REFUSED : fallback;
}

/** Fields the channel sets itself; a sender's own values for them are ignored, so nobody can pose as another. */
const CHANNEL_OWNED_FIELDS = ['id', 'timestamp', 'serviceUrl', 'channelId', 'conversation', 'recipient', 'from'];

/**
 * A small Direct Line v3 endpoint for running the embed page offline (no `DIRECT_LINE_SECRET`): the client routes
 * Web Chat polls (`webSocket: false`), file uploads and their download URLs, and the Bot Connector routes the bot
 * replies to. It tells the bot the user
 * joined when the page opens the conversation, so the welcome appears without the page posting anything.
 * Never register it next to a real Direct Line secret: it exists only so development needs no Azure account.
 *
 * @example
 * const localDirectLine = registerLocalDirectLine(server, { publicBaseUrl: () => 'http://127.0.0.1:3978', botReplySecret: newBotReplySecret() });
 * const session = await localDirectLine.startSession(); // { token, conversationId, userId, ... }
 */
export function registerLocalDirectLine(server: Server, options: LocalDirectLineOptions): LocalDirectLine {
  const store = new LocalConversationStore({ ...DEFAULT_LOCAL_CONVERSATION_LIMITS, ...options.limits }, options.now);
  const uploadLimits: UploadLimits = { ...DEFAULT_UPLOAD_LIMITS, ...options.uploadLimits };
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

  /**
   * Puts a user's activity into the stream and hands it to the bot. It goes into the stream first: Web Chat marks
   * a message sent only when it sees it come back with an id, and the bot's replies must come after it.
   */
  const acceptFromUser = async (
    res: Response,
    conversation: LocalConversation,
    activity: Record<string, unknown> & { type: string },
  ): Promise<void> => {
    const echoed = store.append(conversation, {
      ...withoutChannelOwnedFields(activity),
      type: activity.type,
      channelId: 'webchat',
      conversation: { id: conversation.id },
      from: { ...userAccount(conversation), ...displayNameOf(activity.from) },
      recipient: botAccount,
    });
    if (!(await deliver(echoed))) return sendError(res, 502, 'BotError', 'The bot could not take the message. Please try again.');
    res.json(200, { id: echoed.id });
  };

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
      // Web Chat stamps its locale on what the user sends; the join comes from here, so it gets the page's.
      ...(conversation.locale ? { locale: conversation.locale } : {}),
    });
  };

  registerPreflight(server, `${CLIENT_BASE}/conversations`, ['POST']);
  registerPreflight(server, `${CLIENT_BASE}/conversations/:conversationId/activities`, ['GET', 'POST']);
  registerPreflight(server, `${CLIENT_BASE}/conversations/:conversationId/upload`, ['POST']);
  registerPreflight(server, `${CLIENT_BASE}/tokens/refresh`, ['POST']);

  // Start (or resume) the conversation the token was issued for, as Direct Line does for a generated token.
  server.post(`${CLIENT_BASE}/conversations`, guarded(async (req, res) => {
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
  }));

  server.post(`${CLIENT_BASE}/conversations/:conversationId/activities`, parseJson, guarded(async (req, res) => {
    clientHeaders(res);
    const conversation = authenticatedConversation(req, res);
    if (!conversation) return;
    const parsed = userActivitySchema.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, 'BadArgument', userActivityError(parsed.error, 'The body must be an activity with a type.'));
    await acceptFromUser(res, conversation, parsed.data);
  }));

  // Web Chat sends a message with files here (DirectLineJS's postMessageWithAttachments): the activity in a part
  // named `activity`, each file in a part of its own. The `userId` query is ignored: the token says who sends.
  server.post(`${CLIENT_BASE}/conversations/:conversationId/upload`, guarded(async (req, res) => {
    clientHeaders(res);
    const authentication = store.authenticate(String(req.params.conversationId), bearerToken(req));
    if (authentication.outcome === 'unknownConversation') return refuseUpload(req, res, 404, 'NotFound', 'This conversation has ended.');
    if (authentication.outcome === 'forbidden') return refuseUpload(req, res, 403, 'Forbidden', FORBIDDEN_MESSAGE);
    let form: UploadForm;
    try {
      form = await readUploadForm(req, uploadLimits);
    } catch (error) {
      if (error instanceof UploadRefused) return refuseUpload(req, res, error.status, error.code, error.message);
      throw error;
    }
    const parsed = uploadActivitySchema.safeParse(form.activity ?? {});
    if (!parsed.success) return sendError(res, 400, 'BadArgument', userActivityError(parsed.error, 'The activity part must be a message activity.'));
    if (form.files.length === 0) return sendError(res, 400, 'BadArgument', 'Attach at least one file.');
    const { conversation } = authentication;
    // Reading the files took time; a conversation evicted meanwhile must not be revived by appending to it.
    if (store.find(conversation.id) !== conversation) return sendError(res, 404, 'NotFound', 'This conversation has ended.');
    const attachments = form.files.map((file) => {
      const stored = store.addAttachment(conversation, file);
      return { contentType: stored.contentType, contentUrl: attachmentUrl(conversation.id, stored.id), name: stored.name };
    });
    await acceptFromUser(res, conversation, { ...parsed.data, attachments });
  }));

  // An uploaded file is served, under its own conversation only, to that conversation's token (as Direct Line
  // does) or to the bot, which presents this process's reply secret (src/bot/csvUpload.ts); knowing the URL alone
  // is not enough.
  server.get(`${CLIENT_BASE}/conversations/:conversationId/attachments/:attachmentId`, guarded(async (req, res) => {
    if (!carriesBotReplySecret(req.headers.authorization, options.botReplySecret)) {
      clientHeaders(res);
      if (!authenticatedConversation(req, res)) return;
    }
    const attachment = store.findAttachment(String(req.params.conversationId), String(req.params.attachmentId));
    if (!attachment) return sendError(res, 404, 'NotFound', 'No such attachment.');
    res.sendRaw(200, attachment.bytes, {
      'Content-Type': attachment.contentType,
      'Content-Length': String(attachment.bytes.length),
      // Whatever a user uploaded is never run as a page of this origin: downloaded, not sniffed, sandboxed.
      'Content-Disposition': contentDisposition(attachment.name),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'no-store',
    });
  }));

  server.get(`${CLIENT_BASE}/conversations/:conversationId/activities`, guarded(async (req, res) => {
    clientHeaders(res);
    const conversation = authenticatedConversation(req, res);
    if (!conversation) return;
    const watermark = parseWatermark((req.query as Record<string, unknown> | undefined)?.watermark);
    if (watermark === undefined) return sendError(res, 400, 'BadArgument', 'The watermark must be a number.');
    res.json(200, store.activitiesAfter(conversation, watermark));
  }));

  server.post(`${CLIENT_BASE}/tokens/refresh`, guarded(async (req, res) => {
    clientHeaders(res);
    const authentication = store.authenticateToken(bearerToken(req));
    if (authentication.outcome !== 'ok') return forbidden(res);
    const token = store.issueToken(authentication.conversation);
    res.json(200, { conversationId: authentication.conversation.id, token, expires_in: store.tokenLifetimeSeconds });
  }));

  // The Bot Connector half: the bot sends and updates activities at the serviceUrl it was given. Local mode has
  // no app id, so the bot's connector client presents this process's reply secret instead of a Microsoft token.
  const receiveFromBot = (mode: 'append' | 'update') => guarded(async (req: Request, res: Response) => {
    if (!carriesBotReplySecret(req.headers.authorization, options.botReplySecret)) return sendError(res, 401, 'Unauthorized', 'Only the bot may post here.');
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
  });
  server.post('/v3/conversations/:conversationId/activities', parseJson, receiveFromBot('append'));
  server.post('/v3/conversations/:conversationId/activities/:activityId', parseJson, receiveFromBot('append'));
  server.put('/v3/conversations/:conversationId/activities/:activityId', parseJson, receiveFromBot('update'));

  function attachmentUrl(conversationId: string, attachmentId: string): string {
    const base = options.publicBaseUrl().replace(/\/+$/, '');
    return `${base}${CLIENT_BASE}/conversations/${encodeURIComponent(conversationId)}/attachments/${attachmentId}`;
  }

  function authenticatedConversation(req: Request, res: Response): LocalConversation | undefined {
    const authentication = store.authenticate(String(req.params.conversationId), bearerToken(req));
    if (authentication.outcome === 'ok') return authentication.conversation;
    // 404 tells DirectLineJS the conversation ended (it was evicted); 403 that its token is wrong or expired.
    if (authentication.outcome === 'unknownConversation') sendError(res, 404, 'NotFound', 'This conversation has ended.');
    else forbidden(res);
    return undefined;
  }

  return {
    startSession: async (request) => {
      const userId = randomUserId();
      const { conversation, token } = store.open(userId, request?.locale);
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

const FORBIDDEN_MESSAGE = 'The token is missing, wrong or expired.';

function forbidden(res: Response): void {
  sendError(res, 403, 'Forbidden', FORBIDDEN_MESSAGE);
}

/**
 * Answers a refused upload once its body has been read to the end (so the client sees the answer), or, when the
 * body goes on past MAX_DISCARDED_BYTES, answers and closes the connection.
 */
async function refuseUpload(req: Request, res: Response, status: number, code: string, message: string): Promise<void> {
  if (!(await discardUnreadBody(req, MAX_DISCARDED_BYTES))) {
    res.header('Connection', 'close');
    res.once('finish', () => req.socket.destroy());
  }
  sendError(res, status, code, message);
}

/** `attachment`, with an ASCII fallback name and the exact name in RFC 5987 form for browsers that read it. */
function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

function sendError(res: Response, status: number, code: string, message: string): void {
  res.json(status, { error: { code, message } });
}
