import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTrustedAttachmentUrl, readCsvUpload, TEAMS_FILE_DOWNLOAD_INFO } from '../../src/bot/csvUpload';
import { createTestBot } from '../support/botHarness';

const GOOD_CSV = [
  'date,customerId,amountUsd,netNew',
  ...Array.from({ length: 12 }, (_, i) => `2026-0${(i % 9) + 1}-15,customer-${i},${i < 10 ? 350_000 : 20_000},${i < 11 ? 'yes' : 'no'}`),
].join('\n');
const BAD_CSV = ['date,customerId,amountUsd,netNew', '2026-01-15,a,20000,yes', '2026-13-01,b,500,no', '2026-02-01,,500,no', '2026-03-01,c,-5,no'].join('\n');

/** A stand-in for the channel's file host: Direct Line's attachment endpoint or a Teams download URL. */
let fileHost: Server;
let hostUrl: string;
const files: Record<string, string> = { '/good.csv': GOOD_CSV, '/bad.csv': BAD_CSV, '/big.csv': 'x'.repeat(6 * 1024 * 1024) };
beforeAll(async () => {
  fileHost = createServer((req, res) => {
    const body = files[req.url ?? ''];
    if (body === undefined) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('content-type', 'text/csv');
    res.end(body);
  });
  await new Promise<void>((resolve) => fileHost.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(fileHost.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => fileHost.close(() => resolve())));

/** The stand-in host plays the built-in Direct Line and, for Teams turns (verified, as after a channel token), SharePoint. */
const fileHostOptions = {
  attachmentSources: { localDirectLineOrigin: () => hostUrl, teamsFileHosts: ['127.0.0.1'] },
  channelAuthenticated: true,
};

describe('which attachment URLs the bot fetches', () => {
  const DIRECT_LINE = 'https://directline.botframework.com/';
  const TEAMS = 'https://smba.trafficmanager.net/emea/';
  it.each([
    // Authenticated activities: files from their own (token-vouched) service URL, Teams files from Microsoft's hosts.
    ['https://directline.botframework.com/attachments/x', false, 'webchat', DIRECT_LINE, true, false, true],
    ['https://evil.example/attachments/x', false, 'webchat', DIRECT_LINE, true, false, false],
    ['http://169.254.169.254/latest/meta-data', false, 'webchat', DIRECT_LINE, true, false, false],
    ['https://user:pass@directline.botframework.com/x', false, 'webchat', DIRECT_LINE, true, false, false],
    ['https://contoso.sharepoint.com/file.csv', true, 'msteams', TEAMS, true, false, true],
    ['https://contoso-my.sharepoint.com/personal/x/file.csv', true, 'msteams', TEAMS, true, false, true],
    ['http://contoso.sharepoint.com/file.csv', true, 'msteams', TEAMS, true, false, false],
    ['https://sharepoint.com.evil.example/file.csv', true, 'msteams', TEAMS, true, false, false],
    ['https://evilsharepoint.com/file.csv', true, 'msteams', TEAMS, true, false, false],
    // The Teams download form on another channel, or on an activity nobody vouched for, is never trusted.
    ['https://contoso.sharepoint.com/file.csv', true, 'webchat', DIRECT_LINE, true, false, false],
    ['https://contoso.sharepoint.com/file.csv', true, 'msteams', TEAMS, false, false, false],
    // Local mode: only the built-in Direct Line's own origin, whatever serviceUrl the activity claims.
    ['http://127.0.0.1:4000/v3/directline/conversations/c/attachments/a', false, 'webchat', 'http://127.0.0.1:4000/', false, true, true],
    ['http://127.0.0.1:9/file.csv', false, 'webchat', 'http://127.0.0.1:9/', false, true, false],
    ['http://127.0.0.1:4000/file.csv', false, 'webchat', 'http://127.0.0.1:4000/', false, false, false],
    ['file:///etc/passwd', false, 'webchat', DIRECT_LINE, true, false, false],
    ['not a url', false, 'webchat', DIRECT_LINE, true, false, false],
  ])('%s (Teams file info %s, channel %s, service %s, authenticated %s, local mode %s) is trusted: %s', (url, teams, channelId, serviceUrl, authenticated, local, trusted) => {
    const options = { localMode: local, channelAuthenticated: authenticated, localDirectLineOrigin: () => 'http://127.0.0.1:4000' };
    expect(isTrustedAttachmentUrl({ url, fromTeamsFileInfo: teams }, { channelId, serviceUrl }, options)).toBe(trusted);
  });

  it('a file over the size cap is refused without reading it all', async () => {
    const upload = await readCsvUpload(
      { serviceUrl: `${hostUrl}/`, attachments: [{ contentType: 'text/csv', contentUrl: `${hostUrl}/big.csv`, name: 'big.csv' }] },
      { maxBytes: 5 * 1024 * 1024, localMode: true, localDirectLineOrigin: () => hostUrl },
    );
    expect(upload).toMatchObject({ kind: 'refused', reason: 'too-large' });
  });
});

describe('a CSV of transactions attached in chat', () => {
  it('in Web Chat: the bot shows the derived metrics, asks only what the file cannot say, and renders the result', async () => {
    const bot = createTestBot({ channelId: 'webchat', attachmentSources: { localDirectLineOrigin: () => hostUrl } });
    const reply = await bot.sayText('', {
      serviceUrl: `${hostUrl}/`,
      attachments: [{ contentType: 'text/csv', contentUrl: `${hostUrl}/good.csv`, name: 'good.csv' }],
    });
    expect(reply).toContain('I read 12 transaction rows from good.csv');
    expect(reply).toContain('USD 3,540,000');
    expect(reply).toContain('co-sell eligible');
    await bot.sayText('yes');
    expect(await bot.sayText('none')).toContain('Industry AI');
    const result = await bot.sayText('no');
    expect(result).toContain('USD 460,000 short of USD 4,000,000');
  });

  it.each(['webchat', 'msteams'])('on %s, a file sent mid-check keeps the answers already given (co-sell eligibility is not asked again)', async (channelId) => {
    const bot = createTestBot({ channelId, ...fileHostOptions });
    await bot.say('Check eligibility');
    expect(await bot.sayText('Yes')).toContain('marketplace billed sales');
    const attachment =
      channelId === 'msteams'
        ? { contentType: TEAMS_FILE_DOWNLOAD_INFO, name: 'tx.csv', content: { downloadUrl: `${hostUrl}/bad.csv`, fileType: 'csv' } }
        : { contentType: 'text/csv', contentUrl: `${hostUrl}/bad.csv`, name: 'tx.csv' };
    const upload = { serviceUrl: `${hostUrl}/`, attachments: [attachment] };
    expect(await bot.sayText('', upload)).toContain('Go on without them');
    const reply = await bot.sayText('Go on without them');
    expect(reply).toContain('I read');
    expect(reply).not.toContain('Azure IP co-sell eligible');
    expect(reply).toContain('consumption commitment');
  });

  it('the result from a file carries the forecast and a trend chart with alt text, in a card Teams accepts', async () => {
    for (const channelId of ['webchat', 'msteams']) {
      const bot = createTestBot({ channelId, ...fileHostOptions });
      const attachment =
        channelId === 'msteams'
          ? { contentType: TEAMS_FILE_DOWNLOAD_INFO, name: 'good.csv', content: { downloadUrl: `${hostUrl}/good.csv`, fileType: 'csv' } }
          : { contentType: 'text/csv', contentUrl: `${hostUrl}/good.csv`, name: 'good.csv' };
      await bot.say('', { serviceUrl: `${hostUrl}/`, attachments: [attachment] });
      await bot.say('yes');
      await bot.say('none');
      const replies = await bot.say('no');
      const result = replies.find((reply) => reply.attachments?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive')!;
      const card = JSON.stringify(result.attachments![0]!.content);
      expect(card).toContain('Forecast from your transactions');
      expect(card).toMatch(/"altText":"Bar chart of marketplace billed sales[^"]*USD/);
      expect(card).toContain(channelId === 'msteams' ? 'data:image/png;base64,' : 'data:image/svg+xml;base64,');
      expect(Buffer.byteLength(card)).toBeLessThan(28 * 1024);
    }
  });

  it('a what-if after a file result drops the forecast, which no longer matches the numbers', async () => {
    const bot = createTestBot(fileHostOptions);
    await bot.say('', { serviceUrl: `${hostUrl}/`, attachments: [{ contentType: 'text/csv', contentUrl: `${hostUrl}/good.csv`, name: 'good.csv' }] });
    await bot.say('yes');
    await bot.say('none');
    await bot.say('no');
    const whatIf = await bot.sayText('what if billed sales was $5M');
    expect(whatIf).toContain('You qualify');
    expect(whatIf).not.toContain('Forecast from your transactions');
  });

  it('in Teams personal chat: the file comes from the download-info attachment', async () => {
    const bot = createTestBot({ channelId: 'msteams', ...fileHostOptions });
    const reply = await bot.sayText('', {
      attachments: [{ contentType: TEAMS_FILE_DOWNLOAD_INFO, name: 'export.csv', content: { downloadUrl: `${hostUrl}/good.csv`, fileType: 'csv', uniqueId: 'x' } }],
    });
    expect(reply).toContain('I read 12 transaction rows from export.csv');
  });

  it('bad rows are listed by row number, and the partner chooses to go on without them', async () => {
    const bot = createTestBot(fileHostOptions);
    const reply = await bot.sayText('', { serviceUrl: `${hostUrl}/`, attachments: [{ contentType: 'text/csv', contentUrl: `${hostUrl}/bad.csv`, name: 'bad.csv' }] });
    expect(reply).toContain('3 rows of bad.csv could not be read');
    expect(reply).toMatch(/row 3, date/);
    expect(reply).toMatch(/row 4, customerId/);
    expect(reply).toMatch(/row 5, amountUsd/);
    const goOn = await bot.sayText('Go on without them');
    expect(goOn).toContain('I read 1 transaction rows from bad.csv');
  });

  it('bad rows and "I will fix the file" keep nothing from it', async () => {
    const bot = createTestBot(fileHostOptions);
    await bot.sayText('', { serviceUrl: `${hostUrl}/`, attachments: [{ contentType: 'text/csv', contentUrl: `${hostUrl}/bad.csv`, name: 'bad.csv' }] });
    expect(await bot.sayText('I will fix the file')).toContain('nothing from this one was kept');
  });

  it('a file from a foreign host is refused and never fetched', async () => {
    const bot = createTestBot(fileHostOptions);
    const reply = await bot.sayText('', {
      serviceUrl: 'https://directline.botframework.com/',
      attachments: [{ contentType: 'text/csv', contentUrl: `${hostUrl}/good.csv`, name: 'good.csv' }],
    });
    expect(reply).toContain('only open files shared directly in this chat');
  });

  it('a file that is not a CSV gets a clear answer', async () => {
    const bot = createTestBot(fileHostOptions);
    const reply = await bot.sayText('', { serviceUrl: `${hostUrl}/`, attachments: [{ contentType: 'application/pdf', contentUrl: `${hostUrl}/x.pdf`, name: 'x.pdf' }] });
    expect(reply).toContain('as .csv');
  });
});
