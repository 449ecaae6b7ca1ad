import { randomUUID } from 'node:crypto';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ShowTypingMiddleware,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import { messages } from '../../dialogs/messages';

export interface AdapterSettings {
  MicrosoftAppId: string;
  MicrosoftAppPassword: string;
  MicrosoftAppType: string;
  MicrosoftAppTenantId: string;
  /** Extra Bot Framework auth settings (local OpenID metadata in tests, sovereign clouds). */
  authOverrides?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
  log?: (entry: Record<string, unknown>) => void;
}

/**
 * The botbuilder CloudAdapter with channel authentication from settings; an empty app id is local mode.
 * Unlike the samples, a failed turn neither deletes conversation state nor blames "the bot source code": the
 * user is told plainly, their answers stay, and the detail goes to the log under a correlation id.
 */
export function createAdapter(settings: AdapterSettings): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: settings.MicrosoftAppId,
    MicrosoftAppPassword: settings.MicrosoftAppPassword,
    MicrosoftAppType: settings.MicrosoftAppType || (settings.MicrosoftAppId ? 'MultiTenant' : ''),
    MicrosoftAppTenantId: settings.MicrosoftAppTenantId,
    ...settings.authOverrides,
  } as ConfigurationBotFrameworkAuthenticationOptions);
  const adapter = new CloudAdapter(auth);
  adapter.use(new ShowTypingMiddleware(800, 2000));
  const log = settings.log ?? ((entry) => console.error(JSON.stringify(entry)));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const correlationId = randomUUID();
    log({ level: 'error', msg: 'turn failed', correlationId, error: error.message, stack: error.stack, activityType: context.activity.type });
    try {
      await context.sendActivity(messages.turnError);
    } catch (sendError) {
      log({ level: 'error', msg: 'could not tell the user about a failed turn', correlationId, error: (sendError as Error).message });
    }
  };
  return adapter;
}
