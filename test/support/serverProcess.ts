import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { resolve } from 'node:path';

const HOST = '127.0.0.1';
const ENTRY_POINT = resolve(__dirname, '../../src/index.ts');
const REPO_ROOT = resolve(__dirname, '../..');
const READY_WITHIN_MS = 20_000;

/** How a server process ended. */
export interface ServerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The real bot server (`src/index.ts`) running in its own process on 127.0.0.1. */
export interface ServerProcess {
  readonly port: number;
  readonly baseUrl: string;
  readonly pid: number;
  /** Resolves once the process has exited, however it ended. */
  readonly exited: Promise<ServerExit>;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Sends `signal` (SIGKILL by default) and resolves once the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<ServerExit>;
}

/**
 * A port the OS just considered free on 127.0.0.1. The server cannot report the port it picked for PORT=0 to its
 * parent, so the test picks one and hands it over; a restart reuses it, as a real restart would.
 *
 * @example
 * const port = await findFreePort();
 */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = (probe.address() as AddressInfo);
      probe.close(() => resolvePort(port));
    });
  });
}

// The child runs the TypeScript entry point through tsx (nothing is built at test time) and exits on its own once
// its parent is gone, so a test worker that is killed rather than finishing leaves no server behind.
const EXIT_WITH_PARENT = [
  'const parent = process.ppid;',
  'setInterval(() => { if (process.ppid !== parent) process.exit(0); }, 500).unref();',
  'require(process.argv[1]);',
].join(' ');

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function isHealthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(1_000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts `src/index.ts` in a child process with the given settings (merged over a quiet local-mode default) and
 * resolves once `GET /health` answers. `port` defaults to a fresh free port; pass the old one to restart "the same"
 * server.
 *
 * @example
 * const server = await startServerProcess({ STORAGE: 'sqlite', DATA_DIR: dataDir });
 * await fetch(`${server.baseUrl}/health`);
 * await server.kill('SIGKILL');
 */
export async function startServerProcess(settings: Record<string, string>, port?: number): Promise<ServerProcess> {
  const chosenPort = port ?? (await findFreePort());
  const baseUrl = `http://${HOST}:${chosenPort}`;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', '-e', EXIT_WITH_PARENT, ENTRY_POINT], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      HOST,
      PORT: String(chosenPort),
      LOG_LEVEL: 'warn',
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
      NODE_NO_WARNINGS: '1',
      ...settings,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-200_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<ServerExit>((done) => child.once('exit', (code, signal) => done({ code, signal })));
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));

  let running = true;
  void exited.then(() => {
    running = false;
  });
  const giveUpAt = Date.now() + READY_WITHIN_MS;
  while (!(await isHealthy(baseUrl))) {
    if (!running || Date.now() > giveUpAt) {
      child.kill('SIGKILL');
      await exited;
      throw new Error(`The server did not start on ${baseUrl}:\n${output}`);
    }
    await pause(50);
  }

  return {
    port: chosenPort,
    baseUrl,
    pid: child.pid!,
    exited,
    output: () => output,
    async kill(signal: NodeJS.Signals = 'SIGKILL') {
      if (running) child.kill(signal);
      return exited;
    },
  };
}
