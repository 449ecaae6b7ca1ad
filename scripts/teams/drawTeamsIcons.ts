import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { TEAMS_ICON_SIZES } from './validateTeamsPackage';

// Azure blue, the same value as the manifest's accentColor, so the icon and its tile background match.
const ACCENT_RGB = [0x00, 0x78, 0xd4] as const;
// Each pixel is sampled on a 4x4 grid so the glyph's edges are smooth at 32x32 as well as at 192x192.
const SAMPLES_PER_AXIS = 4;

type Point = readonly [number, number];

/** The glyph, in a unit square: a ring with a check mark inside, "qualifies" at a glance. */
const GLYPH = {
  ringRadius: 0.34,
  ringHalfWidth: 0.035,
  check: [
    [0.33, 0.52],
    [0.45, 0.64],
    [0.68, 0.38],
  ] as const satisfies readonly Point[],
  checkHalfWidth: 0.045,
};

/**
 * Draws the 192x192 full-colour icon: a white ring and check mark on an Azure-blue square (Teams rounds the corners).
 *
 * @example
 * writeFileSync('manifest/color.png', PNG.sync.write(drawColorIcon()));
 */
export function drawColorIcon(): PNG {
  return drawIcon(TEAMS_ICON_SIZES.color, (coverage) => [
    blend(ACCENT_RGB[0], 255, coverage),
    blend(ACCENT_RGB[1], 255, coverage),
    blend(ACCENT_RGB[2], 255, coverage),
    255,
  ]);
}

/**
 * Draws the 32x32 outline icon: the same glyph in pure white, with coverage carried only in the alpha channel, so
 * every pixel is white or transparent as Teams requires.
 *
 * @example
 * writeFileSync('manifest/outline.png', PNG.sync.write(drawOutlineIcon()));
 */
export function drawOutlineIcon(): PNG {
  return drawIcon(TEAMS_ICON_SIZES.outline, (coverage) => (coverage === 0 ? [0, 0, 0, 0] : [255, 255, 255, Math.round(coverage * 255)]));
}

function drawIcon(size: number, colour: (coverage: number) => readonly [number, number, number, number]): PNG {
  const image = new PNG({ width: size, height: size, colorType: 6 });
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const offset = (y * size + x) * 4;
      const rgba = colour(glyphCoverage(x, y, size));
      for (let channel = 0; channel < 4; channel += 1) {
        image.data[offset + channel] = rgba[channel] ?? 0;
      }
    }
  }
  return image;
}

function glyphCoverage(pixelX: number, pixelY: number, size: number): number {
  let inside = 0;
  for (let sampleY = 0; sampleY < SAMPLES_PER_AXIS; sampleY += 1) {
    for (let sampleX = 0; sampleX < SAMPLES_PER_AXIS; sampleX += 1) {
      const point: Point = [(pixelX + (sampleX + 0.5) / SAMPLES_PER_AXIS) / size, (pixelY + (sampleY + 0.5) / SAMPLES_PER_AXIS) / size];
      if (isOnGlyph(point)) {
        inside += 1;
      }
    }
  }
  return inside / SAMPLES_PER_AXIS ** 2;
}

function isOnGlyph([x, y]: Point): boolean {
  const fromCentre = Math.hypot(x - 0.5, y - 0.5);
  if (Math.abs(fromCentre - GLYPH.ringRadius) <= GLYPH.ringHalfWidth) {
    return true;
  }
  const [first, corner, last] = GLYPH.check;
  return Math.min(distanceToSegment([x, y], first, corner), distanceToSegment([x, y], corner, last)) <= GLYPH.checkHalfWidth;
}

function distanceToSegment(point: Point, start: Point, end: Point): number {
  const [dx, dy] = [end[0] - start[0], end[1] - start[1]];
  const along = Math.max(0, Math.min(1, ((point[0] - start[0]) * dx + (point[1] - start[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(point[0] - (start[0] + along * dx), point[1] - (start[1] + along * dy));
}

function blend(from: number, to: number, amount: number): number {
  return Math.round(from + (to - from) * amount);
}

// Run once to (re)create the committed icons: node dist/scripts/teams/drawTeamsIcons.js [manifestDir]
if (require.main === module) {
  const manifestDir = path.resolve(process.argv[2] ?? 'manifest');
  writeFileSync(path.join(manifestDir, 'color.png'), PNG.sync.write(drawColorIcon()));
  writeFileSync(path.join(manifestDir, 'outline.png'), PNG.sync.write(drawOutlineIcon()));
  console.log(`Wrote color.png and outline.png to ${manifestDir}`);
}
