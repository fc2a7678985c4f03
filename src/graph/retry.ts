// The retry policy for single reads (Graph.read). Managed transactions retry
// inside the driver; auto-commit reads do not, so this gives them the same
// protection against a dropped connection or a transient server error.
import { GraphError } from './errors';

/** Pauses between attempts; its length is the number of retries. */
export const READ_RETRY_DELAYS_MS = [50, 200, 800];

/**
 * Runs `attempt` until it succeeds, retrying errors that say "try again"
 * (GraphError.retriable) while the next try would still start within
 * `budgetMs`. Other errors, and the last one, are thrown as they are.
 */
export async function retryRead<T>(attempt: () => Promise<T>, budgetMs: number, delays: readonly number[] = READ_RETRY_DELAYS_MS): Promise<T> {
  const deadline = Date.now() + budgetMs;
  for (let tried = 0; ; tried++) {
    try {
      return await attempt();
    } catch (err) {
      const wait = delays[tried];
      const retriable = err instanceof GraphError && err.retriable;
      if (!retriable || wait === undefined || Date.now() + wait >= deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
