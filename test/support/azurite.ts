import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Azurite's well-known development account (public, documented by Microsoft; not a secret). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const AZURITE_BLOB = resolve(__dirname, '../../node_modules/azurite/dist/src/blob/main.js');
const HOST = '127.0.0.1';
const READY_WITHIN_MS = 20_000;
const STOP_WITHIN_MS = 5_000;

/** A local Azurite blob server: stop and start it again (same port, same data) to stage an outage. */
export interface Azurite {
  readonly port: number;
  readonly connectionString: string;
  /** Starts the server and resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops the server gracefully (Azurite saves its data) and resolves once the process has exited. */
  stop(): Promise<void>;
  /** Stops the server and deletes its data. */
  dispose(): Promise<void>;
}

// Listening on port 0 and closing hands back a port the OS just considered free; Azurite's own --blobPort 0 does
// not report the port it chose reliably.
function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolvePort(port));
    });
  });
}

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((answer) => {
    const socket = createConnection({ port, host: HOST });
    socket.once('connect', () => {
      socket.destroy();
      answer(true);
    });
    socket.once('error', () => answer(false));
  });
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

// Runs Azurite's own entry point (argv[1]) in a process that exits once its parent is gone: a test worker that is
// killed, rather than finishing, must not leave an emulator running.
const EXIT_WITH_PARENT = [
  'const parent = process.ppid;',
  'setInterval(() => { if (process.ppid !== parent) process.exit(0); }, 500).unref();',
  'require(process.argv[1]);',
].join(' ');

/**
 * Prepares an Azurite blob server on a free 127.0.0.1 port with a fresh temporary workspace, not yet started.
 *
 * @example
 * const azurite = await createAzurite();
 * await azurite.start();
 * const storage = new RecoveringBlobsStorage({ connectionString: azurite.connectionString, container: 'bot-state' });
 * await azurite.dispose();
 */
export async function createAzurite(): Promise<Azurite> {
  const port = await findFreePort();
  const location = await mkdtemp(join(tmpdir(), 'azurite-'));
  let child: ChildProcess | undefined;
  let output = '';
  const killOnExit = () => child?.kill('SIGKILL');

  const stop = async (): Promise<void> => {
    const running = child;
    child = undefined;
    process.off('exit', killOnExit);
    if (!running || running.exitCode !== null || running.signalCode !== null) {
      return;
    }
    const exited = new Promise((done) => running.once('exit', done));
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), STOP_WITHIN_MS);
    await exited;
    clearTimeout(timer);
  };

  const start = async (): Promise<void> => {
    if (child) {
      return;
    }
    output = '';
    const started = spawn(
      process.execPath,
      ['-e', EXIT_WITH_PARENT, AZURITE_BLOB, '--blobHost', HOST, '--blobPort', String(port), '--location', location,
        '--skipApiVersionCheck', '--disableTelemetry', '--loose', '--silent'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = started;
    process.on('exit', killOnExit);
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4_000);
    };
    started.stdout?.on('data', keep);
    started.stderr?.on('data', keep);
    const giveUpAt = Date.now() + READY_WITHIN_MS;
    while (!(await acceptsConnections(port))) {
      if (started.exitCode !== null || started.signalCode !== null || Date.now() > giveUpAt) {
        await stop();
        throw new Error(`Azurite did not start on ${HOST}:${port}:\n${output}`);
      }
      await pause(50);
    }
  };

  return {
    port,
    connectionString:
      `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_ACCOUNT_KEY};` +
      `BlobEndpoint=http://${HOST}:${port}/${DEV_ACCOUNT};`,
    start,
    stop,
    dispose: async () => {
      await stop();
      await rm(location, { recursive: true, force: true });
    },
  };
}

/**
 * Starts an Azurite blob server and resolves once it accepts connections.
 *
 * @example
 * const azurite = await startAzurite();
 * afterAll(() => azurite.dispose());
 */
export async function startAzurite(): Promise<Azurite> {
  const azurite = await createAzurite();
  await azurite.start();
  return azurite;
}
