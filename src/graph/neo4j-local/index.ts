// The Neo4j Community server gazette-graph runs by itself (no Docker): built
// with Maven once (`fetch`), then started per data folder over Bolt.
export { fetch, isFetched, assertJava, parseJavaMajor } from './fetch';
export { start, stop, status } from './server';
export type { LocalOptions, LocalServer, LocalStatus, StopResult } from './server';
export { freePort, isPortFree } from './probe';
export { Neo4jLocalError, PortInUseError, StartFailedError, ToolMissingError } from './errors';
