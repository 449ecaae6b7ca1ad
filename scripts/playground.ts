import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { environmentWithDotEnv, loadConfig } from '../src/config';

/**
 * `npm run playground`: the bot in local mode and the Microsoft 365 Agents Playground (a Teams-like client, the
 * devDependency @microsoft/m365agentsplayground) pointed at it on the msteams channel, started together and stopped
 * together. Settings come from the environment and `.env` as for `npm start`; the Playground opens in the browser.
 * Options after `--` go to the Playground (for example `-- -p 56151`). BOT_INSPECT_PORT starts the bot with the Node
 * inspector on that loopback port (VS Code's "Debug in Microsoft 365 Agents Playground" attaches there).
 */
const ROOT = resolve(__dirname, '../..');
const PLAYGROUND_CLI = resolve(ROOT, 'node_modules/@microsoft/m365agentsplayground/cli.js');
const READY_WITHIN_MS = 30_000;

const config = loadConfig(environmentWithDotEnv());
if (config.MicrosoftAppId) {
  console.error('npm run playground runs the bot in local mode: unset MicrosoftAppId (the Playground sends no Bot Framework token).');
  process.exit(1);
}
const messagingEndpoint = `http://127.0.0.1:${config.PORT}/api/messages`;
const children: ChildProcess[] = [];

function stopAll(code: number): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

async function waitForHealth(): Promise<void> {
  const giveUpAt = Date.now() + READY_WITHIN_MS;
  while (Date.now() < giveUpAt) {
    const healthy = await fetch(`http://127.0.0.1:${config.PORT}/health`).then((response) => response.ok, () => false);
    if (healthy) return;
    await new Promise((wait) => setTimeout(wait, 200));
  }
  throw new Error(`the bot did not answer on port ${config.PORT} within ${READY_WITHIN_MS / 1000} s`);
}

async function main(): Promise<void> {
  const inspect = process.env.BOT_INSPECT_PORT ? [`--inspect=127.0.0.1:${process.env.BOT_INSPECT_PORT}`] : [];
  const bot = spawn(process.execPath, [...inspect, resolve(ROOT, 'dist/src/index.js')], { stdio: 'inherit', env: { ...process.env, HOST: '127.0.0.1' } });
  children.push(bot);
  bot.once('exit', (code) => stopAll(code ?? 1));
  await waitForHealth();
  // SEND_INSTALLATION_ACTIVITY: the Playground sends the install activities Teams sends when a person adds the app,
  // so the welcome shows as it would in Teams.
  const playground = spawn(process.execPath, [PLAYGROUND_CLI, '-e', messagingEndpoint, '-c', 'msteams', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { SEND_INSTALLATION_ACTIVITY: 'true', ...process.env },
  });
  children.push(playground);
  playground.once('exit', (code) => stopAll(code ?? 0));
}

process.once('SIGINT', () => stopAll(0));
process.once('SIGTERM', () => stopAll(0));
main().catch((error: Error) => {
  console.error(`npm run playground: ${error.message}`);
  stopAll(1);
});
