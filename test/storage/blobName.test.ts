import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BLOB_NAME_LENGTH, toBlobName } from '../../src/storage/blobName';

describe('toBlobName', () => {
  it('keeps letters, digits, _ and - and escapes every other byte as ~XX', () => {
    expect(toBlobName('msteams/conversations/19:abc@thread.skype/')).toBe(
      'msteams~2Fconversations~2F19~3Aabc~40thread~2Eskype~2F',
    );
    expect(toBlobName('Ü~')).toBe('~C3~9C~7E');
  });

  it('gives a key too long to escape within 1,024 characters a readable prefix and its SHA-256', () => {
    const name = toBlobName('日'.repeat(400));
    // 1,024 less "~~" and 64 hex digits leaves 958 characters: 319 whole escapes of 3.
    expect(name).toMatch(/^(~[0-9A-F]{2}){319}~~[0-9a-f]{64}$/);
    expect('~E6~97~A5'.repeat(400).startsWith(name.slice(0, 957))).toBe(true);
    expect(name.length).toBeLessThanOrEqual(MAX_BLOB_NAME_LENGTH);
  });

  it('keeps a lone surrogate apart from U+FFFD, which UTF-8 would turn it into', () => {
    expect(toBlobName('\uD800')).not.toBe(toBlobName('\uFFFD'));
    expect(toBlobName('\uD800')).toMatch(/^~~[0-9a-f]{64}$/);
  });

  it('never gives two different keys the same name', () => {
    const keys = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: fc.constantFrom('/', '~', '7', 'E', '日'), maxLength: 600 }),
    );
    fc.assert(fc.property(keys, keys, (a, b) => a === b || toBlobName(a) !== toBlobName(b)), { numRuns: 2_000 });
  });

  it('always gives a name of at most 1,024 characters that URI encoding leaves unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 1_500 }), (key) => {
        const name = toBlobName(key);
        return name.length <= MAX_BLOB_NAME_LENGTH && encodeURIComponent(name) === name;
      }),
      { numRuns: 500 },
    );
  });
});
