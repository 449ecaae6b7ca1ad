import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBot } from '../support/botHarness';
import { startAzurite, type Azurite } from '../support/azurite';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { GUIDED_CHECK, RESULT_SHOWS_EVERY_ANSWER, say, startChannel, stepOf, type Channel, type Partner, type Step } from './chat';

const CONVERSATIONS = 50;
const SECOND_ANSWER_AFTER_MS = 20;
const FIRST_ANSWER = '3.6 million';
const SECOND_ANSWER = '10';
// "help" re-asks the pending question without changing any answer: it shows where the conversation stands.
const PROBE = 'help';

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** What a partner says to each question when finishing a check, whatever order the earlier answers landed in. */
const answerTo: Partial<Record<Step, string>> = {
  readBack: 'no',
  billedSales: '3.6 million',
  netNew: '10',
  transactions: '28 transactions from 7 customers',
  commitment: 'none',
  designations: 'no',
};

/** Who answered what, and what the conversation shows afterwards: the two replies' steps and the probe's step. */
type Outcome = `${Step} ${Step} ${Step}`;

/**
 * Every outcome a correct bot can produce when the two answers race: both applied in either order, or one or both
 * refused with "please send it again". Worked out by the in-process bot, one message at a time, so the table
 * follows the dialogs rather than being typed in by hand.
 */
async function serialOutcomes(): Promise<Set<Outcome>> {
  const orders: Array<Array<'first' | 'second'>> = [['first', 'second'], ['second', 'first'], ['first'], ['second'], []];
  const outcomes = new Set<Outcome>();
  for (const order of orders) {
    const bot = createTestBot({ conversationId: `reference-${order.join('-')}` });
    await bot.sayText('check eligibility');
    await bot.sayText('yes');
    const steps: Record<'first' | 'second', Step> = { first: 'resend', second: 'resend' };
    for (const which of order) {
      const replies = await bot.say(which === 'first' ? FIRST_ANSWER : SECOND_ANSWER);
      steps[which] = stepOf(replies.at(-1)?.text ?? '');
    }
    const probe = await bot.say(PROBE);
    outcomes.add(`${steps.first} ${steps.second} ${stepOf(probe.at(-1)?.text ?? '')}`);
  }
  return outcomes;
}

function countOf(text: string, phrase: string): number {
  return text.split(phrase).length - 1;
}

/**
 * Two server processes share one Azure Blob Storage (Azurite): a load balancer may send any turn of a conversation
 * to either. eTag-checked writes make the second of two racing turns replay on the first one's state.
 */
describe('two server instances sharing blob storage', () => {
  let azurite: Azurite;
  let first: ServerProcess;
  let second: ServerProcess;
  let channel: Channel;

  beforeAll(async () => {
    channel = await startChannel();
    azurite = await startAzurite();
    const settings = { STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: 'durability-two-instances' };
    [first, second] = await Promise.all([startServerProcess(settings), startServerProcess(settings)]);
  });
  afterAll(async () => {
    await Promise.all([first?.kill('SIGKILL'), second?.kill('SIGKILL')]);
    await azurite?.dispose();
    await channel?.close();
  });

  it('carries one conversation through to the result with its turns alternating between the instances', async () => {
    const startedAt = Date.now();
    const partner: Partner = { conversationId: 'alternating-conversation', userId: 'alternating-partner', serviceUrl: channel.serviceUrl };
    let lastReply = '';
    for (const [index, step] of GUIDED_CHECK.entries()) {
      const server = index % 2 === 0 ? first : second;
      lastReply = (await say(server.baseUrl, partner, step.answer)).text;
      expect(lastReply, `step ${index + 1} on instance ${index % 2 === 0 ? 'one' : 'two'}`).toContain(step.replyContains);
    }
    for (const line of RESULT_SHOWS_EVERY_ANSWER) expect(lastReply).toContain(line);
    console.info(`two instances: ${GUIDED_CHECK.length} alternating turns to the result card in ${Date.now() - startedAt} ms`);
  });

  it('loses no answer when 50 conversations each send two answers 20 ms apart, one to each instance', async () => {
    const startedAt = Date.now();
    const allowed = await serialOutcomes();
    const partners: Partner[] = Array.from({ length: CONVERSATIONS }, (_, index) => ({
      conversationId: `racing-conversation-${index}`,
      userId: `racing-partner-${index}`,
      serviceUrl: channel.serviceUrl,
    }));
    const replaysBefore = countOf(first.output() + second.output(), 'replaying this turn');

    await Promise.all(
      partners.map(async (partner) => {
        expect((await say(first.baseUrl, partner, 'check eligibility')).text).toContain('co-sell eligible');
        expect((await say(second.baseUrl, partner, 'yes')).last).toContain('marketplace billed sales');
      }),
    );

    const outcomes = await Promise.all(
      partners.map(async (partner): Promise<Outcome> => {
        const firstReply = say(first.baseUrl, partner, FIRST_ANSWER);
        await pause(SECOND_ANSWER_AFTER_MS);
        const secondReply = say(second.baseUrl, partner, SECOND_ANSWER);
        const [firstStep, secondStep] = [stepOf((await firstReply).last), stepOf((await secondReply).last)];
        const probe = await say(first.baseUrl, partner, PROBE);
        return `${firstStep} ${secondStep} ${stepOf(probe.last)}`;
      }),
    );

    const lost = outcomes.filter((outcome) => !allowed.has(outcome));
    const applied = outcomes.reduce((sum, outcome) => sum + outcome.split(' ').slice(0, 2).filter((step) => step !== 'resend').length, 0);
    const toldToResend = outcomes.length * 2 - applied;
    const replays = countOf(first.output() + second.output(), 'replaying this turn') - replaysBefore;
    console.info(
      `concurrent turns: ${CONVERSATIONS} conversations, ${applied} answers applied, ${toldToResend} told to resend, ` +
        `${lost.length} lost updates, ${replays} turns replayed after an eTag conflict; outcomes ${JSON.stringify(countBy(outcomes))}`,
    );
    expect(lost).toEqual([]);
    // The race must really have happened, or this test would prove nothing: some turns met a newer eTag.
    expect(replays + toldToResend).toBeGreaterThan(0);

    // Every conversation still reaches the right result, wherever the race left it.
    await Promise.all(
      partners.map(async (partner, index) => {
        let reply = (await say(second.baseUrl, partner, PROBE)).last;
        for (let turn = 0; stepOf(reply) !== 'result'; turn += 1) {
          const answer = answerTo[stepOf(reply)];
          expect(answer, `conversation ${index} is stuck at: ${reply}`).toBeDefined();
          expect(turn).toBeLessThan(8);
          reply = (await say(turn % 2 === 0 ? first.baseUrl : second.baseUrl, partner, answer!)).text;
        }
        for (const line of RESULT_SHOWS_EVERY_ANSWER) expect(reply).toContain(line);
      }),
    );
    for (const server of [first, second]) {
      expect(await Promise.race([server.exited, pause(0).then(() => 'still running')]), server.output()).toBe('still running');
    }
    console.info(`concurrent turns: finished in ${Date.now() - startedAt} ms`);
  }, 60_000);
});

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
