import { parse } from 'csv-parse/sync';
import { detectDelimiter } from './delimiter';

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

/** Quoted cells may hold line breaks, so a record ends on a later line than it starts. */
function startLine(record: readonly string[], endLine: number): number {
  let breaks = 0;
  for (const cell of record) {
    for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) breaks += 1;
  }
  return endLine - breaks;
}

/**
 * Reads a spreadsheet's CSV export record by record, each with the line it starts on (the header is line 1): a
 * byte order mark is dropped, the separator is detected, cells are trimmed, and lines with no values at all are
 * not records. Throws the parser's `CsvError` when the text stops being CSV (a quote that never closes).
 *
 * @example
 * forEachCsvRow('date,amountUsd\n2026-01-05,12000\n', { onHeader: () => {}, onRow: (record, line) => console.log(line, record), onShiftedRow: () => {} })
 * // logs 2 [ '2026-01-05', '12000' ]
 */
export function forEachCsvRow(text: string, handlers: CsvRowHandlers, options: CsvRowOptions = {}): void {
  let headerWidth: number | undefined;
  parse(text, {
    bom: true,
    delimiter: detectDelimiter(text),
    trim: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    relax_column_count: true,
    relax_quotes: options.relaxQuotes ?? false,
    on_record: (record: string[], context) => {
      const line = startLine(record, context.lines);
      if (headerWidth === undefined) {
        headerWidth = record.length;
        handlers.onHeader(record, line);
      } else if (record.length > headerWidth && record.slice(headerWidth).some((cell) => cell !== '')) {
        // Trailing empty cells are what spreadsheets write after the last column; extra values are a shifted row.
        handlers.onShiftedRow(line, record.length, headerWidth);
      } else {
        handlers.onRow(record, line);
      }
      return null;
    },
  });
}
