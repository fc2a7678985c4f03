// What the loader needs from the graph handle (src/graph/driver.ts).
import type { Graph } from '../src/graph/driver';

/** Write transactions for loading; single writes for the schema statements. */
export type LoaderGraph = Pick<Graph, 'writeTransaction' | 'write' | 'read'>;
