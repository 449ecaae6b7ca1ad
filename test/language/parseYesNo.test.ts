import { describe, expect, it } from 'vitest';
import { parseYesNo, type InvalidReason, type ParsedAnswer } from '../../src/language';

// Small helpers that keep the table short and its generated test names readable.
const value = <T>(parsed: T, ambiguous = false): ParsedAnswer<T> => ({ kind: 'value', value: parsed, ambiguous });
const readBack = <T>(parsed: T): ParsedAnswer<T> => value(parsed, true);
const refused = (reason: InvalidReason): ParsedAnswer<never> => ({ kind: 'invalid', reason });
const unknown: ParsedAnswer<never> = { kind: 'unknown' };
const labelled = <T extends { expected: ParsedAnswer<unknown> }>(rows: T[]) =>
  rows.map((row) => {
    const { expected } = row;
    if (expected.kind !== 'value') return { ...row, label: expected.kind === 'unknown' ? 'unknown' : `invalid (${expected.reason})` };
    const shown = typeof expected.value === 'object' ? JSON.stringify(expected.value) : String(expected.value);
    return { ...row, label: expected.ambiguous ? `${shown}, read back to confirm` : shown };
  });

const rows = labelled([
  { input: 'yes', expected: value(true) },
  { input: 'Y', expected: value(true) },
  { input: 'yep', expected: value(true) },
  { input: 'yeah', expected: value(true) },
  { input: 'sure', expected: value(true) },
  { input: 'correct', expected: value(true) },
  { input: 'we do', expected: value(true) },
  { input: 'we are', expected: value(true) },
  { input: 'true', expected: value(true) },
  { input: 'YES!', expected: value(true) },
  { input: 'Yes, we are.', expected: value(true) },
  { input: 'we have a transactable offer', expected: value(true) },
  { input: '👍', expected: value(true) },
  { input: 'no', expected: value(false) },
  { input: 'N', expected: value(false) },
  { input: 'nope', expected: value(false) },
  { input: 'not yet', expected: value(false) },
  { input: "we don't", expected: value(false) },
  { input: 'we don’t', expected: value(false) },
  { input: 'we are not', expected: value(false) },
  { input: "we're not", expected: value(false) },
  { input: 'false', expected: value(false) },
  { input: 'No, not yet.', expected: value(false) },
  { input: '👎', expected: value(false) },
  { input: 'probably', expected: readBack(true) },
  { input: 'I think so', expected: readBack(true) },
  { input: 'probably not', expected: readBack(false) },
  { input: 'yes but not yet', expected: readBack(true) },
  { input: 'not sure', expected: unknown },
  { input: "I don't know", expected: unknown },
  { input: 'no idea', expected: unknown },
  { input: 'n/a', expected: unknown },
  { input: 'maybe', expected: refused('unparseable') },
  { input: "it's complicated", expected: refused('unparseable') },
  { input: 'banana', expected: refused('unparseable') },
  { input: '', expected: refused('empty') },
  { input: '   ', expected: refused('empty') },
]);

describe('parseYesNo', () => {
  it.each(rows)('reads "$input" as $label', ({ input, expected }) => {
    expect(parseYesNo(input)).toEqual(expected);
  });
});
