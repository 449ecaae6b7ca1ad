import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { renderEmbedSnippet } from '../../src/http/webChat/embedSnippet';
import { startChatServer, type ChatServer } from '../support/echoBot';
import { call } from './directLineClient';

const webChatDist = path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist');
const installedBundle = readFileSync(path.join(webChatDist, 'webchat.js'));
const installedVersion = (JSON.parse(readFileSync(path.join(webChatDist, '..', 'package.json'), 'utf8')) as { version: string }).version;

/** A raw GET: fetch would undo the gzip this test wants to see. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('GET / (the embed page)', () => {
  let chat: ChatServer;
  let page: { status: number; headers: Headers; text: string };
  beforeAll(async () => {
    chat = await startChatServer();
    page = await call(chat.baseUrl, 'GET', '/');
  });
  afterAll(() => chat.close());

  it('is an HTML page in English, titled and branded "Co-sell eligibility assistant"', () => {
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.text).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page.text).toContain('<title>Co-sell eligibility assistant</title>');
    expect(page.text).toMatch(/<header>\s*<h1>Co-sell eligibility assistant<\/h1>/);
  });

  it('puts the chat inside the main landmark, labelled for screen readers', () => {
    expect(page.text).toMatch(/<main>\s*<div id="cosell-webchat" role="region" aria-label="Chat with the co-sell eligibility assistant">/);
  });

  it("loads Web Chat from this server's copy of the installed version, and nothing from another origin", () => {
    expect(page.text).toContain(`<script src="/webchat/webchat.js?v=${installedVersion}"></script>`);
    expect(page.text).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('allows its own start script by hash, and no other inline script, eval or foreign origin', () => {
    const inlineScripts = [...page.text.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
    const csp = page.headers.get('content-security-policy') ?? '';

    expect(inlineScripts).toHaveLength(1);
    const hash = createHash('sha256').update(inlineScripts[0] ?? '').digest('base64');
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self' blob:;");
    expect(csp).not.toContain('unsafe-eval');
  });
});

describe('GET / in the browser’s language (Accept-Language)', () => {
  let chat: ChatServer;
  beforeAll(async () => {
    chat = await startChatServer();
  });
  afterAll(() => chat.close());
  const inlineScriptHash = (html: string) => createHash('sha256').update(/<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '').digest('base64');

  it.each([
    ['de-DE,de;q=0.9,en;q=0.8', 'de', 'Assistent für die Co-Sell-Berechtigung', 'Der Assistent wird geladen…'],
    ['fr-CA,fr;q=0.9', 'fr', 'Assistant d’éligibilité co-sell', 'Chargement de l’assistant…'],
    ['ja', 'ja', 'co-sell 資格確認アシスタント', 'アシスタントを読み込んでいます…'],
    ['zh-CN,zh;q=0.9', 'zh-Hans', 'co-sell 资格检查助手', '正在加载助手…'],
    ['it-IT,it;q=0.9,es;q=0.5', 'es', 'Asistente de elegibilidad para co-sell', 'Cargando el asistente…'],
    ['pt-br', 'pt-BR', 'Assistente de elegibilidade para co-sell', 'Carregando o assistente…'],
    ['en;q=0.2,de;q=0.8', 'de', 'Assistent für die Co-Sell-Berechtigung', 'Der Assistent wird geladen…'],
    ['zh-TW,it;q=0.5', 'en', 'Co-sell eligibility assistant', 'Loading the assistant…'],
    ['x"><script>', 'en', 'Co-sell eligibility assistant', 'Loading the assistant…'],
  ])('"%s": <html lang="%s">, heading, title and status line in it, and the same start-script hash', async (acceptLanguage, lang, title, loading) => {
    const page = await call(chat.baseUrl, 'GET', '/', { headers: { 'Accept-Language': acceptLanguage } });
    expect(page.status).toBe(200);
    expect(page.text).toMatch(new RegExp(`^<!doctype html>\n<html lang="${lang}">`));
    expect(page.text).toContain(`<title>${title}</title>`);
    expect(page.text).toContain(`<h1>${title}</h1>`);
    expect(page.text).toContain(`>${loading}</p>`);
    expect(page.headers.get('vary')).toContain('Accept-Language');
    expect(page.headers.get('content-security-policy')).toContain(`'sha256-${inlineScriptHash(page.text)}'`);
    if (lang !== 'en') expect(page.text).not.toMatch(/Check whether|Loading the assistant|unavailable right now|needs JavaScript/);
  });
});

describe('GET /webchat/webchat.js (the Web Chat bundle)', () => {
  let chat: ChatServer;
  beforeAll(async () => {
    chat = await startChatServer();
  });
  afterAll(() => chat.close());

  it("serves botframework-webchat's own full bundle byte for byte, cached for a year", async () => {
    const bundle = await rawGet(`${chat.baseUrl}/webchat/webchat.js?v=${installedVersion}`, { 'Accept-Encoding': 'identity' });

    expect(bundle.status).toBe(200);
    expect(bundle.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(bundle.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(bundle.headers['content-encoding']).toBeUndefined();
    expect(bundle.body.equals(installedBundle)).toBe(true);
  });

  it('sends it gzipped, about a quarter of the size, to browsers that accept gzip', async () => {
    const bundle = await rawGet(`${chat.baseUrl}/webchat/webchat.js`, { 'Accept-Encoding': 'gzip, deflate, br' });

    expect(bundle.headers['content-encoding']).toBe('gzip');
    expect(bundle.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(bundle.body).equals(installedBundle)).toBe(true);
    expect(bundle.body.length).toBeLessThan(installedBundle.length / 3);
  });

  it("serves the bundle's licence notice beside it", async () => {
    const licence = await call(chat.baseUrl, 'GET', '/webchat/webchat.js.LICENSE.txt');
    expect(licence.status).toBe(200);
    expect(licence.text).toContain('MIT');
  });
});

describe('renderEmbedSnippet (what a partner pastes into their site)', () => {
  it("loads the bundle and the session from the bot's server, named once in the script", () => {
    const { html } = renderEmbedSnippet('https://cosell-bot.example.com');
    expect(html).toContain(`<script src="https://cosell-bot.example.com/webchat/webchat.js?v=${installedVersion}"></script>`);
    expect(html).toContain('var botServer = "https://cosell-bot.example.com";');
  });

  it('cannot be broken out of by a server address that closes the script', () => {
    const { html } = renderEmbedSnippet('https://x.example/</script><script>alert(1)//');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('<script>alert(1)');
  });
});
