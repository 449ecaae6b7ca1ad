import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

export interface StartTiming {
  runsMs: number[];
  medianMs: number;
  minMs: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** One GET /health without keep-alive, so no pooled socket delays the server's shutdown; false until it answers 200. */
function healthAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const request = get({ host: '127.0.0.1', port, path: '/health', agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.once('error', () => resolve(false));
  });
}

/**
 * Spawn-to-listening time of the production entry point, `node dist/src/index.js` with `STORAGE=memory` on a free
 * port: from `spawn()` until `GET /health` first answers 200, polled every 2 ms. A clean environment, so a
 * developer's own settings never change the figure. `nodeFlags` (e.g. `--cpu-prof`) go before the script.
 *
 * @example
 * (await measureStartToListening('/repo', 5)).medianMs // e.g. 420
 */
export async function measureStartToListening(repoRoot: string, runs: number, nodeFlags: readonly string[] = []): Promise<StartTiming> {
  const runsMs: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const port = await freePort();
    const started = performance.now();
    const child = spawn(process.execPath, [...nodeFlags, join(repoRoot, 'dist/src/index.js')], {
      cwd: repoRoot,
      env: { STORAGE: 'memory', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    let listening = false;
    while (!listening) {
      if (child.exitCode !== null) throw new Error(`dist/src/index.js exited with code ${child.exitCode} before listening`);
      if (performance.now() - started > 30_000) throw new Error('dist/src/index.js did not answer /health within 30 s');
      listening = await healthAnswers(port);
      if (!listening) await sleep(2);
    }
    runsMs.push(performance.now() - started);
    child.kill('SIGTERM');
    await exited;
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { runsMs, medianMs: sorted[Math.floor(sorted.length / 2)]!, minMs: sorted[0]! };
}
