/**
 * Characters that make a spreadsheet read a cell as a formula (`=`, `+`, `-`, `@`) or that some spreadsheets
 * strip before doing so (tab, carriage return). The full-width forms are included because some locales of Excel
 * treat them like their ASCII twins.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/**
 * Makes one CSV cell safe to open in a spreadsheet (CSV or "formula" injection, OWASP): a text cell starting with a
 * formula trigger gets a leading `'`, which spreadsheets show as text and do not evaluate. Numbers stay numbers,
 * so `-5` written from a number is untouched while the text `"-5"` or `"=HYPERLINK(...)"` is neutralised.
 * Quoting (commas, quotes, newlines) is the CSV writer's job and happens after this.
 *
 * @example
 * neutraliseCsvCell('=HYPERLINK("http://evil")') // "'=HYPERLINK(\"http://evil\")"
 * neutraliseCsvCell(-5)                           // '-5'
 */
export function neutraliseCsvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return value.length > 0 && FORMULA_TRIGGERS.has(value[0]!) ? `'${value}` : value;
}
