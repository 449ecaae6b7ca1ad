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

/** Turns papaparse's steps into records for `handlers`; `end` is the absolute index just past the step's text. */
function rowStepper(text: string, handlers: CsvRowHandlers, options: CsvRowOptions): (data: string[], end: number) => void {
  const delimiter = detectDelimiter(text);
  const quoted = new QuotedRecordReader(text, delimiter, newlineOf(text), options.relaxQuotes ?? false);

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
  return (record, end) => {
    const start = sliceStart;
    sliceStart = end;
    // papaparse is still inside a record the quoted reader already read past.
    if (end <= readUpTo) return;
    if (quoteAt < start) {
      const found = text.indexOf('"', start);
      quoteAt = found === -1 ? text.length : found;
    }
    if (start === readUpTo && quoteAt >= end) {
      for (let index = 0; index < record.length; index += 1) record[index] = record[index]!.trim();
      deliver(record, line);
      line += 1;
      readUpTo = end;
      return;
    }
    while (readUpTo < end) {
      const read = quoted.read(readUpTo, line);
      deliver(read.values, line);
      line += read.lineBreaks;
      readUpTo = read.end;
    }
  };
}

function withoutByteOrderMark(source: string): string {
  return source.charCodeAt(0) === BYTE_ORDER_MARK ? source.slice(1) : source;
}

// Classic Mac OS exports end lines with a bare carriage return; everything else has a line feed.
function newlineOf(text: string): '\n' | '\r' {
  return text.includes('\n') || !text.includes('\r') ? '\n' : '\r';
}

function papaConfig(text: string): { delimiter: string; newline: '\n' | '\r'; quoteChar: string; fastMode: boolean } {
  return {
    delimiter: detectDelimiter(text),
    newline: newlineOf(text),
    quoteChar: '"',
    // papaparse's shortcut for a text without quotes first splits it into an array of every line: a million strings
    // alive at once for the garbage collector to copy. Its general path goes line by line, with less CPU in all.
    fastMode: false,
  };
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
  const text = withoutByteOrderMark(source);
  const step = rowStepper(text, handlers, options);
  Papa.parse<string[]>(text, { ...papaConfig(text), step: (result) => step(result.data, result.meta.cursor) });
}

/** How long `forEachCsvRowYielding` reads before it lets other work (chat turns, /health) run. */
export const CSV_SLICE_MS = 20;

/**
 * `forEachCsvRow` in slices of about `CSV_SLICE_MS` of work, yielding to the event loop between them, so a 25 MB
 * file delays chat turns and health checks by one slice at most rather than by the whole read. Rejects with what a
 * handler throws (or `CsvSyntaxError`), after which no handler is called again.
 *
 * @example
 * await forEachCsvRowYielding(text, handlers);
 */
export function forEachCsvRowYielding(source: string, handlers: CsvRowHandlers, options: CsvRowOptions & { sliceMs?: number } = {}): Promise<void> {
  const sliceMs = options.sliceMs ?? CSV_SLICE_MS;
  const text = withoutByteOrderMark(source);
  const step = rowStepper(text, handlers, options);
  return new Promise<void>((resolve, reject) => {
    // After a pause papaparse counts its cursor from where it resumed; `base` turns that back into an index of `text`.
    let base = 0;
    let lastEnd = 0;
    let failed = false;
    let sliceStarted = performance.now();
    Papa.parse<string[]>(text, {
      ...papaConfig(text),
      step: (result, parser) => {
        if (failed) return;
        try {
          lastEnd = base + result.meta.cursor;
          step(result.data, lastEnd);
        } catch (error) {
          failed = true;
          parser.abort();
          reject(error);
          return;
        }
        if (performance.now() - sliceStarted < sliceMs) return;
        parser.pause();
        base = lastEnd;
        setImmediate(() => {
          sliceStarted = performance.now();
          parser.resume();
        });
      },
      complete: () => {
        if (!failed) resolve();
      },
    });
  });
}
