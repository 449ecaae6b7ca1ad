import { createHash } from 'node:crypto';

/** Azure Blob Storage's limit on a blob name, in characters. */
export const MAX_BLOB_NAME_LENGTH = 1024;

// Characters BlobsStorage's encodeURIComponent and the SDK's path escaping both leave as they are, and that are
// safe at the end of a name (Azure trims trailing dots and slashes). Everything else becomes "~" + two hex digits.
const keptAsIs = /^[A-Za-z0-9_-]$/;
const ESCAPE = '~';
// Never produced by escaping ("~" itself is written "~7E"), so it marks hashed names apart from all the others.
const HASH_MARK = '~~';
const SHA256_HEX_LENGTH = 64;
const loneSurrogate = /\p{Cs}/u;

function escapeKey(key: string): string {
  let escaped = '';
  for (const byte of Buffer.from(key, 'utf8')) {
    const char = String.fromCharCode(byte);
    escaped += keptAsIs.test(char) ? char : ESCAPE + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return escaped;
}

function cutAtEscapeBoundary(escaped: string, maxLength: number): string {
  const cut = escaped.slice(0, maxLength);
  const lastEscape = cut.lastIndexOf(ESCAPE);
  return lastEscape >= 0 && lastEscape > cut.length - 3 ? cut.slice(0, lastEscape) : cut;
}

/**
 * The blob name that holds a botbuilder storage key: a one-to-one mapping, so two keys never share a blob.
 *
 * BlobsStorage's own sanitising drops empty path segments ("a/b/" and "a/b" collide, and botbuilder's
 * conversation keys end in "/") and cuts names at 1,024 characters (long keys collide). Here every byte outside
 * `[A-Za-z0-9_-]` is escaped as `~XX`; a name that would be too long keeps a readable prefix and ends in `~~` and
 * the SHA-256 of the key. Keys that are not well-formed Unicode are hashed too, since UTF-8 cannot hold them.
 *
 * @example
 * toBlobName('msteams/conversations/19:abc/'); // 'msteams~2Fconversations~2F19~3Aabc~2F'
 */
export function toBlobName(key: string): string {
  const escaped = loneSurrogate.test(key) ? undefined : escapeKey(key);
  if (escaped !== undefined && escaped.length <= MAX_BLOB_NAME_LENGTH) {
    return escaped;
  }
  // UTF-16 code units, not UTF-8, so that ill-formed keys hash apart too.
  const hash = createHash('sha256').update(Buffer.from(key, 'utf16le')).digest('hex');
  const prefix = cutAtEscapeBoundary(escaped ?? '', MAX_BLOB_NAME_LENGTH - HASH_MARK.length - SHA256_HEX_LENGTH);
  return `${prefix}${HASH_MARK}${hash}`;
}
