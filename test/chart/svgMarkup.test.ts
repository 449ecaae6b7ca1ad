import { describe, expect, it } from 'vitest';
import { escapeXml, svgElement, svgNumber, svgText } from '../../src/cards/svgMarkup';

describe('escaping text for SVG', () => {
  it.each([
    ['plain text', 'plain text'],
    ['A & B', 'A &amp; B'],
    ['</text><script>alert(1)</script>', '&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['say "hi" and \'bye\'', 'say &quot;hi&quot; and &#39;bye&#39;'],
    ['Fabrikam — Zürich', 'Fabrikam &#x2014; Z&#xFC;rich'],
    ['a smile 😀', 'a smile &#x1F600;'],
    ['bell\u0007 and nul\u0000 are dropped', 'bell and nul are dropped'],
    ['tab\tstays', 'tab\tstays'],
  ])('%j is written %j', (text, escaped) => {
    expect(escapeXml(text)).toBe(escaped);
  });

  it('the result is plain ASCII whatever the input', () => {
    const codes = [...escapeXml('€ 😀 ü \u2028 \uFFFF \t')].map((char) => char.codePointAt(0)!);
    expect(codes.every((code) => code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0x7e))).toBe(true);
  });
});

describe('building SVG elements', () => {
  it('an element without children closes itself, with attributes escaped', () => {
    expect(svgElement('rect', { x: 1, y: 2.345, fill: 'a"b' })).toBe('<rect x="1" y="2.35" fill="a&quot;b"/>');
  });

  it('undefined attributes are left out', () => {
    expect(svgElement('line', { x1: 0, stroke: undefined })).toBe('<line x1="0"/>');
  });

  it('children are nested in order', () => {
    expect(svgElement('g', {}, ['<a/>', '<b/>'])).toBe('<g><a/><b/></g>');
  });

  it('text content is escaped', () => {
    expect(svgText('text', { x: 4 }, 'A < B')).toBe('<text x="4">A &lt; B</text>');
  });

  it.each([
    [1, '1'],
    [1.005, '1'],
    [2.349, '2.35'],
    [-0.5, '-0.5'],
  ])('the coordinate %s is written %s', (value, text) => {
    expect(svgNumber(value)).toBe(text);
  });
});
