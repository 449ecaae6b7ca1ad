import { isIP } from 'node:net';

export interface StartupSettings {
  MicrosoftAppId: string;
  HOST: string;
  ALLOW_ANONYMOUS: boolean;
}

export type StartupDecision =
  | { start: true; mode: 'authenticated' }
  | { start: true; mode: 'local'; warning: string }
  | { start: false; reason: string };

/**
 * True for names and addresses that only this machine can reach: `localhost`, 127.0.0.0/8, `::1` (also written
 * out in full or IPv4-mapped). `0.0.0.0` and `::` are the opposite: every interface.
 *
 * @example
 * isLoopbackHost('127.0.0.1') // true
 * isLoopbackHost('0.0.0.0')   // false
 */
export function isLoopbackHost(host: string): boolean {
  const name = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  if (name === 'localhost') return true;
  if (isIP(name) === 4) return name.split('.')[0] === '127';
  if (isIP(name) === 6) {
    const mapped = /^(?:0{0,4}:){0,5}:?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(name);
    if (mapped) return isLoopbackHost(mapped[1]!);
    return expandIpv6(name) === '0000:0000:0000:0000:0000:0000:0000:0001';
  }
  return false;
}

function expandIpv6(address: string): string {
  const [head = '', tail] = address.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - headGroups.length - tailGroups.length;
  return [...headGroups, ...Array<string>(Math.max(0, missing)).fill('0'), ...tailGroups].map((group) => group.padStart(4, '0')).join(':');
}

/**
 * Whether the server may start, and how loudly it must say it is unauthenticated. Without a Microsoft app id the
 * Bot Framework adapter accepts any caller, which is fine on a developer's machine and dangerous anywhere else:
 * so no app id is allowed only on loopback, or when an operator says `ALLOW_ANONYMOUS=true` for a network they
 * trust. Everything else refuses to start rather than serve an open bot by accident.
 *
 * @example
 * decideStartupMode({ MicrosoftAppId: '', HOST: '0.0.0.0', ALLOW_ANONYMOUS: false })
 * // { start: false, reason: 'Refusing to start: ...' }
 */
export function decideStartupMode(settings: StartupSettings): StartupDecision {
  if (settings.MicrosoftAppId.trim() !== '') return { start: true, mode: 'authenticated' };
  if (isLoopbackHost(settings.HOST)) {
    return {
      start: true,
      mode: 'local',
      warning: `LOCAL MODE: MicrosoftAppId is empty, so /api/messages accepts requests without authentication. That is safe only because HOST=${settings.HOST} is reachable from this machine alone.`,
    };
  }
  if (settings.ALLOW_ANONYMOUS) {
    return {
      start: true,
      mode: 'local',
      warning: `ANONYMOUS MODE: MicrosoftAppId is empty and ALLOW_ANONYMOUS=true, so anyone who can reach HOST=${settings.HOST} can talk to the bot without authentication. Never run like this on a network you do not trust.`,
    };
  }
  return {
    start: false,
    reason: `Refusing to start: HOST=${settings.HOST} is reachable from other machines but MicrosoftAppId is empty, so anyone could talk to the bot without authentication. Set MicrosoftAppId and MicrosoftAppPassword (from the Azure Bot registration), bind HOST=127.0.0.1 for local use, or set ALLOW_ANONYMOUS=true on a network you trust.`,
  };
}
