import { createHmac, randomBytes } from 'node:crypto';

/**
 * A key made fresh for each process: a hashed id lets one process's log lines be followed through a conversation,
 * while nobody holding the log (or a later log) can test whether a known Teams user id appears in it.
 */
const PROCESS_KEY = randomBytes(32);

/**
 * A short keyed hash of an identifier, for log lines that must correlate turns without naming anyone.
 *
 * @example
 * hashId('29:1a2b...') // 'u_3f9c0e12a4b7' (stable within this process only)
 */
export function hashId(id: unknown, prefix = 'id'): string | undefined {
  // Ids come from whoever sent the activity: anything but a non-empty string is left out, never hashed.
  if (typeof id !== 'string' || id === '') return undefined;
  return `${prefix}_${createHmac('sha256', PROCESS_KEY).update(id).digest('hex').slice(0, 12)}`;
}

export interface LoggableActivity {
  type?: string;
  channelId?: string;
  text?: string;
  conversation?: { id?: string; tenantId?: string };
  from?: { id?: string };
  channelData?: unknown;
}

/**
 * The fields an activity may contribute to a log line: its type, channel and length, with conversation, user and
 * tenant ids hashed. The text, names and card values are left out on purpose (no message text or personal data).
 *
 * @example
 * logger.info(activityLogFields(context.activity), 'turn started')
 * // { activityType: 'message', channelId: 'msteams', textLength: 12, conversation: 'c_…', user: 'u_…', tenant: 't_…' }
 */
export function activityLogFields(activity: LoggableActivity | undefined): Record<string, unknown> {
  if (!activity) return {};
  const tenantId: unknown = activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  return {
    activityType: typeof activity.type === 'string' ? activity.type.slice(0, 64) : undefined,
    channelId: typeof activity.channelId === 'string' ? activity.channelId.slice(0, 64) : undefined,
    textLength: typeof activity.text === 'string' ? activity.text.length : undefined,
    conversation: hashId(activity.conversation?.id, 'c'),
    user: hashId(activity.from?.id, 'u'),
    tenant: hashId(tenantId, 't'),
  };
}
