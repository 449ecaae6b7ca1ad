import { PNG } from 'pngjs';

/** What the package checks need to know about an icon file. */
export type PngFacts =
  | { ok: true; width: number; height: number; pixelsNeitherWhiteNorTransparent: number }
  | { ok: false; reason: string };

/**
 * Decodes a PNG and reports its size and how many pixels break the outline-icon rule. Teams draws the outline icon
 * as a white glyph on a transparent background ("the border color needs to be white"), so any visible pixel that is
 * not pure white counts; fully transparent pixels count as transparent whatever colour they carry.
 *
 * @example
 * const facts = readPngFacts(readFileSync('manifest/outline.png'));
 * // => { ok: true, width: 32, height: 32, pixelsNeitherWhiteNorTransparent: 0 }
 */
export function readPngFacts(bytes: Uint8Array): PngFacts {
  let image: PNG;
  try {
    image = PNG.sync.read(Buffer.from(bytes));
  } catch (error) {
    return { ok: false, reason: `is not a readable PNG (${error instanceof Error ? error.message : String(error)})` };
  }
  let pixelsNeitherWhiteNorTransparent = 0;
  // pngjs always hands back 8-bit RGBA, whatever colour type and bit depth the file uses.
  for (let offset = 0; offset < image.data.length; offset += 4) {
    const [red, green, blue, alpha] = [image.data[offset], image.data[offset + 1], image.data[offset + 2], image.data[offset + 3]];
    const transparent = alpha === 0;
    const white = red === 255 && green === 255 && blue === 255;
    if (!transparent && !white) {
      pixelsNeitherWhiteNorTransparent += 1;
    }
  }
  return { ok: true, width: image.width, height: image.height, pixelsNeitherWhiteNorTransparent };
}
