import { ApiError } from './errors';

/**
 * The fields every Bot Framework channel sets on an activity, each a non-empty string; botbuilder, the state
 * store and the reply path all rely on them. Checked before the adapter runs, so an activity without them is a
 * 400 naming the field instead of a turn that fails half-way.
 */
const REQUIRED_STRINGS = ['type', 'channelId', 'serviceUrl', 'conversation.id', 'from.id'] as const;

/** Fields a channel may leave out, but which must be strings when present. */
const OPTIONAL_STRINGS = ['id', 'recipient.id', 'conversation.tenantId', 'replyToId', 'locale', 'deliveryMode'] as const;

/** Objects that hold the ids above; present ones must be objects. */
const ACCOUNT_OBJECTS = ['conversation', 'from', 'recipient'] as const;

function valueAt(activity: Record<string, unknown>, path: string): unknown {
  let value: unknown = activity;
  for (const key of path.split('.')) {
    if (!value || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function refused(field: string, message: string): ApiError {
  return new ApiError(400, 'invalid_activity', `The activity's "${field}" ${message}.`, { field });
}

/**
 * Throws a 400 `ApiError` naming the first field of the activity that is missing or in the wrong shape.
 *
 * @example
 * assertActivityShape({ type: 'message', conversation: null }) // throws: The activity's "conversation" must be an object.
 */
export function assertActivityShape(activity: Record<string, unknown>): void {
  for (const field of ACCOUNT_OBJECTS) {
    const value = activity[field];
    if (value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value))) throw refused(field, 'must be an object');
  }
  for (const field of REQUIRED_STRINGS) {
    const value = valueAt(activity, field);
    if (typeof value !== 'string' || value.trim() === '') throw refused(field, 'must be a non-empty string');
  }
  for (const field of OPTIONAL_STRINGS) {
    const value = valueAt(activity, field);
    if (value !== undefined && typeof value !== 'string') throw refused(field, 'must be a string when given');
  }
  if (!/^https?:\/\//i.test(activity.serviceUrl as string) || !URL.canParse(activity.serviceUrl as string)) {
    throw refused('serviceUrl', 'must be an http or https URL');
  }
}
