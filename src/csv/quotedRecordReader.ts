import { CsvSyntaxError } from './csvSyntaxError';

const QUOTE = '"';
const QUOTE_CODE = 0x22;

export const UNCLOSED_QUOTE = 'a value opens a double quote and never closes it';
export const TEXT_AFTER_CLOSING_QUOTE = 'a quoted value has more text after its closing quote (write a quote inside a value as "")';
export const QUOTE_INSIDE_VALUE = 'a value has a double quote inside it (put the whole value in quotes and write the quote as "")';

/** One record as the reader found it: its values, where the next record starts, and how many line breaks it spans. */
export interface QuotedRecord {
  values: string[];
  /** Index just past the record's line break (or the text's length for a last line without one). */
  end: number;
  /** Line breaks consumed, the record's own ending included, so the next record starts this many lines later. */
  lineBreaks: number;
}

/** Blanks a spreadsheet leaves around a value: space, tab, carriage return and form feed. */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0c;
}

/**
 * Reads records that hold double quotes, by the rules spreadsheets write them: a value that starts with a quote
 * (after blanks) runs to its closing quote, across lines and separators, with `""` for a quote inside it; blanks
 * after the closing quote are dropped and anything else there is an error. A quote inside an unquoted value is an
 * error unless `relaxQuotes`, when it is text (`=HYPERLINK("...")` typed by hand). Quoted values are kept as
 * written, inner blanks included; unquoted ones are trimmed.
 *
 * The next separator and line break are remembered between calls, so reading a whole text record by record costs
 * one pass over it however the records are laid out.
 *
 * @example
 * new QuotedRecordReader('"a, b",2\n', ',', '\n', false).read(0, 2) // { values: ['a, b', '2'], end: 9, lineBreaks: 1 }
 */
export class QuotedRecordReader {
  private delimiterAt = -1;
  private newlineAt = -1;

  constructor(
    private readonly text: string,
    private readonly delimiter: string,
    private readonly newline: string,
    private readonly relaxQuotes: boolean,
  ) {}

  /** The record starting at index `at`, which starts on `line` (used in errors). Throws `CsvSyntaxError`. */
  read(at: number, line: number): QuotedRecord {
    const { text, delimiter, newline } = this;
    const values: string[] = [];
    let lineBreaks = 0;
    let pos = at;
    for (;;) {
      const fieldStart = pos;
      while (pos < text.length && isBlank(text.charCodeAt(pos)) && !text.startsWith(delimiter, pos) && !text.startsWith(newline, pos)) pos += 1;
      let fieldEnd: number;
      if (text.charCodeAt(pos) === QUOTE_CODE) {
        let value = '';
        pos += 1;
        for (;;) {
          const close = text.indexOf(QUOTE, pos);
          if (close === -1) throw new CsvSyntaxError(line, UNCLOSED_QUOTE);
          for (let breakAt = this.nextNewline(pos); breakAt < close; breakAt = this.nextNewline(breakAt + 1)) lineBreaks += 1;
          value += text.slice(pos, close);
          if (text.charCodeAt(close + 1) === QUOTE_CODE) {
            value += QUOTE;
            pos = close + 2;
            continue;
          }
          pos = close + 1;
          break;
        }
        while (pos < text.length && isBlank(text.charCodeAt(pos)) && !text.startsWith(delimiter, pos) && !text.startsWith(newline, pos)) pos += 1;
        if (pos < text.length && !text.startsWith(delimiter, pos) && !text.startsWith(newline, pos)) {
          throw new CsvSyntaxError(line, TEXT_AFTER_CLOSING_QUOTE);
        }
        values.push(value);
        fieldEnd = pos;
      } else {
        fieldEnd = Math.min(this.nextDelimiter(pos), this.nextNewline(pos));
        const raw = text.slice(fieldStart, fieldEnd);
        if (!this.relaxQuotes && raw.includes(QUOTE)) throw new CsvSyntaxError(line, QUOTE_INSIDE_VALUE);
        values.push(raw.trim());
      }
      if (fieldEnd >= text.length) return { values, end: text.length, lineBreaks };
      if (text.startsWith(newline, fieldEnd)) return { values, end: fieldEnd + newline.length, lineBreaks: lineBreaks + 1 };
      pos = fieldEnd + delimiter.length;
    }
  }

  /** The first separator at or after `from`, or the text's length when there is none. */
  private nextDelimiter(from: number): number {
    if (this.delimiterAt < from) {
      const found = this.text.indexOf(this.delimiter, from);
      this.delimiterAt = found === -1 ? this.text.length : found;
    }
    return this.delimiterAt;
  }

  /** The first line break at or after `from`, or the text's length when there is none. */
  private nextNewline(from: number): number {
    if (this.newlineAt < from) {
      const found = this.text.indexOf(this.newline, from);
      this.newlineAt = found === -1 ? this.text.length : found;
    }
    return this.newlineAt;
  }
}
