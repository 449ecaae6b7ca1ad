import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';

export interface UploadLimits {
  maxFileBytes: number;
  maxFiles: number;
  /** All files of one upload together; the activity part is capped on its own. */
  maxTotalBytes: number;
  maxActivityBytes: number;
}

const MIB = 1024 * 1024;

/** A partner attaches a transactions CSV or two; a year of rows for a small ISV is well under a megabyte. */
export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  maxFileBytes: 5 * MIB,
  maxFiles: 3,
  maxTotalBytes: 6 * MIB,
  maxActivityBytes: 256 * 1024,
};

/** Room for the multipart boundaries and part headers around the files and the activity. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
const MAX_NAME_LENGTH = 255;

export interface UploadedFile {
  /** The file name the browser sent, without any path, or `attachment-<n>` when it sent none. */
  name: string;
  /** The part's media type, or `application/octet-stream` when it named none or an odd one. */
  contentType: string;
  bytes: Buffer;
}

export interface UploadForm {
  /** The `activity` part as parsed JSON, or undefined when the form had none. */
  activity: unknown;
  /** Every other part, in the order sent. */
  files: UploadedFile[];
}

/** A form the endpoint will not take; `message` is fit to show a person, and says nothing of the internals. */
export class UploadRefused extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UploadRefused';
  }
}

function tooLarge(limits: UploadLimits): UploadRefused {
  const mb = (bytes: number) => `${Math.round((bytes / MIB) * 10) / 10} MB`;
  return new UploadRefused(
    413,
    'PayloadTooLarge',
    `The upload is too large: send at most ${limits.maxFiles} files, up to ${mb(limits.maxFileBytes)} each and ${mb(limits.maxTotalBytes)} in all.`,
  );
}

/** Control characters would corrupt headers and logs; a name is a label, so anything else is kept as sent. */
function cleanFileName(filename: string | undefined, position: number): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = (filename ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, MAX_NAME_LENGTH);
  return cleaned === '' ? `attachment-${position}` : cleaned;
}

function cleanContentType(mimeType: string | undefined): string {
  const type = (mimeType ?? '').trim().toLowerCase();
  return /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/.test(type) ? type : 'application/octet-stream';
}

/**
 * Reads a Direct Line upload (`multipart/form-data`: one `activity` part holding the activity JSON, one part per
 * file) into memory, refusing it as soon as a cap is passed: a declared length over the caps before anything is
 * read, a file over `maxFileBytes`, more than `maxFiles` files, or files over `maxTotalBytes` together. DirectLineJS
 * sends the activity as a Blob, which browsers frame as a file named `blob`; a plain field is taken too.
 *
 * On refusal the rest of the body is left unread; the caller decides whether to drain it before answering.
 *
 * @example
 * const { activity, files } = await readUploadForm(req); // or throws UploadRefused (400, 413 or 415)
 */
export function readUploadForm(req: IncomingMessage, limits: UploadLimits = DEFAULT_UPLOAD_LIMITS): Promise<UploadForm> {
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity') {
    // A few kilobytes of gzip can inflate to gigabytes; files are small enough to send as they are.
    return Promise.reject(new UploadRefused(415, 'UnsupportedMediaType', 'Send the upload uncompressed.'));
  }
  if (!/^multipart\/form-data\s*;/i.test(req.headers['content-type'] ?? '')) {
    return Promise.reject(new UploadRefused(415, 'UnsupportedMediaType', 'An upload must be sent as multipart/form-data.'));
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxTotalBytes + limits.maxActivityBytes + MULTIPART_OVERHEAD_BYTES) {
    return Promise.reject(tooLarge(limits));
  }

  return new Promise<UploadForm>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // Browsers write file names as raw UTF-8 in the part header.
        defParamCharset: 'utf8',
        limits: {
          fileSize: limits.maxFileBytes,
          // The activity may arrive as a file part too; the file count itself is checked below.
          files: limits.maxFiles + 1,
          fields: 1,
          fieldSize: limits.maxActivityBytes,
          parts: limits.maxFiles + 2,
        },
      });
    } catch {
      reject(new UploadRefused(400, 'BadArgument', 'The upload is not a well-formed multipart form.'));
      return;
    }

    let settled = false;
    let activityPartSeen = false;
    let activityText: string | undefined;
    let fileCount = 0;
    let totalBytes = 0;
    const files: (UploadedFile | undefined)[] = [];

    const refuse = (refusal: UploadRefused): void => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      req.off('close', onRequestClosed);
      reject(refusal);
    };
    const onRequestClosed = (): void => {
      if (!req.complete) refuse(new UploadRefused(400, 'BadArgument', 'The upload was cut short.'));
    };

    /** Whether this part is the activity; a second activity part makes the whole form ambiguous. */
    const isActivityPart = (name: string): boolean => {
      if (name !== 'activity') return false;
      if (activityPartSeen) refuse(new UploadRefused(400, 'BadArgument', 'The upload has more than one activity part.'));
      activityPartSeen = true;
      return true;
    };
    const readActivity = (text: string, truncated: boolean): void => {
      if (truncated) return refuse(tooLarge(limits));
      activityText = text;
    };

    parser.on('file', (name, stream, info) => {
      // A part destroyed by a refusal reports it as an error; that refusal has already been answered.
      stream.on('error', () => undefined);
      if (isActivityPart(name)) {
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limits.maxActivityBytes) return refuse(tooLarge(limits));
          chunks.push(chunk);
        });
        stream.on('end', () => readActivity(Buffer.concat(chunks).toString('utf8'), size > limits.maxActivityBytes));
        return;
      }
      fileCount += 1;
      if (fileCount > limits.maxFiles) {
        stream.resume();
        return refuse(tooLarge(limits));
      }
      const position = fileCount;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        totalBytes += chunk.length;
        if (totalBytes > limits.maxTotalBytes) return refuse(tooLarge(limits));
        chunks.push(chunk);
      });
      stream.on('limit', () => refuse(tooLarge(limits)));
      stream.on('end', () => {
        if (stream.truncated) return;
        files[position - 1] = { name: cleanFileName(info.filename, position), contentType: cleanContentType(info.mimeType), bytes: Buffer.concat(chunks) };
      });
    });
    parser.on('field', (name, value, info) => {
      if (isActivityPart(name)) readActivity(value, info.valueTruncated);
    });
    parser.on('filesLimit', () => refuse(tooLarge(limits)));
    parser.on('partsLimit', () => refuse(tooLarge(limits)));
    parser.on('fieldsLimit', () => refuse(new UploadRefused(400, 'BadArgument', 'The upload has fields other than the activity.')));
    parser.on('error', () => refuse(new UploadRefused(400, 'BadArgument', 'The upload is not a well-formed multipart form.')));
    parser.on('finish', () => {
      if (settled) return;
      let activity: unknown;
      try {
        activity = activityText === undefined ? undefined : JSON.parse(activityText);
      } catch {
        return refuse(new UploadRefused(400, 'BadArgument', 'The activity part is not JSON.'));
      }
      settled = true;
      req.off('close', onRequestClosed);
      resolve({ activity, files: files.filter((file): file is UploadedFile => file !== undefined) });
    });

    req.on('close', onRequestClosed);
    req.pipe(parser);
  });
}
