import { describe, expect, it } from 'vitest';
import { classifyAuthenticationFailure } from '../../src/security/channelAuthentication';

class StatusError extends Error {
  constructor(
    message: string,
    readonly statusCode: number,
  ) {
    super(message);
  }
}

describe('classifyAuthenticationFailure', () => {
  const table: Array<[string, unknown, 'unauthorized' | 'unavailable']> = [
    ["botbuilder's 401 for a missing header", new StatusError('Unauthorized Access. Request is not authorized', 401), 'unauthorized'],
    ["jsonwebtoken's bad signature (no status)", Object.assign(new Error('invalid signature'), { name: 'JsonWebTokenError' }), 'unauthorized'],
    ["jsonwebtoken's malformed token", Object.assign(new Error('jwt malformed'), { name: 'JsonWebTokenError' }), 'unauthorized'],
    ['an unexpected TypeError (fail closed)', new TypeError('cannot read properties of undefined'), 'unauthorized'],
    ['a thrown string', 'nope', 'unauthorized'],
    ["botbuilder's 500 when the OpenID metadata cannot be loaded", new StatusError('Failed to load openID config: 404', 500), 'unavailable'],
    ["node-fetch's network failure fetching the keys", Object.assign(new Error('request to https://login.botframework.com failed'), { name: 'FetchError', type: 'system' }), 'unavailable'],
  ];
  for (const [name, error, kind] of table) {
    it(`${name} is ${kind}`, () => expect(classifyAuthenticationFailure(error)).toBe(kind));
  }
});
