import { loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('starts a local Neo4j unless NEO4J_URI is set', () => {
    expect(loadConfig({}).neo4j.uri).toBeNull();
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io' }).neo4j.uri).toBe('neo4j+s://x.databases.neo4j.io');
  });

  it('rejects a port that is not a number, saying which variable', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT=abc/);
  });

  it('reads the API port', () => {
    expect(loadConfig({ PORT: '4100' }).port).toBe(4100);
    expect(loadConfig({}).port).toBe(4000);
  });
});
