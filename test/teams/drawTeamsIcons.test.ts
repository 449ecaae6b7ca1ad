import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { drawColorIcon, drawOutlineIcon } from '../../scripts/teams/drawTeamsIcons';
import { readPngFacts } from '../../scripts/teams/pngFacts';
import { committedIcons } from './teamsFixtures';

describe('the Teams icons', () => {
  it('the committed colour icon is exactly what drawColorIcon draws, 192x192', () => {
    const committed = PNG.sync.read(committedIcons()['color.png']!);
    const drawn = drawColorIcon();
    expect([committed.width, committed.height]).toEqual([192, 192]);
    expect(committed.data.equals(drawn.data)).toBe(true);
  });

  it('the committed outline icon is exactly what drawOutlineIcon draws, 32x32', () => {
    const committed = PNG.sync.read(committedIcons()['outline.png']!);
    const drawn = drawOutlineIcon();
    expect([committed.width, committed.height]).toEqual([32, 32]);
    expect(committed.data.equals(drawn.data)).toBe(true);
  });

  it('the outline icon has only white or transparent pixels, and some of each', () => {
    const outline = drawOutlineIcon();
    const alphas = new Set<number>();
    for (let offset = 0; offset < outline.data.length; offset += 4) {
      alphas.add(outline.data[offset + 3] ?? -1);
    }
    expect(readPngFacts(PNG.sync.write(outline))).toEqual({ ok: true, width: 32, height: 32, pixelsNeitherWhiteNorTransparent: 0 });
    expect(alphas.has(0) && alphas.has(255)).toBe(true);
  });

  it('the colour icon is fully opaque and uses more than one colour', () => {
    const color = drawColorIcon();
    const colours = new Set<string>();
    let notOpaque = 0;
    for (let offset = 0; offset < color.data.length; offset += 4) {
      notOpaque += color.data[offset + 3] === 255 ? 0 : 1;
      colours.add(color.data.subarray(offset, offset + 3).join(','));
    }
    expect(notOpaque).toBe(0);
    expect(colours.has('0,120,212') && colours.has('255,255,255')).toBe(true);
  });
});
