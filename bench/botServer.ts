import { parseArgs } from 'node:util';
import type { Storage, StoreItems } from 'botbuilder';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { loadPolicyDirectory } from '../src/eligibility/policy/loadPolicyDirectory';
import { createStorage, type StorageKind } from '../src/storage/createStorage';
import { BENCH_TODAY } from './conversationScript';
import { readMemoryAfterGc } from './readMemoryAfterGc';
import { runAsChild } from './runAsChild';

/*
 * This bot, assembled by `createApp` exactly as `src/index.ts` does, in its own process. The bench talks to it over
 * IPC, never over HTTP, for what the product must not expose: memory readings after a forced GC, and copies of a
 * parked conversation's state.
 */

const { values } = parseArgs({ options: { storage: { type: 'string', default: 'memory' }, 'data-dir': { type: 'string', default: '' } } });
const kind = values.storage as StorageKind;

/** botbuilder's storage keys: ConversationState and UserState, with the empty namespace `createBot` uses. */
const conversationKey = (conversationId: string) => `webchat/conversations/${conversationId}/`;
const userKey = (userId: string) => `webchat/users/${userId}/`;

interface ParkedTemplate {
  conversationId: string;
  userId: string;
}

async function readParkedState(storage: Storage, template: ParkedTemplate) {
  const found = await storage.read([conversationKey(template.conversationId), userKey(template.userId)]);
  const conversation = found[conversationKey(template.conversationId)];
  const user = found[userKey(template.userId)];
  // A user whose state holds nothing is not stored at all; only the conversation must be there.
  if (!conversation) throw new Error(`no stored state for ${template.conversationId}: was it parked?`);
  return { conversation, user };
}

/** What one parked conversation keeps in the store, as JSON bytes: the figure a smaller state would shrink. */
async function storedStateSize(storage: Storage, template: ParkedTemplate) {
  const { conversation, user } = await readParkedState(storage, template);
  const bytes = ({ eTag: _eTag, ...rest }: Record<string, unknown>) => Buffer.byteLength(JSON.stringify(rest));
  return { conversation: bytes(conversation), user: user ? bytes(user) : 0 };
}

/**
 * Writes copies of one parked conversation's state under new conversation and user ids, through the same
 * `Storage.write` a turn uses. Lets the bench reach 100,000 parked conversations in seconds instead of minutes.
 */
async function copyParkedState(storage: Storage, template: ParkedTemplate, ids: { prefix: string; from: number; to: number }) {
  const { conversation, user } = await readParkedState(storage, template);
  const strip = ({ eTag: _eTag, ...rest }: Record<string, unknown>) => rest;
  const BATCH = 500;
  for (let start = ids.from; start < ids.to; start += BATCH) {
    const batch: StoreItems = {};
    for (let n = start; n < Math.min(ids.to, start + BATCH); n += 1) {
      batch[conversationKey(`${ids.prefix}-${n}`)] = strip(conversation);
      if (user) batch[userKey(`${ids.prefix}-user-${n}`)] = strip(user);
    }
    await storage.write(batch);
  }
  return { copied: ids.to - ids.from };
}

/** Set once the app is assembled; the IPC handlers run only after the parent heard `listening`. */
let botStorage: Storage | undefined;

void runAsChild(
  async () => {
    const config = loadConfig({ STORAGE: kind, DATA_DIR: values['data-dir'] || './data', LOG_LEVEL: 'silent' });
    const store = createStorage({ kind, dataDir: config.DATA_DIR, blobConnectionString: '', blobContainer: config.BLOB_CONTAINER });
    const app = createApp({ config, policies: loadPolicyDirectory(), storage: store.storage, now: () => BENCH_TODAY });
    const url = await app.listen(0, '127.0.0.1');
    botStorage = store.storage;
    return {
      url,
      async close() {
        await app.close();
        await store.close();
      },
    };
  },
  {
    memoryUsage: () => readMemoryAfterGc(),
    // The operating system's high-water mark for this process, in bytes (maxRSS is in kilobytes).
    peakRss: () => process.resourceUsage().maxRSS * 1024,
    copyParkedState: (request) => copyParkedState(botStorage!, request.template as ParkedTemplate, request.ids as { prefix: string; from: number; to: number }),
    storedStateSize: (request) => storedStateSize(botStorage!, request.template as ParkedTemplate),
  },
);
