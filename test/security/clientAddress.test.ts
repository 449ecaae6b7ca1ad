import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress, normaliseAddress, rateLimitKey } from '../../src/security/clientAddress';

function request(remoteAddress: string, forwardedFor?: string): IncomingMessage {
  return { socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } } as unknown as IncomingMessage;
}

describe('clientAddress', () => {
  it('uses the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress(request('203.0.113.7', '198.51.100.1'), 0)).toBe('203.0.113.7');
  });

  it('takes the entry the trusted proxy appended, not the ones the client wrote', () => {
    expect(clientAddress(request('10.0.0.2', '1.1.1.1, 2.2.2.2, 198.51.100.9:51234'), 1)).toBe('198.51.100.9');
    expect(clientAddress(request('10.0.0.2', '1.1.1.1, 2.2.2.2, 198.51.100.9'), 2)).toBe('2.2.2.2');
  });

  it('falls back to the socket peer when the header has fewer entries than trusted hops', () => {
    expect(clientAddress(request('10.0.0.2'), 1)).toBe('10.0.0.2');
    expect(clientAddress(request('10.0.0.2', '198.51.100.9'), 2)).toBe('10.0.0.2');
  });
});

describe('normaliseAddress', () => {
  const table: Array<[string, string]> = [
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['198.51.100.9:443', '198.51.100.9'],
    ['[2001:DB8::1]:443', '2001:db8::1'],
    ['2001:db8::1', '2001:db8::1'],
  ];
  for (const [raw, normal] of table) it(`"${raw}" becomes "${normal}"`, () => expect(normaliseAddress(raw)).toBe(normal));
});

describe('rateLimitKey', () => {
  it('keeps an IPv4 address as it is', () => expect(rateLimitKey('198.51.100.9')).toBe('198.51.100.9'));
  it('counts every address of one IPv6 /64 as one client', () => {
    expect(rateLimitKey('2001:db8:1:2:aaaa::1')).toBe('2001:0db8:0001:0002::/64');
    expect(rateLimitKey('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:0db8:0001:0002::/64');
    expect(rateLimitKey('2001:db8:1:3::1')).not.toBe(rateLimitKey('2001:db8:1:2::1'));
  });
});
