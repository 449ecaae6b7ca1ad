import { z } from 'zod';

/**
 * Every setting the program reads, parsed once from the environment.
 * This is the only module that touches `process.env`; `.env.example` documents each name.
 */
const booleanFromString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MicrosoftAppId: z.string().default(''),
  MicrosoftAppPassword: z.string().default(''),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI', '']).default(''),
  MicrosoftAppTenantId: z.string().default(''),
  MAX_JSON_BYTES: z.coerce.number().int().positive().default(1024 * 1024),
  MAX_CSV_BYTES: z.coerce.number().int().positive().default(25 * 1024 * 1024),
  ALLOW_ANONYMOUS: booleanFromString.default(false),
});

export type Config = z.infer<typeof configSchema>;

/** Reads the environment (or the given record) once; throws with every bad setting named. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid configuration:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
