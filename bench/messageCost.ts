import fc from 'fast-check';
import { warmUpRecognizers } from '../src/language';
import { recognizerUsage } from '../src/language/recognizers';
import { adversarialText, MESSAGE_PARSERS } from '../test/security/fuzz/adversarialMessages';

export interface MessageCost {
  messages: number;
  /** The costliest message and parser found: CPU time (best of three runs) and counted recognizer work. */
  worst: { parser: string; cpuMs: number; recognizerCalls: number; recognizerCharacters: number; length: number; start: string };
  /** The most recognizer calls any one parse made (the budget is 16 number-model + 4 currency-model calls). */
  mostRecognizerCalls: number;
}


/** The messages of the December review: 498 s, and 2-3 s, before the recognizer's input was bounded. */
const KNOWN_WORST = ['twenty one thousand '.repeat(250), 'one hundred and '.repeat(312)];

/**
 * Runs the fuzz suite's adversarial message shapes (up to 5,000 characters each) through every parser and keeps
 * the worst: the CPU time of one parse (best of three, so a busy machine's pauses are not counted) and the
 * recognizer calls it made.
 *
 * @example
 * measureMessageCost(300).worst.cpuMs
 */
export function measureMessageCost(samples: number, seed = 20261207): MessageCost {
  warmUpRecognizers();
  const messages = [...KNOWN_WORST, ...fc.sample(adversarialText, { seed, numRuns: samples })];
  let worst: MessageCost['worst'] = { parser: '', cpuMs: 0, recognizerCalls: 0, recognizerCharacters: 0, length: 0, start: '' };
  let mostRecognizerCalls = 0;
  for (const text of messages) {
    for (const [parser, parse] of MESSAGE_PARSERS) {
      let cpuMs = Number.POSITIVE_INFINITY;
      let calls = 0;
      let characters = 0;
      for (let run = 0; run < 3; run += 1) {
        const before = { ...recognizerUsage };
        const started = process.cpuUsage();
        parse(text);
        const used = process.cpuUsage(started);
        cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000);
        calls = recognizerUsage.calls - before.calls;
        characters = recognizerUsage.characters - before.characters;
      }
      mostRecognizerCalls = Math.max(mostRecognizerCalls, calls);
      if (cpuMs > worst.cpuMs) worst = { parser, cpuMs, recognizerCalls: calls, recognizerCharacters: characters, length: text.length, start: text.slice(0, 40) };
    }
  }
  return { messages: messages.length, worst, mostRecognizerCalls };
}

if (require.main === module) console.log(JSON.stringify(measureMessageCost(Number(process.argv[2] ?? 300))));
