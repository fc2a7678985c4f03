// SVG through Graphviz (WebAssembly). Graphviz writes the DOT fontname into
// font-family; by default the SVG also embeds a subset of the bundled CJK font
// (only the glyphs its labels use, as WOFF2) so Chinese shows on machines
// without a CJK font.
import { readFileSync } from 'node:fs';
import type { RespGraph } from '../model';
import { toDot } from './dot';
import { dotToSvg } from './graphviz';
import { cjkFontFiles } from './font';

// subset-font (harfbuzzjs WebAssembly) is CommonJS and ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const subsetFont = require('subset-font') as (font: Buffer, text: string, o: { targetFormat: 'woff2' }) => Promise<Buffer>;

export const EMBED_FAMILY = 'Gazette CJK';

export interface SvgOptions {
  /** Embed a subset of the CJK font (default true). */
  embedFont?: boolean;
}

export async function toSvg(g: RespGraph, options: SvgOptions = {}): Promise<string> {
  const svg = await dotToSvg(toDot(g));
  return options.embedFont === false ? svg : embedFont(svg);
}

const decode = (s: string): string =>
  s.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

// The bundled font is ~8 MB: read it once per process, not on every render
// (the viewer's export endpoint renders on each request).
let fontBytes: Buffer | undefined;
const cjkFont = (): Buffer => (fontBytes ??= readFileSync(cjkFontFiles()[0]!));

/** Adds an @font-face with the subset font and names it first in every font-family. */
export async function embedFont(svg: string): Promise<string> {
  const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1] ?? '')).join('');
  if (!text) return svg;
  const woff2 = await subsetFont(cjkFont(), [...new Set(text)].join(''), { targetFormat: 'woff2' });
  const style = `<defs><style>@font-face{font-family:'${EMBED_FAMILY}';src:url(data:font/woff2;base64,${woff2.toString('base64')}) format('woff2')}</style></defs>`;
  return svg
    .replace(/font-family="([^"]*)"/g, (_, f: string) => `font-family="'${EMBED_FAMILY}',${f}"`)
    .replace(/(<svg\b[^>]*>)/, `$1\n${style}`);
}
