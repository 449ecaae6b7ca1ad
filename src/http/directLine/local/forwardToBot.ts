/**
 * Delivers one activity to the bot the way the Bot Connector service does: an HTTP POST of the activity JSON to
 * the bot's messaging endpoint. Local mode has no app id, so no Authorization header is sent and the bot's
 * `CloudAdapter` (configured without credentials) accepts it.
 *
 * @example
 * const delivered = await forwardToBot('http://127.0.0.1:3978', activity); // true when the bot answered 2xx
 */
export async function forwardToBot(botUrl: string, activity: Record<string, unknown>, timeoutMs = 15_000): Promise<boolean> {
  const response = await fetch(`${botUrl.replace(/\/+$/, '')}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
    signal: AbortSignal.timeout(timeoutMs),
  });
  // The body (empty, or an invoke response) is not ours to use; read it so the socket is released.
  await response.arrayBuffer().catch(() => undefined);
  return response.ok;
}
