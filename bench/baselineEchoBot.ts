import type { AddressInfo } from 'node:net';
import restify from 'restify';
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  MemoryStorage,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import { runAsChild } from './runAsChild';

/*
 * The SDK baseline: a stock echo bot wired the way the BotBuilder samples wire it (02.echo-bot for the adapter and
 * handler, 45.state-management for MemoryStorage + ConversationState saved after every turn). A reference point,
 * never optimised: if it got faster, every ratio would mean something else.
 */

class EchoBot extends ActivityHandler {
  private readonly turnCount: StatePropertyAccessor<number>;

  constructor(private readonly conversationState: ConversationState) {
    super();
    this.turnCount = conversationState.createProperty<number>('turnCount');

    this.onMessage(async (context, next) => {
      const count = await this.turnCount.get(context, 0);
      await this.turnCount.set(context, count + 1);
      await context.sendActivity(`Echo: ${context.activity.text}`);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient.id) await context.sendActivity('Hello and welcome!');
      }
      await next();
    });

    this.onDialog(async (context, next) => {
      await next();
      await this.conversationState.saveChanges(context, false);
    });
  }
}

void runAsChild(async () => {
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());

  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    console.error(`\n [onTurnError] unhandled error: ${error}`);
    await context.sendActivity('The bot encountered an error or bug.');
  };
  const conversationState = new ConversationState(new MemoryStorage());
  const bot = new EchoBot(conversationState);

  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
});
