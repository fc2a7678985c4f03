// Graphviz compiled to WebAssembly, shipped inside @viz-js/viz: nothing is
// downloaded at run time. The package's types are ESM-only but it ships a
// CommonJS build (its "require" export), which is what this CommonJS module
// loads, so it also works under ts-jest without --experimental-vm-modules.
import type * as VizModule from '@viz-js/viz' with { 'resolution-mode': 'import' };

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { instance } = require('@viz-js/viz') as typeof VizModule;

let loading: Promise<VizModule.Viz> | null = null;

/** Lays out a DOT graph with the `dot` engine and returns the SVG text. */
export async function dotToSvg(dot: string): Promise<string> {
  loading ??= instance();
  return (await loading).renderString(dot, { format: 'svg', engine: 'dot' });
}
