import { neutraliseCsvCell } from '../security/csvCell';
import type { BatchRow } from './batchRow';
import type { BatchResult } from './evaluateBatch';

/** The results file's columns, in order: the `BatchRow` fields. */
export const BATCH_CSV_COLUMNS = [
  'row',
  'partnerId',
  'status',
  'qualifiedBy',
  'closest',
  'mainGap',
  'windowStart',
  'windowEnd',
  'policyVersion',
  'policyEffective',
  'policySource',
  'errors',
] as const satisfies ReadonlyArray<keyof BatchRow>;

/**
 * One CSV cell: neutralised against formula injection first (a partner id of `=HYPERLINK(...)` must stay text in
 * Excel), then always quoted (RFC 4180). Quoting every cell matters in locales whose list separator is `;`: Excel
 * there splits an unquoted `a;=1+1;b` into three cells, the middle one a formula.
 *
 * @example
 * csvField('=1+1') // "\"'=1+1\""
 * csvField('a, "b"') // '"a, ""b"""'
 */
export function csvField(value: string | number | null): string {
  return `"${neutraliseCsvCell(value).replaceAll('"', '""')}"`;
}

function cells(row: BatchRow): Array<string | number | null> {
  return [
    row.row,
    row.partnerId,
    row.status,
    row.qualifiedBy.join('; '),
    row.closest,
    row.mainGap,
    row.windowStart,
    row.windowEnd,
    row.policyVersion,
    row.policyEffective,
    row.policySource,
    row.errors.join(' | '),
  ];
}

/**
 * The results as CSV: a header and one line per row, CRLF line ends, and a UTF-8 byte order mark so Excel reads
 * partner names beyond ASCII correctly. Several criteria are joined with "; ", several errors with " | ".
 *
 * @example
 * batchResultsCsv(result.rows) // '\uFEFF"row","partnerId","status",...\r\n"2","P1","qualified",...\r\n'
 */
export function batchResultsCsv(rows: readonly BatchRow[]): string {
  const lines = [BATCH_CSV_COLUMNS.map(csvField).join(',')];
  for (const row of rows) lines.push(cells(row).map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * The results as JSON: the summary and every row, as the HTTP API answers.
 *
 * @example
 * batchResultsJson(result) // '{\n  "mode": "partners",\n  "summary": { ... },\n  "rows": [ ... ]\n}\n'
 */
export function batchResultsJson(result: BatchResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
