import {
  AuthenticationConstants,
  BotFrameworkAuthentication,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';

/** What the wrapper built because nothing reusable was cached: one event per new client, none per reuse. */
export type BotFrameworkClientCreated =
  | { client: 'connector'; appId: string | null; serviceUrl: string; audience: string | null }
  | { client: 'userToken'; appId: string | null };

export interface CachingBotFrameworkAuthenticationOptions {
  /** Service URLs remembered per app id; Teams uses a handful per region, so 100 only bounds a misbehaving channel. */
  maxServiceUrls?: number;
  /** App ids remembered (connector factories and user token clients each); a bot has one, skills add their callers. */
  maxAppIds?: number;
  /** Told about every client built; `createAdapter` logs it at debug level, tests count it. */
  onClientCreated?: (event: BotFrameworkClientCreated) => void;
}

const DEFAULT_MAX_SERVICE_URLS = 100;
const DEFAULT_MAX_APP_IDS = 16;

/** A Map in insertion order, re-inserted on every hit, so the first key is always the least recently used. */
class LeastRecentlyUsed<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  getOrCreate(key: string, create: () => V): V {
    const found = this.entries.get(key);
    if (found !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const created = create();
    this.entries.set(key, created);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return created;
  }

  /** Drops `key` only while it still holds `value`: a later, good entry under the same key stays. */
  forget(key: string, value: V): void {
    if (this.entries.get(key) === value) this.entries.delete(key);
  }
}

/**
 * Remembers the pending creation itself, so turns that start together share one client. A creation that fails
 * (a refused app id, a credentials error) is forgotten, so the next turn tries again instead of failing forever.
 */
function rememberPromise<V>(cache: LeastRecentlyUsed<Promise<V>>, key: string, create: () => Promise<V>): Promise<V> {
  return cache.getOrCreate(key, () => {
    const pending = create();
    pending.catch(() => cache.forget(key, pending));
    return pending;
  });
}

/**
 * The app id botbuilder builds a factory for is the `aud` claim, else `appid`
 * (`ParameterizedBotFrameworkAuthentication`'s `getAppId`). Keying on both claims is at least as fine as that, so
 * two identities that share a cache entry always get the same app id, and so the same credentials.
 */
function identityKey(claimsIdentity: ClaimsIdentity): { key: string; appId: string | null } {
  const audience = claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim);
  const appIdClaim = claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim);
  return { key: JSON.stringify([audience, appIdClaim]), appId: audience ?? appIdClaim };
}

/**
 * One app id's connector factory, handing out the same `ConnectorClient` per (service URL, audience). The client
 * holds the credentials object, whose token is cached and refreshed before expiry on every request it signs, and
 * an HTTP pipeline that keeps no state between requests: sharing it across turns and conversations is safe.
 */
class CachingConnectorFactory extends ConnectorFactory {
  private readonly clients: LeastRecentlyUsed<Promise<ConnectorClient>>;

  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string | null,
    maxServiceUrls: number,
    private readonly onClientCreated: (event: BotFrameworkClientCreated) => void,
  ) {
    super();
    this.clients = new LeastRecentlyUsed(maxServiceUrls);
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return rememberPromise(this.clients, JSON.stringify([serviceUrl, audience ?? null]), () => {
      this.onClientCreated({ client: 'connector', appId: this.appId, serviceUrl, audience: audience ?? null });
      return this.inner.create(serviceUrl, audience);
    });
  }
}

/**
 * botbuilder's `CloudAdapter` asks its authentication for a new connector factory, `ConnectorClient` and
 * `UserTokenClient` on every turn, even when no reply is posted (expectReplies); each builds credentials (an MSAL
 * client application) and an `@azure/core-client` pipeline, a tenth or more of a turn's CPU. This wrapper delegates
 * everything to the real authentication, so every request is still authenticated, but reuses what those calls
 * build: one connector factory and one user token client per app id, one connector client per (service URL,
 * audience) of that app id, all bounded least-recently-used. Nothing is ever shared between app ids.
 *
 * The user token client is safe to share: botbuilder's `UserTokenClientImpl` keeps only its app id and a
 * `TokenApiClient`, and every call names its user, connection and channel.
 *
 * Factories from `authenticateRequest` and `createConnectorFactory` share one cache: botbuilder builds both from the
 * same app id and settings, so the first one built for an app id serves both.
 *
 * @example
 * const auth = new CachingBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication(settings));
 * const adapter = new CloudAdapter(auth);
 */
export class CachingBotFrameworkAuthentication extends BotFrameworkAuthentication {
  private readonly factories: LeastRecentlyUsed<CachingConnectorFactory>;
  private readonly userTokenClients: LeastRecentlyUsed<Promise<UserTokenClient>>;
  private readonly maxServiceUrls: number;
  private readonly onClientCreated: (event: BotFrameworkClientCreated) => void;

  constructor(
    private readonly inner: BotFrameworkAuthentication,
    options: CachingBotFrameworkAuthenticationOptions = {},
  ) {
    super();
    const maxAppIds = options.maxAppIds ?? DEFAULT_MAX_APP_IDS;
    this.factories = new LeastRecentlyUsed(maxAppIds);
    this.userTokenClients = new LeastRecentlyUsed(maxAppIds);
    this.maxServiceUrls = options.maxServiceUrls ?? DEFAULT_MAX_SERVICE_URLS;
    this.onClientCreated = options.onClientCreated ?? (() => undefined);
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.inner.authenticateRequest(activity, authHeader);
    const fresh = result.connectorFactory;
    if (!fresh) return result;
    return { ...result, connectorFactory: this.factoryFor(result.claimsIdentity, () => fresh) };
  }

  override authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    // The streaming path gets its connector factory from the adapter (it replies over the socket), not from here.
    return this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.factoryFor(claimsIdentity, () => this.inner.createConnectorFactory(claimsIdentity));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const { key, appId } = identityKey(claimsIdentity);
    return rememberPromise(this.userTokenClients, key, () => {
      this.onClientCreated({ client: 'userToken', appId });
      return this.inner.createUserTokenClient(claimsIdentity);
    });
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private factoryFor(claimsIdentity: ClaimsIdentity, innerFactory: () => ConnectorFactory): CachingConnectorFactory {
    const { key, appId } = identityKey(claimsIdentity);
    return this.factories.getOrCreate(key, () => new CachingConnectorFactory(innerFactory(), appId, this.maxServiceUrls, this.onClientCreated));
  }
}
