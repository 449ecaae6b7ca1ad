import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';

const APP_ID = '7f3c2a1e-0c4b-4d8e-9a55-3c1d2e4f6a7b';
const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';

describe('the bot identity kind (MicrosoftAppType)', () => {
  it('defaults to SingleTenant, since Azure no longer creates MultiTenant bots', () => {
    const config = loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: TENANT_ID });
    expect(config.MicrosoftAppType).toBe('SingleTenant');
  });

  it('is SingleTenant when set empty, as .env.example leaves it', () => {
    expect(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: TENANT_ID, MicrosoftAppType: '' }).MicrosoftAppType).toBe('SingleTenant');
  });

  it('SingleTenant without a tenant id stops start-up with one line naming MicrosoftAppTenantId', () => {
    let message = '';
    try {
      loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Invalid configuration: MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant \(the default\)/);
    expect(message).toContain('UserAssignedMSI');
    expect(message).not.toContain('\n');
  });

  it('SingleTenant without a password names MicrosoftAppPassword', () => {
    expect(() => loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppTenantId: TENANT_ID })).toThrow(/MicrosoftAppPassword is required when MicrosoftAppType is SingleTenant/);
  });

  it('UserAssignedMSI takes the identity client id and tenant with no password', () => {
    const config = loadConfig({ MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppId: APP_ID, MicrosoftAppTenantId: TENANT_ID });
    expect(config).toMatchObject({ MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppId: APP_ID, MicrosoftAppPassword: '' });
  });

  it('UserAssignedMSI with a password is refused: a managed identity has none', () => {
    expect(() => loadConfig({ MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppId: APP_ID, MicrosoftAppTenantId: TENANT_ID, MicrosoftAppPassword: 'secret' })).toThrow(
      /MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI/,
    );
  });

  it('UserAssignedMSI without a tenant id names MicrosoftAppTenantId', () => {
    expect(() => loadConfig({ MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppId: APP_ID })).toThrow(/MicrosoftAppTenantId is required when MicrosoftAppType is UserAssignedMSI/);
  });

  it('MultiTenant still works for a registration that already has it, named explicitly, with no tenant id', () => {
    expect(loadConfig({ MicrosoftAppType: 'MultiTenant', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret' }).MicrosoftAppType).toBe('MultiTenant');
  });

  it('an unknown kind is named with the accepted ones', () => {
    expect(() => loadConfig({ MicrosoftAppType: 'Multitenant', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret' })).toThrow(/^Invalid configuration: MicrosoftAppType: .*SingleTenant/);
  });

  it('asks for nothing in local mode (no app id)', () => {
    expect(loadConfig({}).MicrosoftAppId).toBe('');
  });
});

describe('defaults on Azure App Service (WEBSITE_SITE_NAME set)', () => {
  const appService = { WEBSITE_SITE_NAME: 'cosell-bot', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppId: APP_ID, MicrosoftAppTenantId: TENANT_ID };

  it('listen on every interface once an app id turns authentication on', () => {
    expect(loadConfig(appService).HOST).toBe('0.0.0.0');
  });

  it('keep loopback without an app id, so an unauthenticated bot is never exposed by default', () => {
    expect(loadConfig({ WEBSITE_SITE_NAME: 'cosell-bot' }).HOST).toBe('127.0.0.1');
  });

  it('keep SQLite under /home/data, the share that survives restarts', () => {
    expect(loadConfig(appService).DATA_DIR).toBe('/home/data');
  });

  it('give way to explicit settings', () => {
    expect(loadConfig({ ...appService, HOST: '127.0.0.1', DATA_DIR: '/home/site/state' })).toMatchObject({ HOST: '127.0.0.1', DATA_DIR: '/home/site/state' });
  });

  it('do not apply off App Service', () => {
    expect(loadConfig({ MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppId: APP_ID, MicrosoftAppTenantId: TENANT_ID })).toMatchObject({ HOST: '127.0.0.1', DATA_DIR: './data' });
  });
});
