// The bundled CJK font: Noto Sans SC from the @embedpdf/fonts-sc npm package.
import path from 'node:path';

/** Where the bundled CJK font is (regular weight: Graphviz's SVG uses no other). */
export function cjkFontFiles(): string[] {
  const dir = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
  return [path.join(dir, 'NotoSansHans-Regular.otf')];
}
