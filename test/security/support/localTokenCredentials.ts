import { AppCredentials, MicrosoftAppCredentials, PasswordServiceClientCredentialFactory } from 'botframework-connector';

/**
 * Client-credential tokens from a plain OAuth 2.0 token endpoint. botbuilder's own credentials go through MSAL,
 * which refuses any authority that is not https and first asks login.microsoftonline.com whether the authority is
 * known: neither can be stood in on loopback. So tests swap only this last step; botbuilder still decides when a
 * token is needed, which login URL and scope to use, caches it and signs each outgoing request with it.
 */
class LocalTokenCredentials extends AppCredentials {
  constructor(
    appId: string,
    private readonly password: string,
    private readonly tokenUrl: string,
    scope: string,
  ) {
    super(appId, undefined, scope);
  }

  protected override async refreshToken() {
    const response = await fetch(this.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: this.appId, client_secret: this.password, scope: `${this.oAuthScope}/.default` }),
    });
    if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
    const token = (await response.json()) as { access_token: string; expires_in: number };
    return { accessToken: token.access_token, expiresOn: new Date(Date.now() + token.expires_in * 1000) };
  }
}

/** botbuilder's password credentials factory, fetching tokens from `${ToChannelFromBotLoginUrl}/oauth2/v2.0/token`. */
export class LocalTokenCredentialsFactory extends PasswordServiceClientCredentialFactory {
  override async createCredentials(appId: string, audience: string, loginEndpoint: string): Promise<AppCredentials> {
    if (await this.isAuthenticationDisabled()) return MicrosoftAppCredentials.Empty;
    if (!(await this.isValidAppId(appId))) throw new Error('Invalid appId.');
    return new LocalTokenCredentials(appId, this.password ?? '', `${loginEndpoint}/oauth2/v2.0/token`, audience);
  }
}
