/**
 * The text stops being CSV at `line` (where the broken record starts; the header is line 1). Nothing after it can
 * be split into rows with confidence, so a reader stops there and reports the rows before it as read.
 */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    /** What is wrong, in words a spreadsheet user recognises, e.g. "a value opens a double quote and never closes it". */
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
    this.name = 'CsvSyntaxError';
  }
}
