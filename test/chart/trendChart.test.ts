import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  compactUsd,
  describeTrendForAltText,
  niceStep,
  renderTrendChartSvg,
  toBase64,
  trendChartDataUri,
  trendChartImageElement,
} from '../../src/cards/trendChart';
import { renderTrendChartPng } from '../../src/cards/trendChartPng';
import { monthEndsUpTo, type TrendPoint } from '../../src/eligibility/monthlyTrend';
import { webChatParserWarnings } from '../cards/adaptiveCardRules';

const THRESHOLD = 4_000_000;

function trendOf(amounts: number[], asOf = '2026-11-26'): TrendPoint[] {
  const ends = monthEndsUpTo(asOf, amounts.length);
  return amounts.map((amount, index) => ({
    monthEnd: ends[index]!,
    window: { start: '2025-01-01', end: ends[index]! },
    marketplaceBilledSalesUsd: amount,
    netNewCustomersOver10k: 0,
    transactionsOver100: 0,
    uniqueCustomersOver100: 0,
    marketplaceTransactions: 0,
  }));
}

const twelve = trendOf([3.1, 3.3, 3.5, 3.2, 3.9, 4.0, 4.2, 4.1, 3.95, 3.7, 3.6, 3.8].map((millions) => millions * 1_000_000));

/** resvg's XML parser is strict: a stray `&` or an unclosed element throws. */
function parsesAsSvg(svg: string): boolean {
  new Resvg(svg);
  return true;
}

function bars(svg: string): Array<{ y: number; height: number; fill: string }> {
  return [...svg.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)" fill="(#[0-9A-F]{6})"\/>/g)].map((match) => ({
    y: Number(match[1]),
    height: Number(match[2]),
    fill: match[3]!,
  })).filter((rect) => rect.fill !== '#FFFFFF');
}

describe('axis arithmetic', () => {
  it.each([
    [4_400_000, 4, 2_000_000],
    [4_200_000, 4, 2_000_000],
    [1_000, 4, 250],
    [9, 4, 2.5],
    [0, 4, 1],
  ])('a round step for %s in about %s ticks is %s', (max, ticks, step) => {
    expect(niceStep(max, ticks)).toBe(step);
  });

  it.each([
    [0, 'USD 0'],
    [500_000, 'USD 500K'],
    [2_500_000, 'USD 2.5M'],
    [4_000_000, 'USD 4M'],
    [1_200_000_000, 'USD 1.2B'],
  ])('%s on an axis reads %s', (amount, text) => {
    expect(compactUsd(amount)).toBe(text);
  });
});

describe('the trend chart as SVG', () => {
  const svg = renderTrendChartSvg(twelve, THRESHOLD);

  it('is well-formed SVG that a strict parser reads', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="480" height="260"')).toBe(true);
    expect(parsesAsSvg(svg)).toBe(true);
  });

  it('draws one bar per month end, green where it meets the threshold and blue where it does not', () => {
    const drawn = bars(svg);
    expect(drawn).toHaveLength(12);
    expect(drawn.map((bar) => bar.fill === '#107C10')).toEqual(twelve.map((point) => point.marketplaceBilledSalesUsd >= THRESHOLD));
  });

  it('bar heights are proportional to the amounts, and the threshold line sits where a USD 4M bar would end', () => {
    const drawn = bars(svg);
    const perDollar = drawn[0]!.height / twelve[0]!.marketplaceBilledSalesUsd;
    drawn.forEach((bar, index) => expect(bar.height).toBeCloseTo(twelve[index]!.marketplaceBilledSalesUsd * perDollar, 0));
    const atFourMillion = drawn[5]!;
    const line = /<line x1="[\d.]+" y1="([\d.]+)" x2="[\d.]+" y2="([\d.]+)" stroke="#D13438"/.exec(svg);
    expect(Number(line?.[1])).toBeCloseTo(atFourMillion.y, 1);
  });

  it('labels the axes: amounts up the side, months and years along the bottom, and the threshold', () => {
    for (const label of ['USD 0', 'USD 2M', 'USD 4M', 'USD 6M', 'Dec', 'Jan', 'Oct', '2025', '2026', 'USD 4M threshold']) {
      expect(svg).toContain(`>${label}</text>`);
    }
  });

  it('carries a title and the alt text as its description for screen readers', () => {
    expect(svg).toContain('role="img" aria-labelledby="chart-title chart-desc"');
    expect(svg).toContain('<title id="chart-title">Trailing-twelve-month marketplace billed sales</title>');
    expect(svg).toContain(`<desc id="chart-desc">${describeTrendForAltText(twelve, THRESHOLD)}</desc>`);
  });

  it('escapes a title that tries to inject markup', () => {
    const hostile = renderTrendChartSvg(twelve, THRESHOLD, { title: '</text><script>alert("x")</script> & Contoso — Zürich' });
    expect(hostile).not.toContain('<script');
    expect(hostile).toContain('&lt;/text&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Contoso &#x2014; Z&#xFC;rich');
    expect(parsesAsSvg(hostile)).toBe(true);
  });

  it('an empty trend still renders, saying there is nothing to show', () => {
    const empty = renderTrendChartSvg([], THRESHOLD);
    expect(parsesAsSvg(empty)).toBe(true);
    expect(bars(empty)).toHaveLength(0);
    expect(empty).toContain('No month ends to show');
  });

  it('three years of month ends label every third month so labels do not overlap', () => {
    const long = renderTrendChartSvg(trendOf(Array.from({ length: 36 }, (_, index) => index * 200_000)), THRESHOLD);
    expect(bars(long)).toHaveLength(36);
    expect(long.match(/text-anchor="middle">(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)</g)).toHaveLength(12);
  });
});

describe('the alt text', () => {
  it('states every month end with its amount, and how far the latest is below the threshold', () => {
    expect(describeTrendForAltText(trendOf([3_500_000, 3_600_000], '2026-11-26'), THRESHOLD)).toBe(
      'Bar chart of marketplace billed sales over the trailing twelve months at each month end, against the USD 4,000,000 threshold. ' +
        '30 Sep 2026: USD 3,500,000; 31 Oct 2026: USD 3,600,000. The latest, 31 Oct 2026, is USD 400,000 below the threshold.',
    );
  });

  it.each([
    [4_000_000, 'meets the threshold exactly.'],
    [4_250_000.5, 'meets the threshold by USD 250,000.50.'],
    [3_999_999.99, 'is USD 0.01 below the threshold.'],
  ])('a latest month of %s %s', (amount, ending) => {
    expect(describeTrendForAltText(trendOf([amount]), THRESHOLD).endsWith(ending)).toBe(true);
  });

  it('an empty trend says there is nothing to show', () => {
    expect(describeTrendForAltText([], THRESHOLD)).toMatch(/There are no month ends to show\.$/);
  });
});

describe('the chart as an image for a card', () => {
  it('the SVG data URI decodes back to the SVG', () => {
    const svg = renderTrendChartSvg(twelve, THRESHOLD);
    const uri = trendChartDataUri(svg);
    expect(uri.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(Buffer.from(uri.slice(uri.indexOf(',') + 1), 'base64').toString('utf8')).toBe(svg);
  });

  it('base64 matches Node for sizes around its chunking', () => {
    for (const size of [0, 1, 2, 3, 0x8000 - 1, 0x8000, 0x8000 + 1, 100_000]) {
      const bytes = Uint8Array.from({ length: size }, (_, index) => (index * 31 + 7) % 256);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('renders to a PNG of the SVG size with green bars, blue bars, the red threshold line and drawn text', () => {
    const svg = renderTrendChartSvg(twelve, THRESHOLD);
    const png = PNG.sync.read(Buffer.from(renderTrendChartPng(svg)));
    expect([png.width, png.height]).toEqual([480, 260]);
    const pixel = (x: number, y: number) => {
      const at = (Math.round(y) * png.width + Math.round(x)) * 4;
      return `#${[png.data[at]!, png.data[at + 1]!, png.data[at + 2]!].map((channel) => channel.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
    };
    const drawn = bars(svg);
    const band = (480 - 12 - 64) / 12;
    const bottomOf = (index: number) => drawn[index]!.y + drawn[index]!.height - 3;
    expect(pixel(64 + band * 6.5, bottomOf(6))).toBe('#107C10');
    expect(pixel(64 + band * 0.5, bottomOf(0))).toBe('#0078D4');
    const lineY = Number(/<line x1="64" y1="([\d.]+)"[^>]*stroke="#D13438"/.exec(svg)?.[1]);
    expect(lineY).toBeGreaterThan(40);
    const redAlongLine = Array.from({ length: 40 }, (_, index) => pixel(66 + index, lineY)).filter((color) => color === '#D13438');
    expect(redAlongLine.length).toBeGreaterThan(10);
    // The title's glyphs: dark pixels in the title row, which stays white if no font was found.
    const darkInTitle = Array.from({ length: 300 }, (_, index) => pixel(12 + index, 16)).filter((color) => parseInt(color.slice(1, 3), 16) < 0x80);
    expect(darkInTitle.length).toBeGreaterThan(5);
  });

  it('the Image element carries a PNG data URI when given a rasteriser, and the alt text', () => {
    const element = trendChartImageElement(twelve, THRESHOLD, { rasterize: renderTrendChartPng });
    expect(element.type).toBe('Image');
    expect(element.url.startsWith('data:image/png;base64,iVBORw0KGgo')).toBe(true);
    expect(element.altText).toBe(describeTrendForAltText(twelve, THRESHOLD));
    // Teams refuses cards over about 28 KB; the chart must leave room for the rest of the card.
    expect(element.url.length).toBeLessThan(24_000);
  });

  it('without a rasteriser the Image element carries the SVG data URI', () => {
    expect(trendChartImageElement(twelve, THRESHOLD).url.startsWith('data:image/svg+xml;base64,')).toBe(true);
  });

  it('Web Chat\'s Adaptive Cards parser accepts the Image element in a 1.5 card', () => {
    const card = {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      body: [trendChartImageElement(twelve, THRESHOLD, { rasterize: renderTrendChartPng })],
    };
    expect(webChatParserWarnings(card)).toEqual([]);
  });
});
