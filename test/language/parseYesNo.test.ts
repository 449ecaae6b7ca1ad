import { describe, expect, it } from 'vitest';
import { parseYesNo } from '../../src/language';
import { value, readBack, refused, unknown, labelled } from './parsedAnswerTable';


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
