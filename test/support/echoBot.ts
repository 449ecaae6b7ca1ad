import type { AddressInfo } from 'node:net';
import restify, { type Server } from 'restify';
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
  type TurnContext,
} from 'botbuilder';
import { escapeMarkdown } from '../../src/cards/escapeMarkdown';
import { createServer } from '../../src/http/createServer';
import type { LocalDirectLineOptions } from '../../src/http/directLine/local/registerLocalDirectLine';
import { registerWebChat, type WebChatMode } from '../../src/http/webChat/registerWebChat';
import { LocalReplyCredentialsFactory } from '../../src/bot/localReplyCredentials';
import { newBotReplySecret } from '../../src/http/directLine/local/botReplySecret';

export const ECHO_WELCOME = 'Hello! I am the echo bot. Type anything and I will say it back.';
export const ECHO_SUGGESTED_ACTION = 'Say hello';

/**
 * What the echo bot answers to `text`: markdown-escaped, so Web Chat shows the characters typed. ("Echo:", not
 * "You said:", which is the label Web Chat itself reads out before the user's own messages.)
 */
export function echoOf(text: string): string {
  return `Echo: ${escapeMarkdown(text)}`;
}

/**
 * The smallest stock bot that exercises the chat: a welcome when the user joins (a `conversationUpdate` naming
 * them in `membersAdded`, or Web Chat's `webchat/join` event), and an echo of every message with one suggested
 * action, so a test can click a button.
 */
export class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).filter((member) => member.id !== context.activity.recipient.id);
      if (joined.length > 0) await context.sendActivity(ECHO_WELCOME);
      await next();
    });
    this.onEvent(async (context, next) => {
      if (context.activity.name === 'webchat/join') await context.sendActivity(ECHO_WELCOME);
      await next();
    });
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.suggestedActions([ECHO_SUGGESTED_ACTION], echoOf(context.activity.text ?? '')));
      await next();
    });
  }
}

export interface ChatServer {
  baseUrl: string;
  server: Server;
  /** Server-side errors: a bot turn that threw, an activity the bot refused, a failed token exchange. */
  errors: unknown[];
  /** The secret the bot's replies carry to the local Direct Line's Bot Connector routes. */
  botReplySecret: string;
  close(): Promise<void>;
}

export interface StartChatServerOptions {
  /** Any bot (an `ActivityHandler`); the echo bot by default. The eligibility bot goes here in the full test. */
  bot?: { run(context: TurnContext): Promise<void> };
  /**
   * Registers the real `POST /api/messages` route (adapter, state, error handling) instead of the harness's
   * plain one; `bot` is then unused.
   */
  registerMessagesRoute?: (server: Server) => void;
  /** Production-style Direct Line; by default the built-in local endpoint. */
  directLineService?: { secret: string; baseUrl: string };
  /** Overrides for the local endpoint: a fixed clock, small limits. */
  localDirectLine?: Omit<Partial<LocalDirectLineOptions>, 'publicBaseUrl'>;
  /** Other origins whose pages may ask for a session (ALLOWED_ORIGINS). */
  allowedOrigins?: readonly string[];
}

/**
 * A real server on an ephemeral loopback port, wired like production: the bot on `POST /api/messages` behind a
 * real `CloudAdapter` in local mode (no app id), and the embed page, bundle, token route and (without a
 * `directLineService`) the local Direct Line endpoint.
 *
 * @example
 * const chat = await startChatServer();
 * await page.goto(chat.baseUrl);
 * await chat.close();
 */
export async function startChatServer(options: StartChatServerOptions = {}): Promise<ChatServer> {
  const server = createServer();
  const errors: unknown[] = [];
  const botReplySecret = newBotReplySecret();
  if (options.registerMessagesRoute) options.registerMessagesRoute(server);
  else registerEchoMessagesRoute(server, options.bot ?? new EchoBot(), errors, botReplySecret);

  let baseUrl = '';
  const recordError = (error: unknown) => errors.push(error);
  const mode: WebChatMode = options.directLineService
    ? { kind: 'directLineService', ...options.directLineService, onError: recordError }
    : { kind: 'localDirectLine', publicBaseUrl: () => baseUrl, onBotError: recordError, botReplySecret, ...options.localDirectLine };
  registerWebChat(server, { mode, allowedOrigins: options.allowedOrigins });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    server,
    errors,
    botReplySecret,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** `POST /api/messages` as the Bot Framework samples wire it: a `CloudAdapter` with no app id (local mode). */
function registerEchoMessagesRoute(server: Server, bot: { run(context: TurnContext): Promise<void> }, errors: unknown[], botReplySecret: string): void {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}, new LocalReplyCredentialsFactory(botReplySecret, () => ownOrigin(server))));
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    errors.push(error);
    await context.sendActivity('Sorry, something went wrong.');
  };
  server.post('/api/messages', restify.plugins.jsonBodyParser(), async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
}

function ownOrigin(server: Server): string | undefined {
  const address = server.address() as AddressInfo | null;
  return address ? `http://127.0.0.1:${address.port}` : undefined;
}
