import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** A request the bench sends a child over IPC; `id` pairs it with the one reply. */
export interface ChildRequest {
  id: number;
  type: string;
  [field: string]: unknown;
}

/** What a child sends back: `listening` once, then one reply per request (`error` set when the handler threw). */
export type ChildMessage =
  | { type: 'listening'; url: string }
  | { type: 'reply'; id: number; result?: unknown; error?: string };

export interface BenchChild {
  /** The base URL the child's server listens on, e.g. `http://127.0.0.1:41234`. */
  url: string;
  process: ChildProcess;
  /** Sends one request and resolves with the child's answer. */
  request<T>(type: string, fields?: Record<string, unknown>): Promise<T>;
  /** Asks the child to close its server and exit, then waits for the exit (a CPU profile is written then). */
  stop(): Promise<void>;
}

export interface StartChildOptions {
  /** Script file name inside `dist/bench`, e.g. `botServer.js`. */
  script: string;
  args?: string[];
  /** Node flags: `--expose-gc` for memory readings, `--cpu-prof` for profiles. */
  execArgv?: string[];
  /** How long to wait for the `listening` message. */
  startTimeoutMs?: number;
}

/**
 * Forks one bench script in its own process, so the server under load never shares an event loop (or a JIT, or a
 * heap) with the load generator, and waits until it says where it listens.
 *
 * @example
 * const bot = await startChild({ script: 'botServer.js', args: ['--storage', 'memory'], execArgv: ['--expose-gc'] });
 * await bot.request('memoryUsage');
 * await bot.stop();
 */
export function startChild(options: StartChildOptions): Promise<BenchChild> {
  // restify 11 still reads process.binding('http_parser'); the warning says nothing about the bench.
  const execArgv = ['--no-deprecation', ...(options.execArgv ?? [])];
  const child = fork(join(__dirname, options.script), options.args ?? [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let nextId = 1;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  child.on('message', (message: ChildMessage) => {
    if (message.type !== 'reply') return;
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.error !== undefined) waiting?.reject(new Error(`${options.script}: ${message.error}`));
    else waiting?.resolve(message.result);
  });
  child.once('exit', (code, signal) => {
    for (const waiting of pending.values()) waiting.reject(new Error(`${options.script} exited (${code ?? signal}) before answering`));
    pending.clear();
  });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${options.script} did not start listening within ${options.startTimeoutMs ?? 30_000} ms`));
    }, options.startTimeoutMs ?? 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${options.script} exited with code ${code} before listening`));
    });
    child.on('message', (message: ChildMessage) => {
      if (message.type !== 'listening') return;
      clearTimeout(timer);
      resolve({
        url: message.url,
        process: child,
        request<T>(type: string, fields: Record<string, unknown> = {}): Promise<T> {
          const id = nextId++;
          return new Promise<T>((resolveReply, rejectReply) => {
            pending.set(id, { resolve: resolveReply as (value: unknown) => void, reject: rejectReply });
            child.send({ ...fields, id, type } satisfies ChildRequest);
          });
        },
        async stop() {
          if (child.exitCode === null && child.signalCode === null) {
            child.send({ id: 0, type: 'stop' } satisfies ChildRequest);
            const killTimer = setTimeout(() => child.kill('SIGKILL'), 15_000);
            await exited;
            clearTimeout(killTimer);
          }
        },
      });
    });
  });
}
