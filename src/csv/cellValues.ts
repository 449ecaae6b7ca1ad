import type { Designation } from '../eligibility/schema';
import { isCalendarDate } from './calendarDate';
import { quotedFragment } from './quotedFragment';

/**
 * Reading the text of one spreadsheet cell (or one query-string value) as the value the evaluator wants.
 * Exports from billing systems and hand-kept spreadsheets write the same fact many ways; these accept the common
 * spellings and refuse anything they would have to guess at.
 */

export type CellValue<T> = { ok: true; value: T } | { ok: false; reason: string };

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0']);

/**
 * A yes/no cell: true/false, yes/no, y/n or 1/0 in any case. An empty cell is `emptyMeans` (false for "net new":
 * a blank in an export means the flag was not set).
 *
 * @example
 * readBooleanCell('Yes', false) // { ok: true, value: true }
 */
export function readBooleanCell(text: string, emptyMeans: boolean): CellValue<boolean> {
  const word = text.trim().toLowerCase();
  if (word === '') return { ok: true, value: emptyMeans };
  if (TRUE_WORDS.has(word)) return { ok: true, value: true };
  if (FALSE_WORDS.has(word)) return { ok: true, value: false };
  return { ok: false, reason: `${quotedFragment(text)} is not yes or no (write true/false, yes/no, y/n or 1/0)` };
}

// Thousands separators must group by three: "1,23" is a European decimal comma, and reading it as 123 would be a guess.
const AMOUNT = /^(?:USD|US\$|\$)?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(?:USD)?$/i;
// What nearly every row of a machine export holds; read without the general pattern's match and rebuilt string.
const PLAIN_AMOUNT = /^\d+(?:\.\d+)?$/;

/**
 * A US-dollar amount: `1234.56`, `$1,234.56`, `USD 1,234.56`. A leading minus or accounting parentheses make it
 * negative, so the schema can say "cannot be negative" instead of "not a number".
 *
 * @example
 * readAmountCell('$12,500.00') // { ok: true, value: 12500 }
 */
export function readAmountCell(text: string): CellValue<number> {
  let body = text.trim();
  if (PLAIN_AMOUNT.test(body)) return { ok: true, value: Number(body) };
  if (body === '') return { ok: false, reason: 'is empty; every row needs an amount in US dollars' };
  let sign = 1;
  if (body.startsWith('(') && body.endsWith(')')) {
    sign = -1;
    body = body.slice(1, -1).trim();
  } else if (body.startsWith('-')) {
    sign = -1;
    body = body.slice(1).trim();
  }
  const match = AMOUNT.exec(body);
  if (!match) return { ok: false, reason: `${quotedFragment(text)} is not an amount in US dollars (write 1234.56 or $1,234.56)` };
  const value = Number(`${match[1]!.replaceAll(',', '')}${match[2] ?? ''}`);
  return { ok: true, value: sign * value };
}

/**
 * A whole count such as `25` or `1,200`; fractions and words are refused (the caller decides what they mean).
 *
 * @example
 * readCountCell('1,200') // { ok: true, value: 1200 }
 */
export function readCountCell(text: string): CellValue<number> {
  const body = text.trim();
  const match = /^-?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/.exec(body);
  if (!match) return { ok: false, reason: `${quotedFragment(text)} is not a number` };
  // A fraction is read as a number so the schema names the rule it breaks ("must be a whole number").
  return { ok: true, value: Number(body.replaceAll(',', '')) };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// ISO 8601 date-time, with the space separator RFC 3339 allows (spreadsheet exports write it that way).
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A date cell, `YYYY-MM-DD` or an ISO date-time. Returns the text in the form the evaluator's schema reads
 * (date-times keep their time, with a `T`), so JSON and CSV input are judged by one rule.
 *
 * @example
 * readDateCell('2026-01-05 14:30:00') // { ok: true, value: '2026-01-05T14:30:00' }
 */
export function readDateCell(text: string): CellValue<string> {
  const body = text.trim();
  if (body === '') return { ok: false, reason: 'is empty; every row needs a date written YYYY-MM-DD' };
  if (!ISO_DATE.test(body) && !ISO_DATE_TIME.test(body)) return { ok: false, reason: `${quotedFragment(text)} is not a date written YYYY-MM-DD` };
  if (!isCalendarDate(body.length === 10 ? body : body.slice(0, 10))) return { ok: false, reason: `${quotedFragment(text)} is not a real calendar date` };
  return { ok: true, value: body.length === 10 ? body : `${body.slice(0, 10)}T${body.slice(11)}` };
}

/** The short names a person types for each designation, and the API's own names. */
const DESIGNATION_TYPES: Record<string, Designation['type']> = {
  azure: 'certified-software-azure',
  'certified-software-azure': 'certified-software-azure',
  security: 'certified-software-security',
  'certified-software-security': 'certified-software-security',
  'industry-ai': 'industry-ai',
  ai: 'industry-ai',
};

/**
 * A designations cell (or flag): `none`, or one or more `type:YYYY-MM-DD` (the day it was attained) separated by
 * `;`, `,` or `|`, where type is azure, security or industry-ai. The evaluator decides from when each counts.
 *
 * @example
 * readDesignationsCell('azure:2026-01-15') // { ok: true, value: [{ type: 'certified-software-azure', attainedOn: '2026-01-15' }] }
 */
export function readDesignationsCell(text: string): CellValue<Designation[]> {
  const body = text.trim().toLowerCase();
  if (body === 'none' || body === 'no') return { ok: true, value: [] };
  const designations: Designation[] = [];
  for (const part of body.split(/[;,|]/)) {
    const match = /^\s*([a-z-]+)\s*:\s*(\d{4}-\d{2}-\d{2})\s*$/.exec(part);
    const type = match ? DESIGNATION_TYPES[match[1]!] : undefined;
    if (!match || !type) {
      return { ok: false, reason: `"${text}" is not type:date (for example azure:2026-01-15, industry-ai:2026-03-01, security:2025-02-10 or none)` };
    }
    if (!isCalendarDate(match[2]!)) return { ok: false, reason: `"${match[2]}" is not a real calendar date` };
    designations.push({ type, attainedOn: match[2]! });
  }
  return { ok: true, value: designations };
}

/** What a cell holds once read. */
export type CellContent = string | number | boolean | Designation[];

/** How a cell's text is read: as it stands, or as a yes/no, a US-dollar amount, a whole count or designations. */
export type CellKind = 'text' | 'boolean' | 'amount' | 'count' | 'designations';

/**
 * A cell read as the kind its column (or query parameter) holds; an empty yes/no is false. The caller trims the
 * text and decides what an empty cell means before asking, so `text` comes back as given.
 *
 * @example
 * readCellAs('amount', '$4,000,000') // { ok: true, value: 4000000 }
 */
export function readCellAs(kind: CellKind, text: string): CellValue<CellContent> {
  switch (kind) {
    case 'text':
      return { ok: true, value: text };
    case 'boolean':
      return readBooleanCell(text, false);
    case 'amount':
      return readAmountCell(text);
    case 'count':
      return readCountCell(text);
    case 'designations':
      return readDesignationsCell(text);
  }
}
