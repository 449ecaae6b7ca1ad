import data from './corpus/programAnswers.en.json';
import type { GlossaryTerm } from './glossaryTerms';
import type { ProgramQuestion } from './intents';

type Entry = { source: keyof typeof data.sources; text: string };

/**
 * The two or three sentences answering a glossary or program question, with the public page they come from.
 *
 * @example
 * programAnswer('glossary', 'pracr').sourceUrl; // 'https://learn.microsoft.com/partner-center/referrals/partner-reported-azure-consumed-revenue'
 */
export function programAnswer(kind: 'glossary' | 'program', key: GlossaryTerm | ProgramQuestion): { text: string; sourceUrl: string } | undefined {
  const table = data[kind] as Record<string, Entry>;
  const entry = Object.hasOwn(table, key) ? table[key] : undefined;
  return entry ? { text: entry.text, sourceUrl: data.sources[entry.source] } : undefined;
}
