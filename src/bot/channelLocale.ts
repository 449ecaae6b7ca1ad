import type { Activity } from 'botbuilder';

/**
 * The user's language as the channel gives it: `activity.locale` (Teams: the client's language; Web Chat: its
 * `locale`), else the `clientInfo` entity Teams also sends.
 */
export function channelLocaleOf(activity: Partial<Activity>): string | undefined {
  if (typeof activity.locale === 'string' && activity.locale.trim() !== '') return activity.locale;
  const clientInfo = Array.isArray(activity.entities) ? activity.entities.find((entity) => entity?.type === 'clientInfo') : undefined;
  const locale = (clientInfo as { locale?: unknown } | undefined)?.locale;
  return typeof locale === 'string' ? locale : undefined;
}
