import { request, type Agent } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One HTTP request with node:http, resolving with the answer even when the server answers early and cuts the
 * upload short (a 413 before a 10 MB body is sent): `fetch` reports that as a network error instead.
 *
 * @example
 * const answer = await rawRequest(`${baseUrl}/api/evaluate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
 */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer | string | Iterable<Buffer>; agent?: Agent },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'POST', headers: options.headers, agent: options.agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    let answered = false;
    req.on('response', () => (answered = true));
    // A server that answers before reading the body closes the socket under the upload; the answer still counts.
    req.on('error', (error) => (answered ? undefined : reject(error)));
    if (options.body === undefined || typeof options.body === 'string' || Buffer.isBuffer(options.body)) {
      req.end(options.body);
      return;
    }
    const chunks = options.body[Symbol.iterator]();
    const writeNext = (): void => {
      while (!answered && !req.destroyed) {
        const next = chunks.next();
        if (next.done) {
          req.end();
          return;
        }
        if (!req.write(next.value)) {
          req.once('drain', writeNext);
          return;
        }
      }
    };
    writeNext();
  });
}
