import { isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';

/**
 * The address a request came from, for per-client rate limits. With no trusted proxy it is the socket's peer;
 * behind `trustedProxyHops` proxies (Azure App Service's front end is one) it is the entry that many places from
 * the right of `X-Forwarded-For`: entries further left were written by the client and prove nothing.
 *
 * @example
 * clientAddress(req, 0) // '203.0.113.7' (the socket peer)
 * clientAddress(req, 1) // the address App Service's front end appended to X-Forwarded-For
 */
export function clientAddress(req: IncomingMessage, trustedProxyHops: number): string {
  const peer = normaliseAddress(req.socket.remoteAddress ?? '');
  if (trustedProxyHops <= 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const entry = hops[hops.length - trustedProxyHops];
  return entry === undefined ? peer : normaliseAddress(entry);
}

/**
 * An address without its port, IPv4-mapped IPv6 turned back into IPv4, lower-cased.
 *
 * @example
 * normaliseAddress('[2001:db8::1]:443') // '2001:db8::1'
 * normaliseAddress('::ffff:10.0.0.1')   // '10.0.0.1'
 */
export function normaliseAddress(raw: string): string {
  let address = raw.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  return mapped ? mapped[1]! : address;
}

/**
 * The key a client is counted under: an IPv4 address as it is, an IPv6 address by its /64 network, because one
 * host is normally handed a whole /64 and could otherwise rotate through addresses to dodge the limit.
 *
 * @example
 * rateLimitKey('2001:db8:1:2:aaaa::1') // '2001:0db8:0001:0002::/64'
 */
export function rateLimitKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail] = address.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = [...headGroups, ...Array<string>(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill('0'), ...tailGroups];
  return `${groups.slice(0, 4).map((group) => group.padStart(4, '0')).join(':')}::/64`;
}
