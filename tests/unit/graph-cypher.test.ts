import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertStatements, isStatementName, splitStatements, statement, statements, stripComments } from '../../src/graph/cypher';
import { CypherFileMissingError } from '../../src/graph/errors';

describe('splitStatements', () => {
  it('splits on ; at line ends and drops comments and blank statements', () => {
    const text = [
      '// Keys',
      'CREATE CONSTRAINT a IF NOT EXISTS',
      '  FOR (d:Document) REQUIRE d.key IS UNIQUE; // trailing note',
      '',
      'CREATE INDEX b IF NOT EXISTS FOR (t:Task) ON (t.source);',
      ';',
      'CREATE FULLTEXT INDEX c IF NOT EXISTS FOR (d:Document) ON EACH [d.title]',
      "  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
    ].join('\n');
    expect(splitStatements(text)).toEqual([
      'CREATE CONSTRAINT a IF NOT EXISTS\n  FOR (d:Document) REQUIRE d.key IS UNIQUE',
      'CREATE INDEX b IF NOT EXISTS FOR (t:Task) ON (t.source)',
      "CREATE FULLTEXT INDEX c IF NOT EXISTS FOR (d:Document) ON EACH [d.title]\n  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
    ]);
  });

  it('keeps a ; inside a line and // inside strings', () => {
    expect(splitStatements("RETURN 'a;b' AS x;\nRETURN 'http://x.cn/a' AS url // link\n")).toEqual(["RETURN 'a;b' AS x", "RETURN 'http://x.cn/a' AS url"]);
  });

  it('handles escaped quotes inside strings', () => {
    expect(stripComments("RETURN 'it\\'s // not a comment' // comment")).toBe("RETURN 'it\\'s // not a comment' ");
  });
});

describe('statement files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-cypher-'));
  beforeAll(() => {
    fs.mkdirSync(path.join(dir, 'read'));
    fs.writeFileSync(path.join(dir, 'read', 'one.cypher'), '// One document by key.\n// $key: string\nMATCH (d:Document {key: $key}) // the node\n\nRETURN d, "a // b" AS s\n');
    fs.writeFileSync(path.join(dir, 'schema.cypher'), 'CREATE INDEX a FOR (n:A) ON (n.x);\nCREATE INDEX b FOR (n:B) ON (n.x);\n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loads a statement by name, without its comments', () => {
    expect(statement('read/one', dir)).toBe('MATCH (d:Document {key: $key}) \nRETURN d, "a // b" AS s');
    expect(statements('schema', dir)).toHaveLength(2);
  });

  it('lists every missing file at once', () => {
    let err: unknown;
    try {
      assertStatements(['read/one', 'read/two', 'load/three'], dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CypherFileMissingError);
    expect((err as CypherFileMissingError).names).toEqual(['read/two', 'load/three']);
    expect((err as CypherFileMissingError).message).toContain('read/two.cypher, load/three.cypher');
  });

  it('refuses names that escape the folder', () => {
    expect(isStatementName('../secrets')).toBe(false);
    expect(isStatementName('MATCH (n) RETURN n')).toBe(false);
    expect(() => statement('../x', dir)).toThrow(CypherFileMissingError);
  });
});
