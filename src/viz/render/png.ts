// PNG: the Graphviz SVG rasterised by resvg (prebuilt binary from npm) with
// Noto Sans SC from the @embedpdf/fonts-sc npm package, so Chinese renders
// without any system font.
import { Resvg } from '@resvg/resvg-js';
import type { RespGraph } from '../model';
import { cjkFontFiles } from './font';
import { toSvg } from './svg';

export { cjkFontFiles };

const FONT_FAMILY = 'Noto Sans SC';

/** The longest side of a PNG, in pixels: big graphs are drawn smaller rather than huge. */
export const MAX_PNG_SIDE = 6000;

/** Rasterises an SVG at `scale` (2 = twice the SVG's size in pixels), within MAX_PNG_SIDE. */
export function svgToPng(svg: string, scale = 2): Buffer {
  const size = /<svg[^>]*\bwidth="([\d.]+)pt"[^>]*\bheight="([\d.]+)pt"/.exec(svg);
  const side = size ? Math.max(Number(size[1]), Number(size[2])) * (4 / 3) : 0;
  const zoom = side > 0 ? Math.min(scale, MAX_PNG_SIDE / side) : scale;
  // resvg looks every family of the list up for every text; naming only the
  // bundled font makes rasterising several times faster.
  const resvg = new Resvg(svg.replace(/font-family="[^"]*"/g, `font-family="${FONT_FAMILY}"`), {
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: zoom },
    font: { fontFiles: cjkFontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  });
  return resvg.render().asPng();
}

export async function toPng(g: RespGraph, scale = 2): Promise<Buffer> {
  return svgToPng(await toSvg(g, { embedFont: false }), scale);
}
