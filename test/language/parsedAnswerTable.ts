import type { InvalidReason, ParsedAnswer } from '../../src/language';

/*
 * Small helpers shared by the parsers' tables: they keep each table short and its generated test names readable.
 */
export const value = <T>(parsed: T, ambiguous = false): ParsedAnswer<T> => ({ kind: 'value', value: parsed, ambiguous });
export const readBack = <T>(parsed: T): ParsedAnswer<T> => value(parsed, true);
export const refused = (reason: InvalidReason): ParsedAnswer<never> => ({ kind: 'invalid', reason });
export const unknown: ParsedAnswer<never> = { kind: 'unknown' };

/** Gives each row a label for its test name: the expected value, "read back to confirm", unknown or the refusal. */
export const labelled = <T extends { expected: ParsedAnswer<unknown> }>(rows: T[]) =>
  rows.map((row) => {
    const { expected } = row;
    if (expected.kind !== 'value') return { ...row, label: expected.kind === 'unknown' ? 'unknown' : `invalid (${expected.reason})` };
    const shown = typeof expected.value === 'object' ? JSON.stringify(expected.value) : String(expected.value);
    return { ...row, label: expected.ambiguous ? `${shown}, read back to confirm` : shown };
  });

/** Every number a parser returns must be finite; checked on every row, not only on the rows about it. */
export const finiteNumbersIn = (parsed: unknown): boolean =>
  typeof parsed === 'number' ? Number.isFinite(parsed) : parsed !== null && typeof parsed === 'object' ? Object.values(parsed).every(finiteNumbersIn) : true;
