/** Longest part of a cell a message quotes back: enough to find the cell, too little to carry a payload. */
export const MAX_QUOTED_CHARACTERS = 40;

// Control characters, bidirectional overrides and invisible joiners: they would reorder or hide the reply's text.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * A cell's text as an error message quotes it: in double quotes, the first `MAX_QUOTED_CHARACTERS` characters
 * only (then "…"), with control and direction-changing characters shown as "?" and inner quotes doubled. A bad
 * 2 MB cell is echoed as 40 characters, never whole.
 *
 * @example
 * quotedFragment('2026-13-01') // '"2026-13-01"'
 * quotedFragment('x'.repeat(100)) // '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…"'
 */
export function quotedFragment(text: string): string {
  const characters = Array.from(text.slice(0, MAX_QUOTED_CHARACTERS * 2)).slice(0, MAX_QUOTED_CHARACTERS + 1);
  const shown = characters.slice(0, MAX_QUOTED_CHARACTERS).join('').replace(UNSAFE, '?').replaceAll('"', '""');
  return `"${shown}${characters.length > MAX_QUOTED_CHARACTERS ? '…' : ''}"`;
}
