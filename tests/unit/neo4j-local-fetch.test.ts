import { parseJavaMajor } from '../../src/graph/neo4j-local';

describe('parseJavaMajor', () => {
  it('reads the major version from java -version output', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment')).toBe(17);
    expect(parseJavaMajor('java version "21" 2023-09-19 LTS')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('command not found')).toBeNull();
  });
});
