/**
 * Every ASCII punctuation character. CommonMark lets any of them be backslash-escaped, and between them they
 * start every construct that could turn a partner's words into markup: links `[x](…)`, images `![…]`, raw HTML
 * and autolinks `<…>`, entities `&…;`, emphasis, code spans, headings and list markers. Escaping `:` `/` `.` and
 * `@` as well leaves Web Chat's linkify (markdown-it `linkify: true`) no scheme or domain to turn into a link.
 */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/**
 * Makes user-supplied text safe to quote in a markdown message: it renders as the same characters, never as a
 * link, image, HTML element or formatting. Use it only where the text is sent as markdown (Web Chat's default);
 * a plain-text channel would show the backslashes.
 *
 * @example
 * escapeMarkdown('[x](http://evil)'); // '\\[x\\]\\(http\\:\\/\\/evil\\)'
 */
export function escapeMarkdown(text: string): string {
  return text.replace(ASCII_PUNCTUATION, (character) => `\\${character}`);
}
