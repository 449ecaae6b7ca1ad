import type { ChildMessage, ChildRequest } from './childProcess';

export type RequestHandlers = Record<string, (request: ChildRequest) => unknown>;

export interface ChildServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The child's half of {@link startChild}: starts the server, tells the parent where it listens, answers its
 * requests, and exits cleanly on `stop` (or when the parent goes away, so no server outlives the bench).
 *
 * @example
 * void runAsChild(async () => ({ url: await app.listen(0, '127.0.0.1'), close: () => app.close() }), {
 *   memoryUsage: () => process.memoryUsage(),
 * });
 */
export async function runAsChild(start: () => Promise<ChildServer>, handlers: RequestHandlers = {}): Promise<void> {
  const send = (message: ChildMessage) => process.send?.(message);
  const server = await start();
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // A keep-alive socket the load generator left open must not hold the exit (and the profile) hostage.
    await Promise.race([server.close(), new Promise((resolve) => setTimeout(resolve, 2000))]);
    // process.exit (not a signal) so `--cpu-prof` writes its profile.
    process.exit(0);
  };
  process.on('disconnect', () => void stop());
  process.on('message', (request: ChildRequest) => {
    if (request.type === 'stop') {
      void stop();
      return;
    }
    const handler = handlers[request.type];
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`no handler for ${request.type}`);
        return handler(request);
      })
      .then(
        (result) => send({ type: 'reply', id: request.id, result }),
        (error: unknown) => send({ type: 'reply', id: request.id, error: error instanceof Error ? error.message : String(error) }),
      );
  });
  send({ type: 'listening', url: server.url });
}
