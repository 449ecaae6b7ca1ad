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
  // The outbound proxy the Azure SDK honours, under the names (and cases) it reads. When one is set, replies to the
  // channel go through the SDK's pipeline, which uses it, instead of the bot's direct post, which would not.
  HTTPS_PROXY: z.string().default(''),
  https_proxy: z.string().default(''),
  HTTP_PROXY: z.string().default(''),
  http_proxy: z.string().default(''),
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

/**
 * Whether an outbound proxy is configured for the Azure SDK (`HTTPS_PROXY`, `HTTP_PROXY`, either case).
 *
 * @example
 * outboundProxyConfigured(loadConfig({ HTTPS_PROXY: 'http://proxy.contoso.com:8080' })) // true
 */
export function outboundProxyConfigured(config: Pick<Config, 'HTTPS_PROXY' | 'https_proxy' | 'HTTP_PROXY' | 'http_proxy'>): boolean {
  return [config.HTTPS_PROXY, config.https_proxy, config.HTTP_PROXY, config.http_proxy].some((value) => value.trim() !== '');
}
