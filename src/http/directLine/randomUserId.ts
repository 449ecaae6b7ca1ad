import { randomBytes } from 'node:crypto';

/**
 * A fresh Direct Line user id. The `dl_` prefix marks an id that was burnt into a token by the server, which is
 * why Web Chat and DirectLineJS refuse it from the page itself: a visitor cannot pose as someone else.
 *
 * @example
 * randomUserId(); // 'dl_5f0c9c1e2b7a4d3e8f6a1b2c3d4e5f60'
 */
export function randomUserId(): string {
  return `dl_${randomBytes(16).toString('hex')}`;
}
