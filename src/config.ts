import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';

/**
 * Every setting the program reads, parsed once from the environment and an optional `.env` file.
 * This is the only module that touches `process.env`; `.env.example` documents each name.
 */
const booleanFromString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  // Default: 127.0.0.1, or 0.0.0.0 on Azure App Service when an app id is set (see appServiceDefaults).
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MicrosoftAppId: z.string().default(''),
  MicrosoftAppPassword: z.string().default(''),
  // SingleTenant when empty: Azure has not offered MultiTenant for new bots since 31 July 2025. Existing
  // MultiTenant registrations still work when named explicitly.
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI', '']).default('').transform((value) => value || 'SingleTenant'),
  MicrosoftAppTenantId: z.string().default(''),
  MAX_JSON_BYTES: z.coerce.number().int().positive().default(1024 * 1024),
  MAX_CSV_BYTES: z.coerce.number().int().positive().default(25 * 1024 * 1024),
  // Partners per POST /api/evaluate/batch request; larger lists go through the CLI's batch command.
  BATCH_MAX_ROWS: z.coerce.number().int().positive().default(10_000),
  ALLOW_ANONYMOUS: booleanFromString.default(false),
  // Teams tenants allowed to use the bot, comma-separated; empty allows every tenant.
  ALLOWED_TENANT_IDS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((id) => id.trim()).filter((id) => id !== '')),
  // Messages per conversation and per user in a window, before the bot answers "slow down".
  BOT_RATE_LIMIT_MESSAGES: z.coerce.number().int().positive().default(20),
  BOT_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().positive().default(10),
  // Requests per minute per client address (IPv6 per /64) to POST /api/evaluate; more are answered 429.
  EVALUATE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(120),
  // Sessions per minute per client address from POST /api/directline/token (each costs a Direct Line call).
  TOKEN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(30),
  // Other sites that embed the chat, comma-separated origins (https://partner.example) or *; the page's own origin
  // may always start a chat.
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((origin) => origin.trim().replace(/\/+$/, '')).filter((origin) => origin !== '')),
  // Proxies in front of the server whose X-Forwarded-For entry is trusted for the client address (App Service: 1).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Conversation state: one SQLite file under DATA_DIR (default), Azure Blob Storage when several instances share
  // state, or memory (lost on restart; tests only).
  STORAGE: z.enum(['sqlite', 'blob', 'memory']).default('sqlite'),
  // Default ./data, or /home/data on Azure App Service (the persistent share; the deployed package is read-only).
  DATA_DIR: z.string().min(1).default('./data'),
  BLOB_CONNECTION_STRING: z.string().default(''),
  // Azure's container naming rule: 3-63 lowercase letters, digits and single hyphens, starting and ending alphanumeric.
  BLOB_CONTAINER: z
    .string()
    .regex(/^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/, 'an Azure container name: 3-63 lowercase letters, digits and single hyphens')
    .default('bot-state'),
  // Web Chat in production: the Direct Line secret stays on the server and is exchanged for short-lived tokens.
  // Empty = the built-in local Direct Line endpoint, so the embed page works offline.
  DIRECT_LINE_SECRET: z.string().default(''),
  DIRECT_LINE_BASE_URL: z.url({ protocol: /^https?$/ }).default('https://directline.botframework.com'),
});

export type Config = z.infer<typeof configSchema>;
type Environment = Record<string, string | undefined>;

/** A setting that stops the server from starting; its message is one line naming the setting and the fix. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads the settings (the environment unless a record is given) once; throws a {@link ConfigError} naming every
 * bad setting on one line.
 *
 * @example
 * loadConfig({ MicrosoftAppId: '7f3c…', MicrosoftAppPassword: '…', MicrosoftAppTenantId: '72f9…' }).MicrosoftAppType // 'SingleTenant'
 */
export function loadConfig(env: Environment = process.env): Config {
  const parsed = configSchema.safeParse({ ...appServiceDefaults(env), ...withoutEmpty(env) });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'setting'}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const identityProblem = botIdentityProblem(parsed.data);
  if (identityProblem) throw new ConfigError(`Invalid configuration: ${identityProblem}`);
  return parsed.data;
}

/**
 * The environment with a `.env` file's settings underneath: a name set in the environment wins over the file, so
 * App Service's app settings and a shell's `export` override a developer's file. No file is no settings.
 *
 * @example
 * loadConfig(environmentWithDotEnv()) // as src/index.ts starts
 */
export function environmentWithDotEnv(path = '.env', env: Environment = process.env): Environment {
  if (!existsSync(path)) return env;
  return { ...parseEnv(readFileSync(path, 'utf8')), ...withoutUndefined(env) };
}

/**
 * Defaults that differ on Azure App Service (which sets `WEBSITE_SITE_NAME`): the front end reaches the app on
 * every interface, so HOST is 0.0.0.0 once an app id turns channel authentication on; and only `/home` survives a
 * restart and is writable, so the SQLite file goes to `/home/data`.
 */
function appServiceDefaults(env: Environment): Environment {
  if (!env.WEBSITE_SITE_NAME) return {};
  return { DATA_DIR: '/home/data', ...(env.MicrosoftAppId?.trim() ? { HOST: '0.0.0.0' } : {}) };
}

/**
 * What the Bot Framework needs for each identity kind, said before the first message fails with a token error.
 * No app id is local mode, where none of this applies.
 */
function botIdentityProblem(config: Config): string | undefined {
  if (config.MicrosoftAppId.trim() === '') return undefined;
  if (config.MicrosoftAppType === 'SingleTenant' && config.MicrosoftAppTenantId.trim() === '') {
    return 'MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant (the default): set it to the Microsoft Entra tenant id of the bot\'s app registration, or set MicrosoftAppType=UserAssignedMSI.';
  }
  if (config.MicrosoftAppType === 'UserAssignedMSI') {
    if (config.MicrosoftAppTenantId.trim() === '') return 'MicrosoftAppTenantId is required when MicrosoftAppType is UserAssignedMSI: set it to the tenant id of the managed identity.';
    if (config.MicrosoftAppPassword !== '') return 'MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI: the managed identity has no password (MicrosoftAppId is its client id).';
  }
  if (config.MicrosoftAppType !== 'UserAssignedMSI' && config.MicrosoftAppPassword === '') {
    return `MicrosoftAppPassword is required when MicrosoftAppType is ${config.MicrosoftAppType}: set it to a client secret of the app registration MicrosoftAppId, or use MicrosoftAppType=UserAssignedMSI.`;
  }
  return undefined;
}

/** An empty value (`NAME=`, as .env.example leaves most settings) means the default. */
function withoutEmpty(env: Environment): Environment {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
}

function withoutUndefined(env: Environment): Environment {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined));
}
