import { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { ServiceClientCredentials } from 'botframework-connector';

type SignedRequest = Parameters<ServiceClientCredentials['signRequest']>[0];

/**
 * Local mode (no app id) has no Microsoft token for replies; instead the bot's connector client presents the
 * built-in Direct Line's per-process secret on every reply, through botframework-connector's documented
 * credentials factory, so the SDK's pipeline and the direct reply post both sign with it. Inbound requests stay
 * unauthenticated, as local mode always is.
 *
 * @example
 * createAdapter({ ...settings, credentialsFactory: new LocalReplyCredentialsFactory(secret) });
 */
export class LocalReplyCredentialsFactory extends ServiceClientCredentialsFactory {
  constructor(private readonly secret: string) {
    super();
  }

  async isValidAppId(appId: string): Promise<boolean> {
    return !appId;
  }

  async isAuthenticationDisabled(): Promise<boolean> {
    return true;
  }

  async createCredentials(): Promise<ServiceClientCredentials> {
    const secret = this.secret;
    return {
      async signRequest(request: SignedRequest): Promise<SignedRequest> {
        request.headers.set('authorization', `Bearer ${secret}`);
        return request;
      },
    };
  }
}
