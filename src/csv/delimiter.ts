const CANDIDATES = [',', ';', '\t'] as const;

/**
 * The separator a CSV text uses: the one its first line holds most often, comma when it holds none. Excel in many
 * European locales saves "CSV" with semicolons, and some exports are tab-separated.
 *
 * @example
 * detectDelimiter('date;customerId;amountUsd\n2026-01-05;c1;12000\n') // ';'
 */
export function detectDelimiter(text: string): string {
  const end = text.indexOf('\n');
  const firstLine = end === -1 ? text : text.slice(0, end);
  let best = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = firstLine.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}
