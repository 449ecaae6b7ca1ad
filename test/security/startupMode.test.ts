import { describe, expect, it } from 'vitest';
import { decideStartupMode, isLoopbackHost } from '../../src/security/startupMode';

describe('which hosts count as loopback', () => {
  const table: Array<[string, boolean]> = [
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['localhost', true],
    ['LOCALHOST', true],
    ['localhost.', true],
    ['::1', true],
    ['[::1]', true],
    ['0:0:0:0:0:0:0:1', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['', false],
    ['10.0.0.4', false],
    ['128.0.0.1', false],
    ['::2', false],
    ['::ffff:10.0.0.1', false],
    ['localhost.attacker.example', false],
    ['127.0.0.1.nip.io', false],
    ['my-bot.azurewebsites.net', false],
  ];
  for (const [host, loopback] of table) {
    it(`"${host}" is ${loopback ? '' : 'not '}loopback`, () => {
      expect(isLoopbackHost(host)).toBe(loopback);
    });
  }
});

describe('whether the server may start without channel authentication', () => {
  const table: Array<{ name: string; appId: string; host: string; allowAnonymous: boolean; expected: 'authenticated' | 'local' | 'refused' }> = [
    { name: 'an app id on every interface starts authenticated', appId: 'app-id', host: '0.0.0.0', allowAnonymous: false, expected: 'authenticated' },
    { name: 'an app id on loopback starts authenticated', appId: 'app-id', host: '127.0.0.1', allowAnonymous: false, expected: 'authenticated' },
    { name: 'no app id on 127.0.0.1 starts in local mode', appId: '', host: '127.0.0.1', allowAnonymous: false, expected: 'local' },
    { name: 'no app id on localhost starts in local mode', appId: '', host: 'localhost', allowAnonymous: false, expected: 'local' },
    { name: 'no app id on ::1 starts in local mode', appId: '', host: '::1', allowAnonymous: false, expected: 'local' },
    { name: 'no app id on 0.0.0.0 refuses to start', appId: '', host: '0.0.0.0', allowAnonymous: false, expected: 'refused' },
    { name: 'no app id on :: refuses to start', appId: '', host: '::', allowAnonymous: false, expected: 'refused' },
    { name: 'no app id on a LAN address refuses to start', appId: '', host: '192.168.1.20', allowAnonymous: false, expected: 'refused' },
    { name: 'a blank app id counts as none', appId: '   ', host: '0.0.0.0', allowAnonymous: false, expected: 'refused' },
    { name: 'no app id on 0.0.0.0 with ALLOW_ANONYMOUS starts, loudly', appId: '', host: '0.0.0.0', allowAnonymous: true, expected: 'local' },
  ];
  for (const row of table) {
    it(row.name, () => {
      const decision = decideStartupMode({ MicrosoftAppId: row.appId, HOST: row.host, ALLOW_ANONYMOUS: row.allowAnonymous });
      const outcome = decision.start ? decision.mode : 'refused';
      expect(outcome).toBe(row.expected);
      if (decision.start && decision.mode === 'local') expect(decision.warning).toMatch(/without authentication/);
      if (!decision.start) expect(decision.reason).toMatch(/^Refusing to start: HOST=.+MicrosoftAppId.+ALLOW_ANONYMOUS=true/);
    });
  }
});
