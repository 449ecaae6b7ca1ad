import { AuthenticationConstants, type ClaimsIdentity } from 'botframework-connector';
import type { Activity, Attachment } from 'botbuilder';
import type { CsvUpload } from '../csv/csvUpload';
import { readTransactionsCsvYielding } from '../csv/readTransactionsCsv';
import { HeavyJobsBusy, type HeavyJobLimit } from '../security/heavyJobLimit';

/** Teams puts a file a user shares in personal chat behind this content type, with a pre-authorised download URL. */
export const TEAMS_FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';
const CSV_TYPES = new Set(['text/csv', 'application/csv', 'application/vnd.ms-excel', 'text/plain', 'text/comma-separated-values']);
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/**
 * Where Teams serves the files people share in chat: SharePoint and OneDrive, in the commercial, US government
 * and China clouds. A download-info attachment pointing anywhere else is refused.
 */
export const MICROSOFT_FILE_HOSTS: readonly string[] = ['sharepoint.com', 'sharepoint.us', 'sharepoint-mil.us', 'sharepoint.cn', 'onedrive.com', 'svc.ms'];

/** Where files may come from besides an authenticated channel's own service URL. */
export interface AttachmentSources {
  /**
   * Local mode: the built-in Direct Line's own origin. Unauthenticated activities (anyone can post one to
   * /api/messages in local mode) may only point at files there, whatever `serviceUrl` they claim.
   */
  localDirectLineOrigin?: () => string | undefined;
  /**
   * Local mode: the secret the built-in Direct Line wants before it serves an uploaded file to the bot (its reply
   * secret); presented only to `localDirectLineOrigin`.
   */
  localDirectLineSecret?: string;
  /** Host names (or their parent domains) Teams download URLs may use; Microsoft's by default. */
  teamsFileHosts?: readonly string[];
  /** The process-wide cap on CSV jobs, shared with the evaluator routes; a full queue makes the file "busy". */
  heavyJobs?: HeavyJobLimit;
}

export interface CsvUploadOptions extends AttachmentSources {
  maxBytes: number;
  /** Local mode (no app id): plain http to loopback is allowed, for the built-in Direct Line and local tools. */
  localMode: boolean;
  /** The activity passed channel authentication (a signed token from the Bot Connector), so its fields are the channel's. */
  channelAuthenticated?: boolean;
  /** A bearer token for the channel's attachment endpoint (Direct Line wants the bot's token), if any. */
  token?: () => Promise<string | undefined>;
  fetchImpl?: typeof fetch;
  /** How long a download may take before the partner is told it could not be fetched. */
  downloadTimeoutMs?: number;
}

interface Candidate {
  url: string;
  fileName: string;
  /** Teams download URLs are trusted only on authenticated Teams activities, and only on Microsoft's file hosts. */
  fromTeamsFileInfo: boolean;
}

/**
 * Whether the turn's identity comes from a verified channel token. Local mode's anonymous identity and a turn
 * without one are not: their `channelId` and `serviceUrl` are whatever the sender wrote.
 *
 * @example
 * isChannelAuthenticated(context.turnState.get(context.adapter.BotIdentityKey))
 */
export function isChannelAuthenticated(identity: ClaimsIdentity | undefined): boolean {
  // Local mode's identity has no claims; the anonymous skill identity carries the reserved anonymous app id.
  return (
    identity?.isAuthenticated === true &&
    identity.claims.length > 0 &&
    !identity.claims.some((claim) => claim.value === AuthenticationConstants.AnonymousSkillAppId)
  );
}

function candidateOf(attachment: Attachment | null | undefined): Candidate | 'not-csv' | undefined {
  if (!attachment || typeof attachment !== 'object') return undefined;
  const fileName = typeof attachment.name === 'string' ? attachment.name : 'attachment';
  if (attachment.contentType === TEAMS_FILE_DOWNLOAD_INFO) {
    const content = attachment.content as { downloadUrl?: unknown; fileType?: unknown } | undefined;
    if (typeof content?.downloadUrl !== 'string') return undefined;
    return String(content.fileType ?? '').toLowerCase() === 'csv' || fileName.toLowerCase().endsWith('.csv')
      ? { url: content.downloadUrl, fileName, fromTeamsFileInfo: true }
      : 'not-csv';
  }
  if (typeof attachment.contentUrl !== 'string') return undefined;
  // Cards and inline images arrive as attachments too; only files are candidates.
  if (typeof attachment.contentType === 'string' && attachment.contentType.startsWith('application/vnd.microsoft.card')) return undefined;
  return CSV_TYPES.has(attachment.contentType ?? '') || fileName.toLowerCase().endsWith('.csv')
    ? { url: attachment.contentUrl, fileName, fromTeamsFileInfo: false }
    : 'not-csv';
}

function parsedUrl(url: string | undefined): URL | undefined {
  try {
    return url === undefined ? undefined : new URL(url);
  } catch {
    return undefined;
  }
}

function onHost(hostname: string, hosts: readonly string[]): boolean {
  return hosts.some((host) => hostname === host || hostname.endsWith(`.${host}`));
}

/**
 * Where a file may be fetched from: never an arbitrary URL a client put in an activity (that would let anyone
 * make the bot request internal addresses and read them back). A Teams download-info URL only on an `msteams`
 * activity that passed channel authentication, only from Microsoft's file hosts, over https. Any other file only
 * from the activity's own Direct Line: the service URL of an authenticated activity (the token vouches for it), or
 * in local mode the built-in Direct Line's own origin (plain http on loopback allowed there).
 *
 * @example
 * isTrustedAttachmentUrl(url, { channelId: 'webchat', serviceUrl }, { localMode: false, channelAuthenticated: true })
 */
export function isTrustedAttachmentUrl(
  candidate: { url: string; fromTeamsFileInfo: boolean },
  activity: Pick<Partial<Activity>, 'channelId' | 'serviceUrl'>,
  options: Pick<CsvUploadOptions, 'localMode' | 'channelAuthenticated' | 'localDirectLineOrigin' | 'teamsFileHosts'>,
): boolean {
  const target = parsedUrl(candidate.url);
  if (!target || target.username || target.password) return false;
  const loopbackHttp = options.localMode && target.protocol === 'http:' && LOOPBACK.test(target.hostname);
  if (target.protocol !== 'https:' && !loopbackHttp) return false;
  if (candidate.fromTeamsFileInfo) {
    if (activity.channelId !== 'msteams' || options.channelAuthenticated !== true) return false;
    return onHost(target.hostname, options.teamsFileHosts ?? MICROSOFT_FILE_HOSTS);
  }
  const origin = options.channelAuthenticated ? parsedUrl(activity.serviceUrl)?.origin : parsedUrl(options.localDirectLineOrigin?.())?.origin;
  return origin !== undefined && origin !== 'null' && origin === target.origin;
}

/** The bearer for a file URL: none for Teams' pre-authorised download URLs, the local secret on the built-in Direct Line only. */
async function bearerFor(url: string, options: CsvUploadOptions, withToken: boolean): Promise<string | undefined> {
  if (!withToken) return undefined;
  const localOrigin = parsedUrl(options.localDirectLineOrigin?.())?.origin;
  if (options.localDirectLineSecret && localOrigin !== undefined && parsedUrl(url)?.origin === localOrigin) return options.localDirectLineSecret;
  return options.token?.();
}

async function download(url: string, options: CsvUploadOptions, withToken: boolean): Promise<Buffer | 'too-large' | 'failed'> {
  const headers: Record<string, string> = {};
  const token = await bearerFor(url, options, withToken);
  if (token) headers.authorization = `Bearer ${token}`;
  // One deadline for the whole download, body included: a host that trickles bytes is as failed as one that is down.
  const signal = AbortSignal.timeout(options.downloadTimeoutMs ?? 10_000);
  const response = await (options.fetchImpl ?? fetch)(url, { headers, redirect: 'error', signal }).catch(() => undefined);
  if (!response?.ok || !response.body) return 'failed';
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > options.maxBytes) return 'too-large';
  const chunks: Buffer[] = [];
  let received = 0;
  try {
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      received += chunk.byteLength;
      // The cap holds even when the server sends no length or understates it.
      if (received > options.maxBytes) return 'too-large';
      chunks.push(Buffer.from(chunk));
    }
  } catch {
    // The deadline passed or the connection dropped mid-body.
    return 'failed';
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
  // A client may send anything as `attachments`: only an array of objects is read, and `null` entries are skipped.
  const attachments: unknown[] = Array.isArray(activity.attachments) ? activity.attachments : [];
  for (const attachment of attachments as Array<Attachment | null>) {
    const candidate = candidateOf(attachment);
    if (candidate === undefined) continue;
    if (candidate === 'not-csv') {
      refused ??= { kind: 'refused', reason: 'not-csv', fileName: typeof attachment?.name === 'string' ? attachment.name : 'attachment' };
      continue;
    }
    if (!isTrustedAttachmentUrl(candidate, activity, options)) {
      return { kind: 'refused', reason: 'untrusted-url', fileName: candidate.fileName };
    }
    const body = await download(candidate.url, options, !candidate.fromTeamsFileInfo);
    if (body === 'too-large') return { kind: 'refused', reason: 'too-large', fileName: candidate.fileName };
    if (body === 'failed') return { kind: 'refused', reason: 'download-failed', fileName: candidate.fileName };
    try {
      const csv = await (options.heavyJobs ? options.heavyJobs.run(() => readTransactionsCsvYielding(body)) : readTransactionsCsvYielding(body));
      return { kind: 'parsed', fileName: candidate.fileName, csv };
    } catch (error) {
      if (error instanceof HeavyJobsBusy) return { kind: 'refused', reason: 'busy', fileName: candidate.fileName };
      throw error;
    }
  }
  return refused ?? { kind: 'none' };
}
