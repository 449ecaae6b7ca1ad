import { describe, expect, it } from 'vitest';
import { detectCommand, type Command } from '../../src/language';

const rows: Array<{ input: string; expected: Command | null }> = [
  { input: 'help', expected: { kind: 'help' } },
  { input: '?', expected: { kind: 'help' } },
  { input: 'Help!', expected: { kind: 'help' } },
  { input: 'cancel', expected: { kind: 'cancel' } },
  { input: 'stop', expected: { kind: 'cancel' } },
  { input: 'quit', expected: { kind: 'cancel' } },
  { input: 'start over', expected: { kind: 'startOver' } },
  { input: 'please start over', expected: { kind: 'startOver' } },
  { input: 'restart', expected: { kind: 'startOver' } },
  { input: 'reset', expected: { kind: 'startOver' } },
  { input: 'back', expected: { kind: 'back' } },
  { input: 'go back', expected: { kind: 'back' } },
  { input: 'previous', expected: { kind: 'back' } },
  { input: 'skip', expected: { kind: 'skip' } },
  { input: 'show the criteria', expected: { kind: 'criteria' } },
  { input: 'criteria', expected: { kind: 'criteria' } },
  { input: 'summary', expected: { kind: 'summary' } },
  { input: 'which rules do you use?', expected: { kind: 'rules' } },
  { input: 'check eligibility', expected: { kind: 'checkEligibility' } },
  { input: 'check my eligibility', expected: { kind: 'checkEligibility' } },
  { input: 'reuse my last answers', expected: { kind: 'reuse' } },
  { input: 'what does net-new mean?', expected: { kind: 'glossary', term: 'netNew' } },
  { input: 'what is MBS', expected: { kind: 'glossary', term: 'mbs' } },
  { input: 'MBS?', expected: { kind: 'glossary', term: 'mbs' } },
  { input: "what's TTM?", expected: { kind: 'glossary', term: 'ttm' } },
  { input: 'explain MACC', expected: { kind: 'glossary', term: 'macc' } },
  { input: 'what is an Azure consumption commitment', expected: { kind: 'glossary', term: 'macc' } },
  { input: 'What is PRACR?', expected: { kind: 'glossary', term: 'pracr' } },
  { input: 'what is a transactable offer', expected: { kind: 'glossary', term: 'transactableOffer' } },
  { input: 'what is a consumption commitment', expected: { kind: 'glossary', term: 'consumptionCommitment' } },
  { input: 'what does co-sell eligible mean', expected: { kind: 'glossary', term: 'coSellEligible' } },
  { input: 'what is a marketplace transaction?', expected: { kind: 'glossary', term: 'marketplaceTransaction' } },
  // Answers are never commands.
  { input: 'no', expected: null },
  { input: 'none', expected: null },
  { input: 'yes', expected: null },
  { input: 'not sure', expected: null },
  { input: '4', expected: null },
  { input: '$4M', expected: null },
  { input: 'what is 4M', expected: null },
  { input: 'we stopped selling', expected: null },
  { input: 'what is the weather', expected: null },
  { input: '', expected: null },
];

describe('detectCommand', () => {
  it.each(rows)('reads "$input"', ({ input, expected }) => {
    expect(detectCommand(input)).toEqual(expected);
  });
});
