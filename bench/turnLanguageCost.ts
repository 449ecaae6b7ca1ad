import { readFileSync } from 'node:fs';
import { decideTurnLanguage } from '../src/bot/turnLanguage';

export interface TurnLanguageCost {
  messages: number;
  /** Messages of the English set that an en-US turn would answer in another language (the target is 0). */
  falseSwitches: number;
  /** CPU per message of the whole decision (request, then text language), mean over the English set. */
  microsecondsPerMessage: number;
}

/**
 * The turn language decision over the English labelled set as an en-US user types it: how often it would leave
 * English (it must not), and what it costs per message.
 *
 * @example
 * measureTurnLanguageCost('test/fixtures/language/labelledUtterances.en.tsv').falseSwitches; // 0
 */
export function measureTurnLanguageCost(labelledFile: string, rounds = 20): TurnLanguageCost {
  const texts = readFileSync(labelledFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t')[3] ?? '');
  const falseSwitches = texts.filter((text) => decideTurnLanguage({ text, channelLocale: 'en-US' }).locale !== 'en').length;
  const started = process.cpuUsage();
  for (let round = 0; round < rounds; round += 1) for (const text of texts) decideTurnLanguage({ text, channelLocale: 'en-US' });
  const used = process.cpuUsage(started);
  return { messages: texts.length, falseSwitches, microsecondsPerMessage: (used.user + used.system) / (rounds * texts.length) };
}
