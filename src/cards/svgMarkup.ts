/**
 * A tiny SVG string builder. Every text and attribute value goes through `escapeXml`, so a label can never close
 * an element or open a script, and the output stays ASCII: it survives base64 and any transport as it is.
 */

// XML 1.0 allows tab, line feed and carriage return below U+0020; the rest cannot appear even as references.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const NAMED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text safe inside an element or a double- or single-quoted attribute: markup characters become entities, anything
 * beyond ASCII a numeric reference, and characters XML forbids are dropped.
 *
 * @example
 * escapeXml('Fabrikam & "Contoso" <b>') // 'Fabrikam &amp; &quot;Contoso&quot; &lt;b&gt;'
 */
export function escapeXml(text: string): string {
  let out = '';
  for (const char of text.replace(FORBIDDEN, '')) {
    const named = NAMED[char];
    if (named) out += named;
    else if (char.codePointAt(0)! > 0x7e) out += `&#x${char.codePointAt(0)!.toString(16).toUpperCase()};`;
    else out += char;
  }
  return out;
}

/**
 * Coordinates to at most two decimals: enough for a crisp chart, short enough to keep the image small.
 *
 * @example
 * svgNumber(2.349) // '2.35'
 */
export function svgNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export type SvgAttributes = Record<string, string | number | undefined>;

function attributes(values: SvgAttributes): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? svgNumber(value) : escapeXml(value)}"`)
    .join('');
}

/**
 * An element whose children are markup built by these functions (never raw user text).
 *
 * @example
 * svgElement('g', { fill: 'red' }, [svgElement('rect', { x: 0, y: 0, width: 10, height: 5 })]) // '<g fill="red"><rect x="0" y="0" width="10" height="5"/></g>'
 */
export function svgElement(name: string, values: SvgAttributes, children: readonly string[] = []): string {
  return children.length === 0 ? `<${name}${attributes(values)}/>` : `<${name}${attributes(values)}>${children.join('')}</${name}>`;
}

/**
 * An element holding text, escaped.
 *
 * @example
 * svgText('text', { x: 4, y: 12 }, 'A & B') // '<text x="4" y="12">A &amp; B</text>'
 */
export function svgText(name: string, values: SvgAttributes, text: string): string {
  return `<${name}${attributes(values)}>${escapeXml(text)}</${name}>`;
}
