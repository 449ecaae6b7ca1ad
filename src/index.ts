import { createApp } from './app';
import { englishIntentModel, warmUpRecognizers } from './language';
import { ConfigError, environmentWithDotEnv, loadConfig, type Config } from './config';
import { loadPolicyDirectory } from './eligibility/policy/loadPolicyDirectory';
import { decideStartupMode } from './security/startupMode';
import { createStorage } from './storage/createStorage';
import { UnusableStateFileError } from './storage/unusableStateFile';

/** How long a stopping server waits for turns in flight before it cuts their connections. */
const SHUTDOWN_GRACE_MS = 10_000;
/** Long enough for a load balancer's or the bench's first probe after listening to be answered first. */
const RECOGNIZER_WARM_UP_DELAY_MS = 250;

const config = readConfigOrExit();
// No app id means no channel authentication: allowed on loopback or when an operator opts in, never by accident.
const startup = decideStartupMode(config);
if (!startup.start) {
  console.error(startup.reason);
  process.exit(1);
}
if (startup.mode === 'local') console.warn(`\n*** ${startup.warning} ***\n`);
const policies = loadPolicyDirectory();
const store = openStorageOrExit();
const app = createApp({ config, policies, storage: store.storage });

/** The configured store; a damaged state file stops the start with one line naming it and what to do. */
function openStorageOrExit() {
  try {
    return createStorage({
      kind: config.STORAGE,
      dataDir: config.DATA_DIR,
      blobConnectionString: config.BLOB_CONNECTION_STRING,
      blobContainer: config.BLOB_CONTAINER,
    });
  } catch (error) {
    if (!(error instanceof UnusableStateFileError)) throw error;
    console.error(error.message);
    return process.exit(1);
  }
}

app.listen(config.PORT, config.HOST).then((url) => {
  console.log(`Co-sell eligibility assistant listening on ${url} (storage: ${config.STORAGE}${config.MicrosoftAppId ? '' : ', local mode: no channel authentication'})`);
  // Built a moment after listening, so start-up stays short and the first health probe is not kept waiting behind
  // the recognizers' model building, yet before a partner's first message in practice, so that answer stays fast.
  setTimeout(() => {
    warmUpRecognizers();
    // The intent model loads in tens of milliseconds; done here, the first message does not wait for it.
    void englishIntentModel();
  }, RECOGNIZER_WARM_UP_DELAY_MS).unref();
});

// Stop accepting, let turns in flight finish and save (each answers before its connection closes), then close the
// store. A turn still running after the grace period loses its connection; its state was either saved or not, and
// the user is asked nothing twice. A second signal is not caught, so it stops the process at once.
async function shutdown(signal: string): Promise<void> {
  console.log(`${signal} received: finishing in-flight turns (up to ${SHUTDOWN_GRACE_MS / 1000} s), then closing storage`);
  const http = app.server.server;
  // close() drops only the keep-alive connections idle at that moment; one whose turn finishes later would
  // otherwise hold the process until the client lets go.
  const dropIdle = setInterval(() => http.closeIdleConnections(), 100);
  const cutOff = setTimeout(() => http.closeAllConnections(), SHUTDOWN_GRACE_MS);
  try {
    await app.close();
    clearInterval(dropIdle);
    clearTimeout(cutOff);
    await store.close();
    process.exit(0);
  } catch (error) {
    console.error(`Shutdown failed: ${(error as Error).message}`);
    process.exit(1);
  }
}
/** Settings from the environment over `.env`; a bad one is a single line on stderr and exit code 1, not a stack. */
function readConfigOrExit(): Config {
  try {
    return loadConfig(environmentWithDotEnv());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));
