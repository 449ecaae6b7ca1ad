import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';

describe('storage settings', () => {
  it('default to SQLite in ./data with the bot-state container', () => {
    expect(loadConfig({})).toMatchObject({
      STORAGE: 'sqlite',
      DATA_DIR: './data',
      BLOB_CONNECTION_STRING: '',
      BLOB_CONTAINER: 'bot-state',
    });
  });

  it('accept blob and memory as the store', () => {
    expect(loadConfig({ STORAGE: 'blob', BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true;' })).toMatchObject({
      STORAGE: 'blob',
      BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true;',
    });
    expect(loadConfig({ STORAGE: 'memory' }).STORAGE).toBe('memory');
  });

  it('reject an unknown store, naming STORAGE', () => {
    expect(() => loadConfig({ STORAGE: 'cosmos' })).toThrow(/STORAGE/);
  });

  it.each([
    { container: 'Bot-State', flaw: 'uppercase letters' },
    { container: 'bo', flaw: 'fewer than 3 characters' },
    { container: 'a'.repeat(64), flaw: 'more than 63 characters' },
    { container: 'bot--state', flaw: 'a doubled hyphen' },
    { container: '-bot-state', flaw: 'a leading hyphen' },
    { container: 'bot_state', flaw: 'an underscore' },
  ])('reject a container name with $flaw, naming BLOB_CONTAINER', ({ container }) => {
    expect(() => loadConfig({ BLOB_CONTAINER: container })).toThrow(/BLOB_CONTAINER/);
  });

  it('accept container names of 3 and 63 characters with single hyphens', () => {
    expect(loadConfig({ BLOB_CONTAINER: 'a-1' }).BLOB_CONTAINER).toBe('a-1');
    expect(loadConfig({ BLOB_CONTAINER: 'b'.repeat(63) }).BLOB_CONTAINER).toBe('b'.repeat(63));
  });
});
