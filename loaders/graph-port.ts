// What the loader needs from the graph handle (src/graph/driver.ts): one
// write transaction running several named statements, and schema
// statements outside any data transaction.
import type { StatementTx } from './write';

export interface LoaderGraph {
  writeTransaction<T>(work: (tx: StatementTx) => Promise<T>): Promise<T>;
  /** Runs every statement of cypher/<name>.cypher, each on its own (schema changes cannot share a transaction with writes). */
  runSchema(name: string): Promise<void>;
}

export function openTx<T>(graph: LoaderGraph, work: (tx: StatementTx) => Promise<T>): Promise<T> {
  return graph.writeTransaction(work);
}
