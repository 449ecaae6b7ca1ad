import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { webChatModeFromConfig } from '../../src/http/webChat/registerWebChat';

const publicBaseUrl = () => 'http://127.0.0.1:3978';

describe('webChatModeFromConfig', () => {
  it('uses the built-in local Direct Line endpoint when no secret is set', () => {
    expect(webChatModeFromConfig(loadConfig({}), publicBaseUrl, 'secret')).toEqual({ kind: 'localDirectLine', publicBaseUrl, botReplySecret: 'secret' });
  });

  it('uses the Azure Direct Line service, at its public address by default, when a secret is set', () => {
    expect(webChatModeFromConfig(loadConfig({ DIRECT_LINE_SECRET: 's3cret' }), publicBaseUrl, 'secret')).toEqual({
      kind: 'directLineService',
      secret: 's3cret',
      baseUrl: 'https://directline.botframework.com',
    });
  });

  it('uses a regional Direct Line address when one is set', () => {
    const config = loadConfig({ DIRECT_LINE_SECRET: 's3cret', DIRECT_LINE_BASE_URL: 'https://europe.directline.botframework.com' });
    expect(webChatModeFromConfig(config, publicBaseUrl, 'secret')).toMatchObject({ baseUrl: 'https://europe.directline.botframework.com' });
  });

  it('refuses a Direct Line address that is not http or https', () => {
    expect(() => loadConfig({ DIRECT_LINE_BASE_URL: 'ftp://directline.example' })).toThrow(/DIRECT_LINE_BASE_URL/);
  });
});
