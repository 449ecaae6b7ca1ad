import { startChild } from './childProcess';

export interface BadCsvReading {
  /** What each line of the body held after the header. */
  rowShape: string;
  bytes: number;
  status: number;
  responseBytes: number;
  totalMs: number;
  /** The server process's peak resident memory, idle before and at the end. */
  idlePeakRssMb: number;
  peakRssMb: number;
  /** The longest wait for `GET /health` while the CSV was read: how long chat turns could be held up. */
  slowestHealthMs: number;
  healthChecks: number;
}

const HEADER = 'date,customerId,amountUsd,netNew\n';

/**
 * Posts a 25 MB CSV of bad rows (the body limit) to `POST /api/evaluate` on a fresh server process and reads the
 * process's peak RSS and how long `/health` waited meanwhile. The December review saw 3 minutes of hung health
 * checks, then "heap out of memory", for `a` lines; 31 s and 2.5 GB for `x,,=1,maybe` lines.
 *
 * @example
 * const reading = await measureBadCsv('a');
 */
export async function measureBadCsv(line: string, bytes = 25 * 1024 * 1024): Promise<BadCsvReading> {
  const server = await startChild({ script: 'botServer.js', args: ['--storage', 'memory'] });
  try {
    const idlePeak = await server.request<number>('peakRss');
    const rowBytes = line.length + 1;
    const body = Buffer.from(HEADER + `${line}\n`.repeat(Math.floor((bytes - HEADER.length) / rowBytes)));
    let done = false;
    let slowestHealthMs = 0;
    let healthChecks = 0;
    const probe = (async () => {
      while (!done) {
        const started = performance.now();
        await fetch(`${server.url}/health`).then((response) => response.arrayBuffer());
        slowestHealthMs = Math.max(slowestHealthMs, performance.now() - started);
        healthChecks += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const started = performance.now();
    const response = await fetch(`${server.url}/api/evaluate?asOf=2026-11-26&azureIpCoSellEligible=true`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body,
    });
    const responseBytes = (await response.arrayBuffer()).byteLength;
    const totalMs = performance.now() - started;
    done = true;
    await probe;
    const peak = await server.request<number>('peakRss');
    return {
      rowShape: line,
      bytes: body.length,
      status: response.status,
      responseBytes,
      totalMs: Math.round(totalMs),
      idlePeakRssMb: Math.round(idlePeak / 1048576),
      peakRssMb: Math.round(peak / 1048576),
      slowestHealthMs: Math.round(slowestHealthMs),
      healthChecks,
    };
  } finally {
    await server.stop();
  }
}

if (require.main === module) {
  void (async () => {
    for (const line of process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['a', 'x,,=1,maybe']) console.log(JSON.stringify(await measureBadCsv(line)));
  })();
}
