import type { Next, Request, Response, Server } from 'restify';
import { ApiError, sendApiError } from './errors';

export interface BodyGuardOptions {
  /** The largest body any route accepts; each route still enforces its own, smaller cap as it reads. */
  maxBodyBytes: number;
}

/**
 * A server-wide first check on every request, before routing: a compressed body is refused (415), because
 * restify's body parser inflates gzip without counting the inflated bytes (a 256 KB gzip bomb becomes 256 MB in
 * memory), and a declared `Content-Length` above the largest cap any route accepts is refused (413) before a
 * byte of it is read. Routes that read their own bodies keep their own, tighter limits.
 *
 * @example
 * guardRequestBodies(server, { maxBodyBytes: config.MAX_CSV_BYTES });
 */
export function guardRequestBodies(server: Server, options: BodyGuardOptions): void {
  server.pre(function guardRequestBody(req: Request, res: Response, next: Next) {
    const encoding = (req.headers['content-encoding'] ?? '').trim().toLowerCase();
    if (encoding !== '' && encoding !== 'identity') {
      sendApiError(req, res, new ApiError(415, 'unsupported_content_encoding', `Content-Encoding "${encoding}" is not accepted; send the body uncompressed.`));
      return next(false);
    }
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > options.maxBodyBytes) {
      sendApiError(req, res, new ApiError(413, 'payload_too_large', 'The request body is larger than this server accepts.'));
      return next(false);
    }
    return next();
  });
}
