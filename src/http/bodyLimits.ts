import type { IncomingMessage } from 'node:http';
import { ApiError } from './errors';

/** Default caps on a request body: a JSON input is small; a year of transaction rows can be tens of megabytes. */
export const DEFAULT_MAX_JSON_BYTES = 1024 * 1024;
export const DEFAULT_MAX_CSV_BYTES = 25 * 1024 * 1024;

/** The request ended before its body did; there is nobody left to answer. */
export class ClientGoneError extends Error {
  constructor() {
    super('the client closed the connection before sending the whole body');
    this.name = 'ClientGoneError';
  }
}

function describeBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}

function payloadTooLarge(maxBytes: number, what: string): ApiError {
  return new ApiError(413, 'payload_too_large', `The ${what} body is larger than the ${describeBytes(maxBytes)} this server accepts.`);
}

/**
 * Compressed bodies are refused (415) rather than inflated: a few kilobytes of gzip can inflate to gigabytes, and
 * a 25 MB CSV is small enough to send as it is.
 *
 * @example
 * assertIdentityEncoding(req) // throws ApiError 415 for Content-Encoding: gzip
 */
export function assertIdentityEncoding(req: IncomingMessage): void {
  const encoding = (req.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity') {
    throw new ApiError(
      415,
      'unsupported_content_encoding',
      `Content-Encoding "${encoding}" is not accepted; send the body uncompressed.`,
    );
  }
}

/**
 * Reads a request body into memory, counting bytes as they arrive and refusing (413) as soon as the count passes
 * `maxBytes`: a declared Content-Length over the cap is refused before reading anything, and a chunked or
 * understated body stops being read at the cap. The caller's answer then closes the connection.
 *
 * @example
 * const body = await readBodyWithLimit(req, 1024 * 1024, 'JSON') // Buffer, or throws ApiError 413
 */
export function readBodyWithLimit(req: IncomingMessage, maxBytes: number, what: string): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.reject(payloadTooLarge(maxBytes, what));
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const cleanUp = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onGone);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        cleanUp();
        req.pause();
        chunks.length = 0;
        reject(payloadTooLarge(maxBytes, what));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanUp();
      resolve(Buffer.concat(chunks, received));
    };
    const onGone = () => {
      cleanUp();
      reject(new ClientGoneError());
    };
    const onClose = () => {
      if (!req.complete) onGone();
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onGone);
    req.on('close', onClose);
  });
}
