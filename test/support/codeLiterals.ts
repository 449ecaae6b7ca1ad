/**
 * String and template literals of a TypeScript file, comments and import paths removed, `${…}` blanked: what a
 * guard test reads to find words a module writes itself.
 */
export function codeLiterals(source: string): string[] {
  const found: string[] = [];
  for (const match of codeWithoutComments(source).matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
    found.push((match[1] ?? match[2] ?? match[3] ?? '').replace(/\$\{[^}]*\}/g, ' '));
  }
  return found;
}

/** The code of a TypeScript file without comments and import/re-export lines. */
export function codeWithoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/^import .*$/gm, '')
    .replace(/^export .* from .*$/gm, '');
}

/**
 * Words a person reads: two words in a row or one capitalised word ("Notes"). A literal without spaces made of
 * identifier characters is code (a message key "chat.buttons.yes", a MIME type, a host name), not prose.
 */
export function looksLikeProse(literal: string): boolean {
  if (/^[\w.\-/+]*$/.test(literal.trim()) && !/^[A-Z][a-z]+$/.test(literal.trim())) return false;
  return /[A-Za-z]{2,}[ ,;:.]+[A-Za-z]{2,}/.test(literal) || /^[A-Z][a-z]+$/.test(literal.trim());
}
