// The retry policy of single reads: retriable graph errors are tried again,
// a bounded number of times and only within the time budget; others are not.
import { GraphQueryError, GraphTransientError, GraphUnavailableError } from '../../src/graph/errors';
import { retryRead } from '../../src/graph/retry';

const unavailable = () => new GraphUnavailableError('cannot reach Neo4j', 'start it');
const failingTimes = (n: number, error: () => Error) => {
  let calls = 0;
  const attempt = async () => {
    calls += 1;
    if (calls <= n) throw error();
    return `answer after ${calls}`;
  };
  return { attempt, calls: () => calls };
};

describe('retryRead', () => {
  it('tries again after a dropped connection or a transient error', async () => {
    const dropped = failingTimes(2, unavailable);
    await expect(retryRead(dropped.attempt, 5_000, [1, 1, 1])).resolves.toBe('answer after 3');
    const transient = failingTimes(1, () => new GraphTransientError('busy', 'try again'));
    await expect(retryRead(transient.attempt, 5_000, [1, 1, 1])).resolves.toBe('answer after 2');
  });

  it('gives up after the last pause and throws the last error', async () => {
    const down = failingTimes(Infinity, unavailable);
    await expect(retryRead(down.attempt, 5_000, [1, 1, 1])).rejects.toBeInstanceOf(GraphUnavailableError);
    expect(down.calls()).toBe(4);
  });

  it('does not retry an error that a retry cannot fix', async () => {
    const bug = failingTimes(1, () => new GraphQueryError('a graph query failed', 'bug', 'Neo.ClientError.Statement.SyntaxError'));
    await expect(retryRead(bug.attempt, 5_000, [1, 1, 1])).rejects.toBeInstanceOf(GraphQueryError);
    expect(bug.calls()).toBe(1);
    const missing = failingTimes(1, () => new GraphUnavailableError('no such database', 'set NEO4J_DATABASE', undefined, false));
    await expect(retryRead(missing.attempt, 5_000, [1, 1, 1])).rejects.toBeInstanceOf(GraphUnavailableError);
    expect(missing.calls()).toBe(1);
  });

  it('does not start a retry that would begin after the time budget', async () => {
    const down = failingTimes(Infinity, unavailable);
    const began = Date.now();
    await expect(retryRead(down.attempt, 100, [60, 60, 60])).rejects.toBeInstanceOf(GraphUnavailableError);
    expect(down.calls()).toBe(2);
    expect(Date.now() - began).toBeLessThan(1_000);
  });
});
