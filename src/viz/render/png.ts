// PNG: the Graphviz SVG rasterised by resvg (prebuilt binary from npm) with
// Noto Sans SC from the @embedpdf/fonts-sc npm package, so Chinese renders
// without any system font.
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { RespGraph } from '../model';
import { toSvg } from './svg';

const FONT_FAMILY = 'Noto Sans SC';

/** Where the bundled CJK fonts are (regular and bold). */
export function cjkFontFiles(): string[] {
  const dir = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
  return [path.join(dir, 'NotoSansHans-Regular.otf'), path.join(dir, 'NotoSansHans-Bold.otf')];
}

/** Rasterises an SVG at `scale` (2 = twice the SVG's size in pixels). */
export function svgToPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: cjkFontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  });
  return resvg.render().asPng();
}

export async function toPng(g: RespGraph, scale = 2): Promise<Buffer> {
  return svgToPng(await toSvg(g), scale);
}
