// Request-scoped DataLoaders, one per (reader, arguments) pair, created
// lazily for each request and dropped with it: never shared across requests.
import DataLoader from 'dataloader';
import type { BatchReader } from '../graph/readers/batch';
import type { ReadGraph, ReadOptions } from '../graph/readers/run';

export class Loaders {
  private readonly byReader = new Map<BatchReader<unknown, never>, Map<string, DataLoader<string, unknown>>>();

  constructor(
    private readonly graph: ReadGraph,
    private readonly options: () => ReadOptions,
  ) {}

  /** Loads `key` through the batch reader; calls with equal `args` share one batch. */
  load<T, A extends object>(reader: BatchReader<T, A>, key: string, args?: A): Promise<T> {
    return this.loader(reader, args).load(key);
  }

  /** Seeds the answer for `key` (read by a statement that fetched it along with its parent), so no batch asks again. */
  prime<T, A extends object>(reader: BatchReader<T, A>, key: string, args: A | undefined, value: T): void {
    this.loader(reader, args).prime(key, value);
  }

  private loader<T, A extends object>(reader: BatchReader<T, A>, args?: A): DataLoader<string, T> {
    let perArgs = this.byReader.get(reader as BatchReader<unknown, never>);
    if (!perArgs) this.byReader.set(reader as BatchReader<unknown, never>, (perArgs = new Map()));
    const id = args ? JSON.stringify(args) : '';
    let loader = perArgs.get(id);
    if (!loader) {
      loader = new DataLoader<string, unknown>((keys) => reader(this.graph, keys, args, this.options()), { maxBatchSize: 1000 });
      perArgs.set(id, loader);
    }
    return loader as DataLoader<string, T>;
  }
}
