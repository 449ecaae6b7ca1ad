import { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { ServiceClientCredentials } from 'botframework-connector';

type SignedRequest = Parameters<ServiceClientCredentials['signRequest']>[0];

/**
 * Local mode (no app id) has no Microsoft token for replies; instead the bot's connector client presents the
 * built-in Direct Line's per-process secret on its replies, through botframework-connector's documented
 * credentials factory, so the SDK's pipeline and the direct reply post both sign with it. Inbound requests stay
 * unauthenticated, as local mode always is, so an activity may name any `serviceUrl`: the secret goes only to
 * the built-in Direct Line's own origin, and a reply bound anywhere else is sent without credentials.
 *
 * @example
 * createAdapter({ ...settings, credentialsFactory: new LocalReplyCredentialsFactory(secret, () => 'http://127.0.0.1:3978') });
 */
export class LocalReplyCredentialsFactory extends ServiceClientCredentialsFactory {
  constructor(
    private readonly secret: string,
    /** The built-in Direct Line's base URL (undefined before the server listens: then nothing is signed). */
    private readonly directLineOrigin: () => string | undefined,
  ) {
    super();
  }

  async isValidAppId(appId: string): Promise<boolean> {
    return !appId;
  }

  async isAuthenticationDisabled(): Promise<boolean> {
    return true;
  }

  async createCredentials(): Promise<ServiceClientCredentials> {
    const { secret, directLineOrigin } = this;
    return {
      async signRequest(request: SignedRequest): Promise<SignedRequest> {
        if (isSameOrigin(request.url, directLineOrigin())) request.headers.set('authorization', `Bearer ${secret}`);
        return request;
      },
    };
  }
}

function isSameOrigin(url: string, expected: string | undefined): boolean {
  if (expected === undefined || !URL.canParse(url) || !URL.canParse(expected)) return false;
  return new URL(url).origin === new URL(expected).origin;
}
