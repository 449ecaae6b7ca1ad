// First: swaps in the recording evaluator before the dialogs load (see evaluatorSpy.ts).
import { evaluatorInputs } from '../test/security/fuzz/evaluatorSpy';
import { randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';
import { MemoryStorage } from 'botbuilder';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logging/logger';
import { loadPolicyDirectory } from '../src/eligibility/policy/loadPolicyDirectory';
import { runBotFuzz } from '../test/security/fuzz/botMessages';
import { runEvaluateFuzz } from '../test/security/fuzz/evaluateBodies';

const USAGE = `Usage: tsx scripts/fuzz.ts [--turns N] [--requests N] [--seed N]

The long fuzz run (npm test runs the same properties with 2,000 cases each and a fixed seed):
  --turns N     random messages into the bot at random dialog states (default 50000)
  --requests N  random bodies to POST /api/evaluate over real HTTP (default 50000)
  --seed N      fast-check seed (default: random, printed so a failure can be replayed)`;

/**
 * Runs both fuzzers and returns the exit code: 0 when every property held, 1 with the counterexample otherwise.
 *
 * @example
 * process.exitCode = await fuzzCli(['--turns', '10000', '--seed', '42']);
 */
export async function fuzzCli(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { turns: { type: 'string', default: '50000' }, requests: { type: 'string', default: '50000' }, seed: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const turns = Number(values.turns);
  const requests = Number(values.requests);
  const seed = values.seed === undefined ? randomInt(2 ** 31 - 1) : Number(values.seed);
  if (![turns, requests, seed].every((value) => Number.isInteger(value) && value >= 0)) {
    console.error(USAGE);
    return 2;
  }
  console.log(`fuzz seed ${seed} (replay with --seed ${seed})`);
  try {
    const bot = await runBotFuzz({ turns, seed, takeEvaluatorInputs: () => evaluatorInputs.splice(0) });
    console.log(`bot: ${JSON.stringify(bot)}`);
    if (turns > 0 && bot.evaluations === 0) throw new Error('the evaluator spy recorded nothing: the non-finite check did not run');
    const app = createApp({
      config: loadConfig({ EVALUATE_RATE_LIMIT_PER_MINUTE: '1000000000' }),
      policies: loadPolicyDirectory(),
      storage: new MemoryStorage(),
      now: () => new Date('2026-11-26T12:00:00Z'),
      logger: createLogger({ LOG_LEVEL: 'error' }),
    });
    const baseUrl = await app.listen(0, '127.0.0.1');
    try {
      const evaluate = await runEvaluateFuzz(`${baseUrl}/api/evaluate`, { requests, seed });
      console.log(`evaluate: ${JSON.stringify(evaluate)}`);
    } finally {
      await app.close();
    }
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}

if (require.main === module) {
  void fuzzCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
