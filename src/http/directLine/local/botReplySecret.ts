import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A secret made once per process for the local Direct Line's Bot Connector routes: the bot's own connector client
 * signs its replies with it (see `localReplyCredentials.ts`), so no one else on the network can post into a
 * visitor's conversation. It is never written anywhere.
 *
 * @example
 * const secret = newBotReplySecret(); // 43 characters of base64url
 */
export function newBotReplySecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Whether an `Authorization` header carries the secret, compared in constant time.
 *
 * @example
 * carriesBotReplySecret(`Bearer ${secret}`, secret) // true
 */
export function carriesBotReplySecret(authorization: string | undefined, secret: string): boolean {
  const presented = Buffer.from(/^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '');
  const expected = Buffer.from(secret);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}
