import type { IncomingMessage } from 'node:http';
import { ApiError } from './errors';

/** How a request body is read: as JSON or as CSV. */
export type BodyKind = 'json' | 'csv';

/**
 * The body's media type decides how it is read: JSON (`application/json` or any `application/*+json`) or CSV
 * (`text/csv`, `application/csv`). Anything else is a 415 ending in `whatToSend`, the route's own advice on what
 * to send; a charset other than UTF-8 would be decoded wrongly, so it is a 415 too.
 *
 * @example
 * bodyKind(req, 'send application/json (the evaluator\'s input) or text/csv (transactions)') // 'csv' for Content-Type: text/csv; charset=utf-8
 */
export function bodyKind(req: IncomingMessage, whatToSend: string): BodyKind {
  const header = req.headers['content-type'] ?? '';
  const [mediaType = '', ...parameters] = header.split(';').map((part) => part.trim().toLowerCase());
  const kind: BodyKind | undefined =
    mediaType === 'application/json' || (mediaType.startsWith('application/') && mediaType.endsWith('+json'))
      ? 'json'
      : mediaType === 'text/csv' || mediaType === 'application/csv'
        ? 'csv'
        : undefined;
  if (!kind) {
    const given = mediaType ? `Content-Type ${mediaType} is not accepted` : 'The request has no Content-Type';
    throw new ApiError(415, 'unsupported_media_type', `${given}; ${whatToSend}.`);
  }
  const charset = parameters.find((parameter) => parameter.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (charset && charset !== 'utf-8' && charset !== 'utf8' && charset !== 'us-ascii') {
    throw new ApiError(415, 'unsupported_media_type', `charset ${charset} is not accepted; send the body as UTF-8.`);
  }
  return kind;
}
