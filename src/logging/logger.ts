import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

export interface LoggerSettings {
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

/**
 * The one structured logger: JSON lines to stdout (or the given stream), level from `LOG_LEVEL`. Callers log ids
 * through `activityLogFields` (hashed) and never put message text in a field: at info level a line says what
 * kind of thing happened, on which channel, never what a partner typed.
 *
 * The `redact` paths are a second line of defence for the fields that would carry a secret or a person's words if
 * someone logged a whole request or activity by mistake.
 *
 * @example
 * const logger = createLogger({ LOG_LEVEL: 'info' });
 * logger.info({ activityType: 'message', channelId: 'msteams' }, 'turn started');
 */
export function createLogger(settings: LoggerSettings, destination?: DestinationStream): Logger {
  return pino(
    {
      level: settings.LOG_LEVEL,
      base: { service: 'cosell-eligibility-assistant' },
      redact: {
        paths: [
          'req.headers.authorization',
          'headers.authorization',
          'authorization',
          'text',
          'activity.text',
          'activity.value',
          'activity.from.name',
          '*.MicrosoftAppPassword',
          'MicrosoftAppPassword',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
