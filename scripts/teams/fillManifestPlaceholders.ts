// Teams Toolkit writes environment-dependent values as ${{NAME}}; we keep that convention so the manifest reads the
// same as the Microsoft samples and could be handed to the toolkit unchanged.
const PLACEHOLDER_PATTERN = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The manifest text with placeholders replaced, and the names of any placeholders that had no value. */
export interface FilledManifestText {
  text: string;
  unfilledNames: string[];
}

/**
 * Replaces `${{NAME}}` placeholders in the manifest's JSON text. Values are JSON-escaped because they land inside
 * JSON strings; names without a value are left in place and reported, so packaging can refuse a half-filled manifest.
 *
 * @example
 * fillManifestPlaceholders('{"id":"${{MicrosoftAppId}}"}', { MicrosoftAppId: 'abc' });
 * // => { text: '{"id":"abc"}', unfilledNames: [] }
 */
export function fillManifestPlaceholders(text: string, values: Readonly<Record<string, string>>): FilledManifestText {
  const unfilledNames = new Set<string>();
  const filled = text.replace(PLACEHOLDER_PATTERN, (whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) {
      unfilledNames.add(name);
      return whole;
    }
    return JSON.stringify(value).slice(1, -1);
  });
  return { text: filled, unfilledNames: [...unfilledNames] };
}
