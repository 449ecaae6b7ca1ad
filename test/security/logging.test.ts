import { describe, expect, it } from 'vitest';
import { activityLogFields, hashId } from '../../src/logging/activityLogFields';
import { memoryLogger } from './support/memoryLogger';

describe('hashId', () => {
  it('gives one id the same short hash every time in a process, and different ids different hashes', () => {
    expect(hashId('29:1a2b3c', 'u')).toBe(hashId('29:1a2b3c', 'u'));
    expect(hashId('29:1a2b3c', 'u')).not.toBe(hashId('29:1a2b3d', 'u'));
    expect(hashId('29:1a2b3c', 'u')).toMatch(/^u_[0-9a-f]{12}$/);
  });

  it('leaves a missing id missing rather than hashing the empty string', () => {
    expect(hashId(undefined)).toBeUndefined();
    expect(hashId('')).toBeUndefined();
  });
});

describe('activityLogFields', () => {
  it('keeps type, channel and text length, hashes the ids and drops the text and names', () => {
    const fields = activityLogFields({
      type: 'message',
      channelId: 'msteams',
      text: 'we billed $3.6M',
      conversation: { id: 'a:conversation' },
      from: { id: '29:user' },
      channelData: { tenant: { id: 'tenant-guid' } },
    });
    expect(fields).toEqual({
      activityType: 'message',
      channelId: 'msteams',
      textLength: 15,
      conversation: hashId('a:conversation', 'c'),
      user: hashId('29:user', 'u'),
      tenant: hashId('tenant-guid', 't'),
    });
  });
});

describe('createLogger', () => {
  it('redacts an Authorization header and message text even when a whole object is logged by mistake', () => {
    const log = memoryLogger('info');
    log.logger.info({ headers: { authorization: 'Bearer eyJhbGciOi.secret.sig' }, activity: { text: 'private words', from: { name: 'Pat' } } }, 'oops');
    expect(log.lines.join('')).not.toMatch(/eyJhbGciOi|private words|Pat/);
    expect(log.entries[0]).toMatchObject({ headers: { authorization: '[redacted]' }, activity: { text: '[redacted]' } });
  });

  it('writes nothing below its level', () => {
    const log = memoryLogger('warn');
    log.logger.info('quiet');
    log.logger.warn('loud');
    expect(log.entries.map((entry) => entry.msg)).toEqual(['loud']);
  });
});
