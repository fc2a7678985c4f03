// SVG through Graphviz (WebAssembly). Graphviz writes the DOT fontname into
// font-family, so the SVG names the CJK families with fallbacks.
import type { RespGraph } from '../model';
import { toDot } from './dot';
import { dotToSvg } from './graphviz';

export async function toSvg(g: RespGraph): Promise<string> {
  return dotToSvg(toDot(g));
}
