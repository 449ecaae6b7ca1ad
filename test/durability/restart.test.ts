import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { GUIDED_CHECK, RESULT_SHOWS_EVERY_ANSWER, say, startChannel, type Channel } from './chat';

/**
 * The embedded store must survive the worst kind of stop: SIGKILL, no shutdown code at all. A reply is only sent
 * once the turn's state is saved, so everything the partner saw confirmed must be there after a restart.
 */
describe('a server killed with SIGKILL after every step of the guided check', () => {
  let server: ServerProcess | undefined;
  let channel: Channel | undefined;
  let dataDir = '';
  afterAll(async () => {
    await server?.kill('SIGKILL');
    await channel?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  // Seven cold starts: about 15 s on an idle 2-core machine, several times that when other suites share it.
  it('continues at the same step with every earlier answer, after each of the restarts', async () => {
    const startedAt = Date.now();
    dataDir = await mkdtemp(join(tmpdir(), 'durability-restart-'));
    const settings = { STORAGE: 'sqlite', DATA_DIR: dataDir };
    channel = await startChannel();
    const partner = { conversationId: 'restart-conversation', userId: 'restart-partner', serviceUrl: channel.serviceUrl };
    server = await startServerProcess(settings);
    const port = server.port;

    let resumedSteps = 0;
    let lastReply = '';
    for (const [index, step] of GUIDED_CHECK.entries()) {
      if (index > 0) {
        const exit = await server.kill('SIGKILL');
        expect(exit.signal).toBe('SIGKILL');
        server = await startServerProcess(settings, port);
      }
      lastReply = (await say(server.baseUrl, partner, step.answer)).text;
      expect(lastReply, `step ${index + 1}: "${step.answer}"`).toContain(step.replyContains);
      if (index > 0) resumedSteps += 1;
    }
    for (const line of RESULT_SHOWS_EVERY_ANSWER) expect(lastReply).toContain(line);

    // The result itself is state too: what-ifs and summaries read it. One more kill, then ask for the summary.
    await server.kill('SIGKILL');
    server = await startServerProcess(settings, port);
    const summary = (await say(server.baseUrl, partner, 'summary')).text;
    expect(summary).toContain('Azure IP co-sell top tier, as of');
    expect(summary).toContain('(USD 400,000 short)');
    resumedSteps += 1;

    const restarts = GUIDED_CHECK.length;
    expect(resumedSteps).toBe(restarts);
    console.info(`restart: ${resumedSteps}/${restarts} steps resumed after SIGKILL, ${Date.now() - startedAt} ms`);
  }, 120_000);
});
