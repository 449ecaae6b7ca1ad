import { describe, expect, it } from 'vitest';
import { neutraliseCsvCell } from '../../src/security/csvCell';

describe('neutraliseCsvCell', () => {
  const table: Array<[string, Parameters<typeof neutraliseCsvCell>[0], string]> = [
    ['a formula starting with = is prefixed', '=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['a cell starting with + is prefixed', '+1+cmd|/C calc!A0', `'+1+cmd|/C calc!A0`],
    ['a cell starting with - is prefixed', '-2+3', `'-2+3`],
    ['a cell starting with @ is prefixed', '@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['a cell starting with a tab is prefixed', '\t=1+1', `'\t=1+1`],
    ['a cell starting with a carriage return is prefixed', '\r=1+1', `'\r=1+1`],
    ['a full-width equals sign is prefixed', '\uFF1D1+1', `'\uFF1D1+1`],
    ['ordinary text is unchanged', 'Contoso Ltd', 'Contoso Ltd'],
    ['a formula character later in the text is unchanged', 'a=b', 'a=b'],
    ['a leading space is unchanged (spreadsheets read it as text)', ' =1', ' =1'],
    ['an empty string stays empty', '', ''],
    ['a negative number stays a number', -5, '-5'],
    ['a positive number is written as it is', 4_000_000, '4000000'],
    ['a boolean is written as it is', true, 'true'],
    ['null is an empty cell', null, ''],
    ['undefined is an empty cell', undefined, ''],
  ];
  for (const [name, input, expected] of table) {
    it(name, () => {
      expect(neutraliseCsvCell(input)).toBe(expected);
    });
  }

  it('never lets any text cell start with a formula trigger', () => {
    for (const first of ['=', '+', '-', '@', '\t', '\r']) {
      for (const rest of ['', '1', 'cmd|calc', '=']) {
        const cell = neutraliseCsvCell(first + rest);
        expect(cell.startsWith("'")).toBe(true);
        expect(cell.slice(1)).toBe(first + rest);
      }
    }
  });
});
