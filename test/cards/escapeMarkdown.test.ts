import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeMarkdown } from '../../src/cards/escapeMarkdown';

/** What a CommonMark renderer does with backslash escapes: `\` before ASCII punctuation leaves the character. */
function unescapeMarkdown(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

describe('escapeMarkdown', () => {
  it('turns a markdown link into literal brackets, parentheses and an unlinkable address', () => {
    expect(escapeMarkdown('[x](http://evil)')).toBe('\\[x\\]\\(http\\:\\/\\/evil\\)');
  });

  it('turns an HTML tag into literal angle brackets', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('\\<img src\\=x onerror\\=alert\\(1\\)\\>');
  });

  it('stops entities, emphasis, code spans, headings and list markers', () => {
    expect(escapeMarkdown('&amp; *a* _b_ `c` # d 1. e - f ![g](h)')).toBe(
      '\\&amp\\; \\*a\\* \\_b\\_ \\`c\\` \\# d 1\\. e \\- f \\!\\[g\\]\\(h\\)',
    );
  });

  it('escapes a backslash itself, so a typed escape cannot cancel ours', () => {
    expect(escapeMarkdown('\\[x]')).toBe('\\\\\\[x\\]');
  });

  it('leaves letters, digits, spaces and non-ASCII text untouched', () => {
    expect(escapeMarkdown('Contoso 4 million USD € – ünïcødé 日本')).toBe('Contoso 4 million USD € – ünïcødé 日本');
  });

  it('renders back to exactly the text it was given, whatever the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => unescapeMarkdown(escapeMarkdown(text)) === text));
  });

  it('leaves no ASCII punctuation without its backslash, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (text) => {
        const withoutEscapes = escapeMarkdown(text).replace(/\\[!-/:-@[-`{-~]/g, '');
        return !/[!-/:-@[-`{-~]/.test(withoutEscapes);
      }),
    );
  });
});
