import fc from 'fast-check';
import type { Activity } from 'botbuilder';
import { limits } from '../../../src/language';
import { recognizerUsage } from '../../../src/language/recognizers';
import { createTestBot } from '../../support/botHarness';
import { adversarialText } from './adversarialMessages';

/** Words that move the conversation between states, so junk lands at every question, at a result, in a what-if. */
const COMMANDS = [
  'check eligibility', 'yes', 'no', 'not sure', 'skip', 'back', 'start over', 'cancel', 'help', 'summary', 'criteria',
  'what if', 'what if we add 2 net-new customers?', 'change billed sales to 4.1M', 'reuse my answers', 'start fresh',
  'show my result', 'keep going', 'which rules do you use?', 'what is MACC?', 'explain net-new',
];

/** The answers a partner would give, right and nearly right. */
const ANSWERS = [
  '3.6 million', '$4M', 'USD 4,000,000', '4.1M', '10', 'ten', '12 net-new customers', '28 transactions from 7 customers',
  '30 transactions from 8 customers', 'none', 'no commitment', '$30M commitment', '200 million', '2024-09-15', '0', '1',
  '$3.2M MBS, 10 net-new customers over $10k, 25 transactions from 6 customers, no commitment',
];

/** Numbers JavaScript and people write that a careless parser turns into NaN, Infinity, a negative zero or a typo. */
const HOSTILE_NUMBERS = [
  '1e309', '-1e309', '1e-309', 'NaN', 'nan', 'Infinity', '-Infinity', '∞', '-0', '-0.0', '0x10', '0xFFFFFFFF', '0b101', '0o17',
  '1_000_000', '9'.repeat(400), '-'.repeat(50) + '5', '4,000,000.000.000', '4.000.000', '4 000 000', '١٢', '٣٫٦ مليون',
  '１２３', '3.6e6', '3.6E+6', '.5', '5.', '--5', '+-5', '$-4M', '-$4M', '(4M)', '4M-', 'USD', '$', '%', '4/0', '0/0',
  String(Number.MAX_SAFE_INTEGER + 2), '1e21', '€4M', '£3M', '4M EUR', '4 lakh', '4 crore', '4bn', '4 trillion',
];

/** Characters that change how text is read or shown without looking like anything. */
const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u202E', '\u202D', '\u2066', '\u2067', '\u2069', '\u061C', '\u0000', '\r', '\t'];

const MARKUP = ['**4M**', '`4M`', '# 4M', '> 4M', '- 4M', '[x](http://evil)', '<img src=x onerror=alert(1)>', '<at>Bot</at>', '&nbsp;4M', '|a|b|', '~~4M~~', '\\', '${4M}', '{{4M}}'];
const EMOJI = ['💰', '🚀', '👍🏽', '🇺🇸', '👨‍👩‍👧', '4️⃣', '🔟', '💯', '🤷'];

/** Long messages, made once: a 100 KB text in several shapes. */
const HUGE = ['a'.repeat(100_000), '9'.repeat(100_000), '💰'.repeat(25_000), '$4M '.repeat(25_000), '\u200B'.repeat(100_000), 'ب'.repeat(100_000)];

const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...COMMANDS) },
  { weight: 4, arbitrary: fc.constantFrom(...ANSWERS) },
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 2, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.bigInt().map(String) },
  { weight: 1, arbitrary: fc.integer().map((value) => `0x${Math.abs(value).toString(16)}`) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 40 }) },
);

/** Sprinkles invisible and direction-changing characters through a text. */
const withInvisibles = (text: string): fc.Arbitrary<string> =>
  fc.array(fc.tuple(fc.nat({ max: text.length }), fc.constantFrom(...INVISIBLES)), { maxLength: 4 }).map((insertions) =>
    insertions.sort(([a], [b]) => b - a).reduce((acc, [at, character]) => acc.slice(0, at) + character + acc.slice(at), text),
  );

/** One message text: mostly a few fragments, sometimes invisibles, sometimes right-to-left, rarely 100 KB. */
export const fuzzText: fc.Arbitrary<string> = fc.oneof(
  { weight: 60, arbitrary: fc.array(fragment, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' ')) },
  { weight: 15, arbitrary: fc.array(fragment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' ')).chain(withInvisibles) },
  { weight: 5, arbitrary: fragment.map((text) => `\u202E${text}\u202C`) },
  { weight: 5, arbitrary: fc.constantFrom('', ' ', '\n\n', '\u200B', '\u202E', '\uFEFF') },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
  { weight: 3, arbitrary: adversarialText },
);

/**
 * Recognizer calls one turn may cause: a turn reads its text with a few parsers (command, one-shot, what-if, the
 * awaited answer), each held to the per-message budget. Counted, not timed, so a busy machine cannot fail it.
 */
export const MAX_RECOGNIZER_CALLS_PER_TURN = 5 * (limits.maxNumberRecognizerCallsPerMessage + limits.maxCurrencyRecognizerCallsPerMessage);

const SUBMIT_ACTIONS = ['startOver', 'whatIf', 'summary', 'checkEligibility', 'criteria', 'help', 'reuse', 'unknown', '__proto__', 'constructor', 'toString'];

/** A message activity: typed text, a Teams @mention, or an Adaptive Card submit with any value at all. */
export const fuzzActivity: fc.Arbitrary<Partial<Activity>> = fc.oneof(
  { weight: 85, arbitrary: fuzzText.map((text) => ({ type: 'message', text })) },
  {
    weight: 5,
    arbitrary: fuzzText.map((text) => ({
      type: 'message',
      text: `<at>Eligibility Bot</at> ${text}`,
      entities: [{ type: 'mention', text: '<at>Eligibility Bot</at>', mentioned: { id: 'bot-1', name: 'Eligibility Bot' } }],
    })),
  },
  {
    weight: 10,
    arbitrary: fc
      .oneof(
        fc.record({ action: fc.constantFrom(...SUBMIT_ACTIONS) }),
        fc.record({ text: fc.oneof(fuzzText, fc.double(), fc.constant(null)) }),
        fc.record({ answer: fc.oneof(fuzzText, fc.double(), fc.jsonValue({ maxDepth: 2 })) }),
        fc.jsonValue({ maxDepth: 3 }),
      )
      .map((value) => ({ type: 'message', text: '', value })),
  },
);

/** A conversation: a channel and a run of messages, driven through the dialog's states by the commands mixed in. */
export const fuzzConversation = fc.record({
  channelId: fc.constantFrom('msteams', 'webchat'),
  activities: fc.array(fuzzActivity, { minLength: 1, maxLength: 40, size: 'max' }),
});

export interface BotFuzzOptions {
  /** Turns to run in all (approximately: whole conversations are run). */
  turns: number;
  seed: number;
  /** Numbers the evaluator was called with since the last call (the caller records them its own way). */
  takeEvaluatorInputs(): unknown[];
}

export interface BotFuzzReport {
  conversations: number;
  turns: number;
  repliesSent: number;
  evaluations: number;
  unhandledRejections: number;
  slowestTurnMs: number;
  /** The most recognizer calls any one turn caused. */
  mostRecognizerCallsInATurn: number;
  elapsedMs: number;
}

/** Every number anywhere in a value, so a non-finite one cannot hide in a nested transaction. */
function numbersIn(value: unknown, found: number[] = []): number[] {
  if (typeof value === 'number') found.push(value);
  else if (Array.isArray(value)) value.forEach((item) => numbersIn(item, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => numbersIn(item, found));
  return found;
}

/**
 * Runs random conversations through the real bot (dialogs, state, activity handler) on botbuilder's TestAdapter
 * and fails (with fast-check's shrunk counterexample and seed) if any turn throws, any turn goes unanswered, any
 * turn costs more recognizer calls than `MAX_RECOGNIZER_CALLS_PER_TURN`, or the evaluator is ever handed a number
 * that is not finite.
 *
 * @example
 * const report = await runBotFuzz({ turns: 10_000, seed: 42, takeEvaluatorInputs: () => recorded.splice(0) });
 */
export async function runBotFuzz(options: BotFuzzOptions): Promise<BotFuzzReport> {
  const report: BotFuzzReport = { conversations: 0, turns: 0, repliesSent: 0, evaluations: 0, unhandledRejections: 0, slowestTurnMs: 0, mostRecognizerCallsInATurn: 0, elapsedMs: 0 };
  const onUnhandled = () => (report.unhandledRejections += 1);
  process.on('unhandledRejection', onUnhandled);
  const started = performance.now();
  const property = fc.asyncProperty(fuzzConversation, async ({ channelId, activities }) => {
    const bot = createTestBot({ channelId, conversationId: `fuzz-${report.conversations}` });
    report.conversations += 1;
    for (const activity of activities) {
      const turnStarted = performance.now();
      const callsBefore = recognizerUsage.calls;
      const replies = await bot.send(activity);
      report.slowestTurnMs = Math.max(report.slowestTurnMs, performance.now() - turnStarted);
      const calls = recognizerUsage.calls - callsBefore;
      report.mostRecognizerCallsInATurn = Math.max(report.mostRecognizerCallsInATurn, calls);
      if (calls > MAX_RECOGNIZER_CALLS_PER_TURN) throw new Error(`${calls} recognizer calls for ${JSON.stringify(activity).slice(0, 300)}`);
      report.turns += 1;
      report.repliesSent += replies.length;
      if (replies.length === 0) throw new Error(`no reply to ${JSON.stringify(activity).slice(0, 300)}`);
      for (const input of options.takeEvaluatorInputs()) {
        report.evaluations += 1;
        const bad = numbersIn(input).filter((value) => !Number.isFinite(value));
        if (bad.length > 0) throw new Error(`the evaluator got ${bad.join(', ')} after ${JSON.stringify(activity).slice(0, 300)}`);
      }
    }
  });
  try {
    // Conversations average about 20 turns; rounds of runs (each with its own seed, derived from the given one)
    // continue until the turn budget is spent, so the count is at least `turns` and the run is repeatable.
    for (let round = 0; report.turns < options.turns; round += 1) {
      const numRuns = Math.ceil((options.turns - report.turns) / 20) + 1;
      await fc.assert(property, { seed: options.seed + round, numRuns, endOnFailure: true });
    }
  } finally {
    process.off('unhandledRejection', onUnhandled);
    report.elapsedMs = Math.round(performance.now() - started);
  }
  if (report.unhandledRejections > 0) throw new Error(`${report.unhandledRejections} unhandled promise rejections during the bot fuzz`);
  return report;
}
