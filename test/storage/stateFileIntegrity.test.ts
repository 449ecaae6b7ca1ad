import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStorage } from '../../src/storage/createStorage';
import { SQLITE_FILE_NAME, SqliteStorage } from '../../src/storage/sqliteStorage';
import { storageProbe } from '../../src/storage/storageProbe';
import { UnusableStateFileError, assertStateFileUsable } from '../../src/storage/unusableStateFile';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A data directory holding a real state file with `rows` conversations, closed cleanly. */
async function stateDir(rows = 2_000): Promise<{ dir: string; file: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'state-integrity-'));
  dirs.push(dir);
  const storage = SqliteStorage.open(dir);
  const items: Record<string, { answers: string; eTag: string }> = {};
  for (let index = 0; index < rows; index += 1) items[`webchat/conversations/c${index}/`] = { answers: 'x'.repeat(200), eTag: '*' };
  await storage.write(items);
  storage.close();
  return { dir, file: join(dir, SQLITE_FILE_NAME) };
}

const damages: Array<[string, (file: string) => void]> = [
  ['truncated to half its length', (file) => truncateSync(file, Math.floor(statSync(file).size / 2))],
  ['not SQLite at all', (file) => writeFileSync(file, 'date,customerId\n'.repeat(100))],
  [
    'garbage in later pages',
    (file) => {
      const bytes = readFileSync(file);
      bytes.fill(0xa5, 8 * 4096, 12 * 4096);
      writeFileSync(file, bytes);
    },
  ],
];

describe('a state file checked before the server uses it', () => {
  it('a healthy file and a missing one are fine', async () => {
    const { file } = await stateDir(10);
    expect(() => assertStateFileUsable(file)).not.toThrow();
    expect(() => assertStateFileUsable(join(file, '..', 'missing.sqlite'))).not.toThrow();
  });

  it.each(damages)('%s is refused, naming the file, and left exactly as it was', async (_case, damage) => {
    const { dir, file } = await stateDir();
    damage(file);
    const before = readFileSync(file);
    expect(() => createStorage({ kind: 'sqlite', dataDir: dir, blobConnectionString: '', blobContainer: 'bot-state' })).toThrow(UnusableStateFileError);
    expect(() => SqliteStorage.open(dir)).toThrow(new RegExp(`${SQLITE_FILE_NAME}.*move it aside`));
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('the server refuses to start on a damaged file with one line saying what to do, and changes nothing', async () => {
    const { dir, file } = await stateDir();
    damages[0]![1](file);
    const before = readFileSync(file);
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, '../../src/index.ts')], {
      cwd: resolve(__dirname, '../..'),
      env: { ...process.env, HOST: '127.0.0.1', PORT: '0', DATA_DIR: dir, STORAGE: 'sqlite', MicrosoftAppId: '', NODE_NO_WARNINGS: '1', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n').filter((line) => line.includes('bot-state.sqlite'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toContain('move it aside');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file).equals(before)).toBe(true);
  }, 60_000);
});

describe('the storage probe behind /health', () => {
  it('is ready while writes succeed and not ready once they fail', async () => {
    let failing = false;
    let clock = 0;
    const storage = {
      read: async () => ({}),
      delete: async () => undefined,
      write: async () => {
        if (failing) throw new Error('SQLITE_CORRUPT');
      },
    };
    const ready = storageProbe(storage, () => clock);
    expect(await ready()).toBe(true);
    failing = true;
    // Reused for a few seconds, then asked again.
    clock += 1_000;
    expect(await ready()).toBe(true);
    clock += 5_000;
    expect(await ready()).toBe(false);
    failing = false;
    clock += 5_000;
    expect(await ready()).toBe(true);
  });
});
