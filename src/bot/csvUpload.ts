import type { Activity, Attachment } from 'botbuilder';
import { readTransactionsCsvYielding, type TransactionsCsv } from '../csv/readTransactionsCsv';

/** Teams puts a file a user shares in personal chat behind this content type, with a pre-authorised download URL. */
export const TEAMS_FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';
const CSV_TYPES = new Set(['text/csv', 'application/csv', 'application/vnd.ms-excel', 'text/plain', 'text/comma-separated-values']);
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

export interface CsvUploadOptions {
  maxBytes: number;
  /** Local mode (no app id): plain http to loopback is allowed, for the built-in Direct Line and local tools. */
  localMode: boolean;
  /** A bearer token for the channel's attachment endpoint (Direct Line wants the bot's token), if any. */
  token?: () => Promise<string | undefined>;
  fetchImpl?: typeof fetch;
}

export type CsvUpload =
  | { kind: 'none' }
  | { kind: 'refused'; reason: 'not-csv' | 'too-large' | 'untrusted-url' | 'download-failed'; fileName: string }
  | { kind: 'parsed'; fileName: string; csv: TransactionsCsv };

interface Candidate {
  url: string;
  fileName: string;
  /** Teams download URLs are trusted by their content type; other URLs must be on the channel's own host. */
  fromTeamsFileInfo: boolean;
}

function candidateOf(attachment: Attachment): Candidate | 'not-csv' | undefined {
  const fileName = attachment.name ?? 'attachment';
  if (attachment.contentType === TEAMS_FILE_DOWNLOAD_INFO) {
    const content = attachment.content as { downloadUrl?: unknown; fileType?: unknown } | undefined;
    if (typeof content?.downloadUrl !== 'string') return undefined;
    return String(content.fileType ?? '').toLowerCase() === 'csv' || fileName.toLowerCase().endsWith('.csv')
      ? { url: content.downloadUrl, fileName, fromTeamsFileInfo: true }
      : 'not-csv';
  }
  if (typeof attachment.contentUrl !== 'string') return undefined;
  // Cards and inline images arrive as attachments too; only files are candidates.
  if (attachment.contentType?.startsWith('application/vnd.microsoft.card')) return undefined;
  return CSV_TYPES.has(attachment.contentType ?? '') || fileName.toLowerCase().endsWith('.csv')
    ? { url: attachment.contentUrl, fileName, fromTeamsFileInfo: false }
    : 'not-csv';
}

/**
 * Where a file may be fetched from: never an arbitrary `contentUrl` a client put in an activity (that would let
 * anyone make the bot request internal addresses). Direct Line files live on the channel's own host, the
 * activity's `serviceUrl`; Teams files come through its download-info type with an https URL.
 */
export function isTrustedAttachmentUrl(url: string, serviceUrl: string | undefined, fromTeamsFileInfo: boolean, localMode: boolean): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  const secure = target.protocol === 'https:' || (localMode && target.protocol === 'http:' && LOOPBACK.test(target.hostname));
  if (!secure) return false;
  if (fromTeamsFileInfo) return true;
  if (!serviceUrl) return false;
  try {
    return new URL(serviceUrl).origin === target.origin;
  } catch {
    return false;
  }
}

async function download(url: string, options: CsvUploadOptions, withToken: boolean): Promise<Buffer | 'too-large' | 'failed'> {
  const headers: Record<string, string> = {};
  const token = withToken ? await options.token?.() : undefined;
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await (options.fetchImpl ?? fetch)(url, { headers, redirect: 'error', signal: AbortSignal.timeout(10_000) }).catch(() => undefined);
  if (!response?.ok || !response.body) return 'failed';
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > options.maxBytes) return 'too-large';
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    received += chunk.byteLength;
    // The cap holds even when the server sends no length or understates it.
    if (received > options.maxBytes) return 'too-large';
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/**
 * Finds a CSV file in a message, fetches it from the channel's own attachment URL with a size cap, and parses it
 * with the same reader as the evaluator API. Bad rows come back listed, never dropped.
 *
 * @example
 * const upload = await readCsvUpload(context.activity, { maxBytes: 5_000_000, localMode: true });
 */
export async function readCsvUpload(activity: Partial<Activity>, options: CsvUploadOptions): Promise<CsvUpload> {
  let refused: CsvUpload | undefined;
  for (const attachment of activity.attachments ?? []) {
    const candidate = candidateOf(attachment);
    if (candidate === undefined) continue;
    if (candidate === 'not-csv') {
      refused ??= { kind: 'refused', reason: 'not-csv', fileName: attachment.name ?? 'attachment' };
      continue;
    }
    if (!isTrustedAttachmentUrl(candidate.url, activity.serviceUrl, candidate.fromTeamsFileInfo, options.localMode)) {
      return { kind: 'refused', reason: 'untrusted-url', fileName: candidate.fileName };
    }
    const body = await download(candidate.url, options, !candidate.fromTeamsFileInfo);
    if (body === 'too-large') return { kind: 'refused', reason: 'too-large', fileName: candidate.fileName };
    if (body === 'failed') return { kind: 'refused', reason: 'download-failed', fileName: candidate.fileName };
    return { kind: 'parsed', fileName: candidate.fileName, csv: await readTransactionsCsvYielding(body) };
  }
  return refused ?? { kind: 'none' };
}
