import Papa from 'papaparse';
import { detectDelimiter } from './delimiter';
import { QuotedRecordReader } from './quotedRecordReader';

/** What a reader does with each part of a CSV file; whatever a handler throws stops the read and propagates. */
export interface CsvRowHandlers {
  /** The first record, which names the columns. */
  onHeader(record: readonly string[], line: number): void;
  /** A later record whose values fit under the header. */
  onRow(record: readonly string[], line: number): void;
  /** A later record with values past the header's last column: a shifted row, reported rather than read. */
  onShiftedRow(line: number, values: number, headerWidth: number): void;
}

export interface CsvRowOptions {
  /** Keep a quote inside an unquoted value (`=HYPERLINK("...")` typed by hand) as text rather than end the read. */
  relaxQuotes?: boolean;
}

const BYTE_ORDER_MARK = 0xfeff;

function isEmptyRecord(record: readonly string[]): boolean {
  for (const value of record) if (value !== '' && value.trim() !== '') return false;
  return true;
}

/**
 * Reads a spreadsheet's CSV export record by record, each with the line it starts on (the header is line 1): a
 * byte order mark is dropped, the separator is detected, cells are trimmed, and lines with no values at all are
 * not records. Throws `CsvSyntaxError`, naming the line where the broken record starts, when the text stops being
 * CSV (a quote that never closes, text after a closing quote, a quote inside an unquoted value unless
 * `relaxQuotes`); the records before it have been handled.
 *
 * papaparse splits the text into lines, and a line without a double quote is one record as it splits it. Lines with
 * a quote are read by `QuotedRecordReader` instead, because papaparse is lenient where these rules are not: it keeps
 * a quote inside an unquoted value, reads `a, "b,c"` as three values, and reads on past text after a closing quote.
 * The reader goes on until it ends a record where papaparse starts one. Both only move forward: one pass in all.
 *
 * @example
 * forEachCsvRow('date,amountUsd\n2026-01-05,12000\n', { onHeader: () => {}, onRow: (record, line) => console.log(line, record), onShiftedRow: () => {} })
 * // logs 2 [ '2026-01-05', '12000' ]
 */
export function forEachCsvRow(source: string, handlers: CsvRowHandlers, options: CsvRowOptions = {}): void {
  const text = source.charCodeAt(0) === BYTE_ORDER_MARK ? source.slice(1) : source;
  const delimiter = detectDelimiter(text);
  // Classic Mac OS exports end lines with a bare carriage return; everything else has a line feed.
  const newline = text.includes('\n') || !text.includes('\r') ? '\n' : '\r';
  const quoted = new QuotedRecordReader(text, delimiter, newline, options.relaxQuotes ?? false);

  let headerWidth: number | undefined;
  const deliver = (record: readonly string[], line: number) => {
    if (isEmptyRecord(record)) return;
    if (headerWidth === undefined) {
      headerWidth = record.length;
      handlers.onHeader(record, line);
    } else if (record.length > headerWidth && !isEmptyRecord(record.slice(headerWidth))) {
      // Trailing empty cells are what spreadsheets write after the last column; extra values are a shifted row.
      handlers.onShiftedRow(line, record.length, headerWidth);
    } else {
      handlers.onRow(record, line);
    }
  };

  /** Text before this index has been read into records; `line` is the line it starts. */
  let readUpTo = 0;
  let line = 1;
  let sliceStart = 0;
  /** The first double quote at or after the current slice's start (the text's length when none is left). */
  let quoteAt = -1;
  Papa.parse<string[]>(text, {
    delimiter,
    newline,
    quoteChar: '"',
    // papaparse's shortcut for a text without quotes first splits it into an array of every line: a million strings
    // alive at once for the garbage collector to copy. Its general path goes line by line, with less CPU in all.
    fastMode: false,
    step: (result) => {
      const start = sliceStart;
      const end = result.meta.cursor;
      sliceStart = end;
      // papaparse is still inside a record the quoted reader already read past.
      if (end <= readUpTo) return;
      if (quoteAt < start) {
        const found = text.indexOf('"', start);
        quoteAt = found === -1 ? text.length : found;
      }
      if (start === readUpTo && quoteAt >= end) {
        const record = result.data;
        for (let index = 0; index < record.length; index += 1) record[index] = record[index]!.trim();
        deliver(record, line);
        line += 1;
        readUpTo = end;
        return;
      }
      while (readUpTo < end) {
        const record = quoted.read(readUpTo, line);
        deliver(record.values, line);
        line += record.lineBreaks;
        readUpTo = record.end;
      }
    },
  });
}
