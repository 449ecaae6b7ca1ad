import { randomUUID } from 'node:crypto';
import {
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type Middleware,
  type TurnContext,
} from 'botbuilder';
import { messages } from '../../dialogs/messages';
import { activityLogFields } from '../logging/activityLogFields';
import { createLogger, type Logger } from '../logging/logger';
import { AuthenticatedCloudAdapter } from '../security/authenticatedCloudAdapter';

/** How outgoing replies get their token; botbuilder's default (MSAL) when not given. */
export type CredentialsFactory = ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[1];

export interface AdapterSettings {
  MicrosoftAppId: string;
  MicrosoftAppPassword: string;
  MicrosoftAppType: string;
  MicrosoftAppTenantId: string;
  /** Extra Bot Framework auth settings (local OpenID metadata in tests, sovereign clouds). */
  authOverrides?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
  credentialsFactory?: CredentialsFactory;
  /** Middleware that runs first on every turn (the per-conversation rate limit). */
  middleware?: Middleware[];
  logger?: Logger;
}

/**
 * The botbuilder CloudAdapter with channel authentication from settings (botbuilder's own
 * `ConfigurationBotFrameworkAuthentication`); an empty app id is local mode. Replies take the SDK's own path.
 * Unlike the samples, a failed turn neither deletes conversation state nor blames "the bot source code": the
 * user is told plainly, their answers stay, and the detail goes to the log under a correlation id.
 *
 * @example
 * const adapter = createAdapter({ ...config, logger });
 */
export function createAdapter(settings: AdapterSettings): AuthenticatedCloudAdapter {
  const logger = settings.logger ?? createLogger({ LOG_LEVEL: 'info' });
  const auth = new ConfigurationBotFrameworkAuthentication(
    {
      MicrosoftAppId: settings.MicrosoftAppId,
      MicrosoftAppPassword: settings.MicrosoftAppPassword,
      MicrosoftAppType: settings.MicrosoftAppId ? settings.MicrosoftAppType : '',
      MicrosoftAppTenantId: settings.MicrosoftAppTenantId,
      ...settings.authOverrides,
    } as ConfigurationBotFrameworkAuthenticationOptions,
    settings.credentialsFactory,
  );
  const adapter = new AuthenticatedCloudAdapter(auth);
  for (const middleware of settings.middleware ?? []) adapter.use(middleware);
  // No ShowTypingMiddleware: replies are held until state is saved (src/state/replyBuffer.ts), so a timed typing
  // indicator could not show mid-turn, and its late post after a finished turn crashes the process when the
  // channel is unreachable. For the same reason no step sends a typing activity: it would arrive together with the
  // reply it announces, one more post to the connector for nothing the partner sees.
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const correlationId = randomUUID();
    logger.error({ correlationId, err: error, ...activityLogFields(context.activity) }, 'turn failed');
    try {
      await context.sendActivity(messages.turnError);
    } catch (sendError) {
      logger.error({ correlationId, err: sendError }, 'could not tell the user about a failed turn');
    }
  };
  return adapter;
}
