import { Neo4jError } from 'neo4j-driver';
import { GraphAuthError, GraphConstraintError, GraphError, GraphQueryError, GraphTimeoutError, GraphTransientError, GraphUnavailableError, mapDriverError } from '../../src/graph/errors';

const driverError = (code: string): Neo4jError => new Neo4jError('raw driver text that users must not see', code, 'N/A', 'N/A');

describe('mapDriverError', () => {
  it.each([
    ['ServiceUnavailable', GraphUnavailableError, 'GRAPH_UNAVAILABLE'],
    ['SessionExpired', GraphUnavailableError, 'GRAPH_UNAVAILABLE'],
    ['Neo.ClientError.Security.Unauthorized', GraphAuthError, 'GRAPH_AUTH'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', GraphTimeoutError, 'GRAPH_TIMEOUT'],
    ['Neo.ClientError.Transaction.TransactionTimedOut', GraphTimeoutError, 'GRAPH_TIMEOUT'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', GraphConstraintError, 'GRAPH_CONSTRAINT'],
    ['Neo.ClientError.Statement.SyntaxError', GraphQueryError, 'GRAPH_QUERY'],
    ['Neo.TransientError.Transaction.DeadlockDetected', GraphTransientError, 'GRAPH_TRANSIENT'],
    ['Neo.TransientError.Transaction.Terminated', GraphQueryError, 'GRAPH_QUERY'],
  ])('maps %s by its code, with a hint and without the driver text', (code, type, apiCode) => {
    const mapped = mapDriverError(driverError(code));
    expect(mapped).toBeInstanceOf(type);
    expect(mapped.code).toBe(apiCode);
    expect(mapped.hint.length).toBeGreaterThan(10);
    expect(mapped.message).not.toContain('raw driver text');
    expect((mapped as Error & { cause?: unknown }).cause).toBeInstanceOf(Neo4jError);
  });

  it('keeps the Neo4j code of an unexpected failure for the logs', () => {
    expect((mapDriverError(driverError('Neo.ClientError.Statement.ParameterMissing')) as GraphQueryError).neo4jCode).toBe('Neo.ClientError.Statement.ParameterMissing');
  });

  it('passes GraphErrors through unchanged', () => {
    const e = new GraphTimeoutError('slow', 'hint');
    expect(mapDriverError(e)).toBe(e);
    expect(e).toBeInstanceOf(GraphError);
    expect(e.name).toBe('GraphTimeoutError');
  });

  it.each([
    ['ServiceUnavailable', true],
    ['SessionExpired', true],
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', true],
    ['Neo.TransientError.Transaction.LockClientStopped', false],
    ['Neo.ClientError.Database.DatabaseNotFound', false],
    ['Neo.ClientError.Transaction.TransactionTimedOut', false],
    ['Neo.ClientError.Statement.SyntaxError', false],
  ])('says whether %s is worth retrying (%s)', (code, retriable) => {
    expect(mapDriverError(driverError(code)).retriable).toBe(retriable);
  });
});
