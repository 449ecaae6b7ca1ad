import { createApp } from './app';
import { loadConfig } from './config';
import { loadPolicyDirectory } from './policies/loadPolicyDirectory';
import { createStorage } from './storage/createStorage';

const config = loadConfig();
const policies = loadPolicyDirectory();
const store = createStorage({
  kind: config.STORAGE,
  dataDir: config.DATA_DIR,
  blobConnectionString: config.BLOB_CONNECTION_STRING,
  blobContainer: config.BLOB_CONTAINER,
});
const app = createApp({ config, policies, storage: store.storage });

app.listen(config.PORT, config.HOST).then((url) => {
  console.log(`Co-sell eligibility assistant listening on ${url} (storage: ${config.STORAGE}${config.MicrosoftAppId ? '' : ', local mode: no channel authentication'})`);
});

async function shutdown(signal: string): Promise<void> {
  console.log(`${signal} received: finishing in-flight turns, then closing storage`);
  await app.close();
  await store.close();
  process.exit(0);
}
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));
