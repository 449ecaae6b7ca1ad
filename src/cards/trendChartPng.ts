import { Resvg } from '@resvg/resvg-js';

export interface PngOptions {
  /**
   * Output width in pixels; the SVG is scaled to fit. Default: the SVG's own width, which keeps a 12-month chart
   * near 15 KB (20 KB as base64), inside the roughly 28 KB Teams allows for a whole card.
   */
  width?: number;
  /** Font files to use instead of the system's, for hosts without fonts installed (labels are not drawn without any). */
  fontFiles?: string[];
}

/**
 * Rasterises an SVG (the trend chart) to PNG with resvg, a Rust renderer shipped prebuilt inside its npm package:
 * no browser, no DOM, no native build step. Teams renders PNG data URIs in Adaptive Cards, where SVG ones are not
 * reliable. Unlike the rest of `src/cards` this touches the file system (system fonts), so it lives apart and is
 * passed in as `rasterize` where a PNG is wanted.
 *
 * @example
 * renderTrendChartPng(renderTrendChartSvg(trend, 4_000_000)) // Uint8Array starting 0x89 'PNG'
 */
export function renderTrendChartPng(svg: string, options: PngOptions = {}): Uint8Array {
  const width = options.width ?? Number(/<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 480);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: options.fontFiles ? { loadSystemFonts: false, fontFiles: options.fontFiles, defaultFontFamily: 'DejaVu Sans' } : { loadSystemFonts: true },
    logLevel: 'off',
  });
  return new Uint8Array(resvg.render().asPng());
}
