import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { findFreePort } from './serverProcess';

const CLI = resolve(__dirname, '../../node_modules/@microsoft/m365agentsplayground/cli.js');

export interface AgentsPlayground {
  /** The Playground's web UI (a Teams-like client) on loopback. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the Microsoft 365 Agents Playground (the npm devDependency, as `npm run playground` does) against a bot's
 * messaging endpoint in the `msteams` channel, on a free loopback port. It opens no browser, sends no telemetry,
 * sends the install activities on start (as Teams does when a person adds the app), and writes its log under a
 * temporary folder.
 *
 * @example
 * const playground = await startAgentsPlayground(`${app.baseUrl}/api/messages`);
 * await page.goto(playground.url);
 */
export async function startAgentsPlayground(botEndpoint: string): Promise<AgentsPlayground> {
  const port = await findFreePort();
  const folder = mkdtempSync(join(tmpdir(), 'agents-playground-'));
  const child: ChildProcess = spawn(process.execPath, [CLI, '-e', botEndpoint, '-c', 'msteams', '-p', String(port), '--disable-telemetry'], {
    cwd: folder,
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', SEND_INSTALLATION_ACTIVITY: 'true', M365_AGENTS_PLAYGROUND_LOGFILE: join(folder, 'playground.log') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let output = '';
  const listening = new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`the Agents Playground did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`Listening on ${port}`)) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    void exited.then(() => fail(new Error(`the Agents Playground exited:\n${output}`)));
  });
  await listening;
  return {
    url: `http://127.0.0.1:${port}/`,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * Keeps the page on loopback: the Playground's UI asks Microsoft's CDN for fonts and an animation script, which
 * the test neither needs nor may fetch. Those requests are refused; the UI falls back to system fonts.
 */
export async function loopbackOnly(page: Page): Promise<string[]> {
  const refused: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(https?|wss?):\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) return route.continue();
    refused.push(url);
    return route.abort();
  });
  return refused;
}
