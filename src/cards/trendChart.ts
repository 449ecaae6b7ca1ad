import { t } from '../i18n';
import { formatDate, formatMonth, formatUsd, formatUsdCompact } from '../eligibility/format';
import type { TrendPoint } from '../eligibility/monthlyTrend';
import { semicolonSeparator } from '../eligibility/wording';
import { svgElement, svgText } from './svgMarkup';

export interface TrendChartOptions {
  width?: number;
  height?: number;
  title?: string;
}

/** An Adaptive Card 1.5 `Image` element. */
export interface TrendChartImage {
  type: 'Image';
  url: string;
  altText: string;
}

/*
 * The chart sits on a transparent background, on whatever the host's theme paints: Teams light, dark or high
 * contrast, Web Chat's white. Bars and the threshold keep their meaning colours (3:1 or better against white and
 * against Teams' dark #1F1F1F); text and axes are a mid grey that reads on both (about 3.5:1 and 4.9:1), and the
 * numbers themselves are in the alt text.
 */
const COLORS = { met: '#107C10', short: '#0078D4', threshold: '#D13438', axis: '#8A8886', text: '#8A8886', grid: '#8A8886' };
// Fonts the rasteriser and every browser can find; the last resort is the renderer's own sans-serif.
const FONT = 'Segoe UI, DejaVu Sans, Liberation Sans, Arial, sans-serif';
/** Roughly the width of one character of a 12px bold sans-serif; longer titles are squeezed to fit, never cut. */
const TITLE_CHAR_WIDTH = 7.4;

/**
 * A round step for about `ticks` axis divisions: 1, 2, 2.5 or 5 times a power of ten.
 *
 * @example
 * niceStep(4_400_000, 4) // 1_000_000
 */
export function niceStep(max: number, ticks: number): number {
  if (!(max > 0)) return 1;
  const rough = max / ticks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough);
  return step ?? 10 * power;
}

/**
 * An axis amount in few characters: USD 0, USD 500K, USD 2.5M.
 *
 * @example
 * compactUsd(2_500_000) // 'USD 2.5M'
 */
export function compactUsd(amount: number): string {
  return formatUsdCompact(amount);
}

/**
 * The chart's numbers in a sentence or two, for people who cannot see it: every month end's figure and where the
 * latest stands against the threshold.
 *
 * @example
 * describeTrendForAltText(trend, 4_000_000)
 * // 'Bar chart of marketplace billed sales over the trailing twelve months at each month end, against the USD 4,000,000 threshold. 30 Nov 2025: USD 1,500,000; ... The latest, 31 Oct 2026, is USD 1,499,751 below the threshold.'
 */
export function describeTrendForAltText(trend: readonly TrendPoint[], thresholdUsd: number): string {
  const lead = t('result.trend.alt.lead', { threshold: formatUsd(thresholdUsd) });
  const latest = trend[trend.length - 1];
  if (!latest) return `${lead} ${t('result.trend.alt.empty')}`;
  const figures = trend.map((point) => t('result.labelValue', { label: formatDate(point.monthEnd), value: formatUsd(point.marketplaceBilledSalesUsd) })).join(semicolonSeparator());
  const difference = Math.round((latest.marketplaceBilledSalesUsd - thresholdUsd) * 100) / 100;
  const date = formatDate(latest.monthEnd);
  const standing =
    difference > 0
      ? t('result.trend.alt.meetsBy', { date, amount: formatUsd(difference) })
      : difference === 0
        ? t('result.trend.alt.meetsExactly', { date })
        : t('result.trend.alt.below', { date, amount: formatUsd(-difference) });
  return `${lead} ${figures}. ${standing}`;
}

/**
 * An SVG bar chart of trailing-window billed sales at each month end against the threshold line, with axis labels,
 * a title and the alt text as its description. Built as a string (no DOM, no browser); every text is escaped.
 * Bars that meet the threshold are green, the rest blue; the threshold is a dashed red line.
 *
 * @example
 * renderTrendChartSvg(monthlyTrend(transactions, policy, '2026-11-26'), 4_000_000) // '<svg xmlns="http://www.w3.org/2000/svg" ...'
 */
export function renderTrendChartSvg(trend: readonly TrendPoint[], thresholdUsd: number, options: TrendChartOptions = {}): string {
  const width = options.width ?? 480;
  const height = options.height ?? 260;
  const title = options.title ?? t('result.trend.title');
  const plot = { left: 64, right: width - 12, top: 40, bottom: height - 36 };
  const plotWidth = plot.right - plot.left;
  const plotHeight = plot.bottom - plot.top;

  const highest = Math.max(thresholdUsd, ...trend.map((point) => point.marketplaceBilledSalesUsd));
  const step = niceStep(highest * 1.05, 4);
  const top = Math.max(step, Math.ceil((highest * 1.05) / step) * step);
  const y = (amount: number) => plot.bottom - (amount / top) * plotHeight;

  const parts: string[] = [];
  parts.push(svgText('title', { id: 'chart-title' }, title));
  parts.push(svgText('desc', { id: 'chart-desc' }, describeTrendForAltText(trend, thresholdUsd)));
  const room = width - 24;
  const squeeze = title.length * TITLE_CHAR_WIDTH > room ? { textLength: room, lengthAdjust: 'spacingAndGlyphs' } : {};
  parts.push(svgText('text', { x: 12, y: 20, 'font-size': 12, 'font-weight': 'bold', fill: COLORS.text, ...squeeze }, title));

  const ticks: string[] = [];
  for (let value = 0; value <= top + step / 2; value += step) {
    ticks.push(svgElement('line', { x1: plot.left, y1: y(value), x2: plot.right, y2: y(value), stroke: COLORS.grid, 'stroke-opacity': 0.35 }));
    ticks.push(svgText('text', { x: plot.left - 6, y: y(value) + 3.5, 'text-anchor': 'end' }, compactUsd(value)));
  }
  parts.push(svgElement('g', { 'font-size': 10, fill: COLORS.axis }, ticks));

  const band = trend.length === 0 ? plotWidth : plotWidth / trend.length;
  // Past two years of bars, every month's label would overlap its neighbours; label every k-th month instead.
  const labelEvery = Math.max(1, Math.ceil(trend.length / 12));
  const bars: string[] = [];
  const labels: string[] = [];
  trend.forEach((point, index) => {
    const x = plot.left + index * band;
    const value = point.marketplaceBilledSalesUsd;
    const barTop = y(Math.max(0, value));
    bars.push(
      svgElement('rect', {
        x: x + band * 0.15,
        y: barTop,
        width: band * 0.7,
        height: plot.bottom - barTop,
        fill: value >= thresholdUsd ? COLORS.met : COLORS.short,
      }),
    );
    if (index % labelEvery !== 0) return;
    const month = Number(point.monthEnd.slice(5, 7));
    const centre = x + band / 2;
    labels.push(svgText('text', { x: centre, y: plot.bottom + 14, 'text-anchor': 'middle' }, formatMonth(month)));
    if (index === 0 || month <= labelEvery) labels.push(svgText('text', { x: centre, y: plot.bottom + 27, 'text-anchor': 'middle' }, point.monthEnd.slice(0, 4)));
  });
  parts.push(svgElement('g', {}, bars));
  parts.push(svgElement('g', { 'font-size': 10, fill: COLORS.axis }, labels));
  if (trend.length === 0) {
    parts.push(svgText('text', { x: plot.left + plotWidth / 2, y: plot.top + plotHeight / 2, 'text-anchor': 'middle', 'font-size': 12, fill: COLORS.axis }, t('result.trend.noMonthEnds')));
  }

  parts.push(svgElement('line', { x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom, stroke: COLORS.axis }));
  const thresholdY = y(thresholdUsd);
  parts.push(
    svgElement('line', { x1: plot.left, y1: thresholdY, x2: plot.right, y2: thresholdY, stroke: COLORS.threshold, 'stroke-width': 2, 'stroke-dasharray': '6 4' }),
  );
  parts.push(
    // No halo: on a transparent chart a white one would glare in Teams' dark theme; bold keeps it legible over a bar.
    svgText(
      'text',
      { x: plot.right, y: thresholdY - 5, 'text-anchor': 'end', 'font-size': 10, 'font-weight': 'bold', fill: COLORS.threshold },
      t('result.trend.thresholdLabel', { amount: compactUsd(thresholdUsd) }),
    ),
  );

  return svgElement(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': 'chart-title chart-desc',
      'font-family': FONT,
    },
    parts,
  );
}

/**
 * Bytes as base64, without Node's Buffer, so this module runs anywhere.
 *
 * @example
 * toBase64(new TextEncoder().encode('<svg/>')) // 'PHN2Zy8+'
 */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: String.fromCharCode with a whole image as arguments overflows the call stack.
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/**
 * The SVG as a base64 `data:` URI for an image element. Teams does not render SVG data URIs in Adaptive Cards
 * reliably; pass PNG bytes to `trendChartImageElement` there (see `renderTrendChartPng`).
 *
 * @example
 * trendChartDataUri('<svg/>') // 'data:image/svg+xml;base64,PHN2Zy8+'
 */
export function trendChartDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${toBase64(new TextEncoder().encode(svg))}`;
}

export interface TrendChartImageOptions extends TrendChartOptions {
  /** Turns the SVG into PNG bytes (e.g. `renderTrendChartPng`); without it the image is an SVG data URI. */
  rasterize?: (svg: string) => Uint8Array;
}

/**
 * An Adaptive Card 1.5 `Image` element showing the trend chart, with alt text stating the numbers. Give
 * `rasterize` for Teams, which renders PNG data URIs but not SVG ones reliably.
 *
 * @example
 * trendChartImageElement(trend, 4_000_000, { rasterize: renderTrendChartPng })
 * // { type: 'Image', url: 'data:image/png;base64,iVBOR...', altText: 'Bar chart of marketplace billed sales ...' }
 */
export function trendChartImageElement(trend: readonly TrendPoint[], thresholdUsd: number, options: TrendChartImageOptions = {}): TrendChartImage {
  const svg = renderTrendChartSvg(trend, thresholdUsd, options);
  const url = options.rasterize ? `data:image/png;base64,${toBase64(options.rasterize(svg))}` : trendChartDataUri(svg);
  return { type: 'Image', url, altText: describeTrendForAltText(trend, thresholdUsd) };
}
