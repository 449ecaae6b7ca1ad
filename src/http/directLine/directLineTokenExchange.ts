import { z } from 'zod';
import type { DirectLineSessionSource } from './directLineSession';
import { randomUserId } from './randomUserId';

export interface DirectLineTokenExchangeOptions {
  /** The Direct Line channel secret. Server side only: it is sent to `baseUrl` and nowhere else. */
  secret: string;
  /** `https://directline.botframework.com`, a regional host, or a local stand-in in tests. */
  baseUrl: string;
  timeoutMs?: number;
}

/** The part of Direct Line's `tokens/generate` answer the page needs; anything else is dropped. */
const generatedTokenSchema = z.object({
  conversationId: z.string().min(1),
  token: z.string().min(1),
  expires_in: z.number().int().positive(),
});

/** Thrown when Direct Line cannot be reached or answers badly; the route turns it into a generic 502. */
export class DirectLineUnavailableError extends Error {
  override readonly name = 'DirectLineUnavailableError';
}

/**
 * Exchanges the Direct Line secret for a token bound to a fresh `dl_` user id, as the Azure Bot Service docs
 * prescribe for Web Chat embeds, so the secret never reaches a browser.
 *
 * @example
 * const startSession = createDirectLineTokenExchange({ secret, baseUrl: 'https://directline.botframework.com' });
 * const { token, conversationId, userId } = await startSession();
 */
export function createDirectLineTokenExchange(options: DirectLineTokenExchangeOptions): DirectLineSessionSource {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  return async () => {
    const userId = randomUserId();
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/v3/directline/tokens/generate`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${options.secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: { id: userId } }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new DirectLineUnavailableError('Direct Line could not be reached', { cause: error });
    }
    if (!response.ok) {
      throw new DirectLineUnavailableError(`Direct Line answered ${response.status} to tokens/generate`);
    }
    const parsed = generatedTokenSchema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) {
      throw new DirectLineUnavailableError('Direct Line answered tokens/generate without a token');
    }
    return {
      ...parsed.data,
      userId,
      directLine: { domain: `${baseUrl}/v3/directline`, webSocket: true },
    };
  };
}
