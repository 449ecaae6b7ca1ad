import { afterEach, describe, expect, it } from 'vitest';
import { startLocalApp, type LocalApp } from '../support/localApp';

const TOKEN = '/api/directline/token';
let app: LocalApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const post = (origin?: string) =>
  fetch(`${app!.baseUrl}${TOKEN}`, { method: 'POST', headers: origin ? { Origin: origin } : {} });
const preflight = (origin: string) =>
  fetch(`${app!.baseUrl}${TOKEN}`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' } });

describe('who may start a chat session', () => {
  it('by default: the page itself and non-browser clients, never another site', async () => {
    app = await startLocalApp();
    expect((await post()).status).toBe(200);
    expect((await post(app.baseUrl)).status).toBe(200);
    const foreign = await post('https://evil.example');
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe('OriginNotAllowed');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('with ALLOWED_ORIGINS: the listed partner site, with its own origin echoed, and still no other', async () => {
    app = await startLocalApp({ config: { ALLOWED_ORIGINS: 'https://partner.example/, https://other.example' } });
    const partner = await post('https://partner.example');
    expect(partner.status).toBe(200);
    expect(partner.headers.get('access-control-allow-origin')).toBe('https://partner.example');
    expect((await preflight('https://partner.example')).headers.get('access-control-allow-origin')).toBe('https://partner.example');
    expect((await post('https://evil.example')).status).toBe(403);
  });

  it('with ALLOWED_ORIGINS=*: any site', async () => {
    app = await startLocalApp({ config: { ALLOWED_ORIGINS: '*' } });
    const any = await post('https://anyone.example');
    expect(any.status).toBe(200);
    expect(any.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('how many sessions one client may start', () => {
  it.each([
    [4, 200],
    [5, 200],
    [6, 429],
  ])('request %i of a client allowed 5 a minute answers %i, and the limit names when to retry', async (nth, status) => {
    app = await startLocalApp({ config: { TOKEN_RATE_LIMIT_PER_MINUTE: '5' } });
    const answers: Response[] = [];
    for (let index = 0; index < nth; index += 1) answers.push(await post());
    const last = answers.at(-1)!;
    expect(last.status).toBe(status);
    if (status === 429) expect(Number(last.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});
