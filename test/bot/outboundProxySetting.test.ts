import { describe, expect, it } from 'vitest';
import { loadConfig, outboundProxyConfigured } from '../../src/config';

describe('the outbound proxy setting', () => {
  it('is off with no proxy variable, or with blank ones', () => {
    expect(outboundProxyConfigured(loadConfig({}))).toBe(false);
    expect(outboundProxyConfigured(loadConfig({ HTTPS_PROXY: '  ', http_proxy: '' }))).toBe(false);
  });

  it.each(['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'])('is on when %s names a proxy, as the Azure SDK reads it', (name) => {
    expect(outboundProxyConfigured(loadConfig({ [name]: 'http://proxy.contoso.example:8080' }))).toBe(true);
  });
});
