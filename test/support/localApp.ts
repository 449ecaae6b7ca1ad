import { MemoryStorage, type Storage } from 'botbuilder';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Logger } from '../../src/logging/logger';
import type { HeavyJobLimit } from '../../src/security/heavyJobLimit';
import { policies } from '../fixtures/policies';
import { memoryLogger } from '../security/support/memoryLogger';

export interface LocalAppOptions {
  /** Settings as environment strings; everything else is the default (local mode: no app id). */
  config?: Record<string, string>;
  storage?: Storage;
  /** The app's clock, fixed (26 Nov 2026 unless given): "today" never depends on when the test runs. */
  now?: () => Date;
  /** Silent unless a test reads the log. */
  logger?: Logger;
  /** The cap on CSV jobs, when a test counts against it. */
  heavyCsvJobs?: HeavyJobLimit;
}

export type LocalApp = ReturnType<typeof createApp> & { baseUrl: string };

/**
 * The real app as `src/index.ts` assembles it, in local mode, listening on a free loopback port.
 *
 * @example
 * let app: LocalApp;
 * beforeAll(async () => { app = await startLocalApp({ config: { BOT_RATE_LIMIT_MESSAGES: '5' } }); });
 * afterAll(() => app.close());
 */
export async function startLocalApp(options: LocalAppOptions = {}): Promise<LocalApp> {
  const app = createApp({
    config: loadConfig(options.config ?? {}),
    policies,
    storage: options.storage ?? new MemoryStorage(),
    now: options.now ?? (() => new Date('2026-11-26T12:00:00Z')),
    logger: options.logger ?? memoryLogger('silent').logger,
    heavyCsvJobs: options.heavyCsvJobs,
  });
  return Object.assign(app, { baseUrl: await app.listen(0, '127.0.0.1') });
}
