import neo4j, { isInt } from 'neo4j-driver';
import { fromNeo4j, toNeo4j } from '../../src/graph/values';

describe('fromNeo4j', () => {
  it('turns Integers into numbers, deeply, and unsafe ones into exact strings', () => {
    expect(fromNeo4j({ a: neo4j.int(3), b: [neo4j.int(1), { c: neo4j.int(-2) }] })).toEqual({ a: 3, b: [1, { c: -2 }] });
    expect(fromNeo4j(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    for (const safe of [0, -1, 1, 4294967295, 4294967296, -4294967296, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]) {
      expect(fromNeo4j(neo4j.int(safe))).toBe(safe);
    }
    for (const unsafe of ['9007199254740992', '-9007199254740992', '9223372036854775807', '-9223372036854775808']) {
      expect(fromNeo4j(neo4j.int(unsafe))).toBe(unsafe);
    }
  });

  it('turns temporals into ISO text', () => {
    expect(fromNeo4j(new neo4j.types.Date(2022, 6, 1))).toBe('2022-06-01');
  });

  it('turns nodes into their properties', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Document'], { key: 'k', year: neo4j.int(2022) }, 'e1');
    expect(fromNeo4j(node)).toEqual({ key: 'k', year: 2022 });
  });

  it('keeps a key named __proto__ as a key, without touching the prototype', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "name": "x"}') as Record<string, unknown>;
    const out = fromNeo4j(hostile) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', 'name']);
    expect((out as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: true });
  });

  it('keeps null, strings, booleans and floats', () => {
    expect(fromNeo4j({ n: null, s: '公报', t: true, f: 1.5 })).toEqual({ n: null, s: '公报', t: true, f: 1.5 });
  });
});

describe('toNeo4j', () => {
  it('sends whole numbers as Integers, deeply, and leaves floats and text alone', () => {
    const out = toNeo4j({ limit: 10, rows: [{ lines: [3, 9], score: 0.5, name: '财政局' }] }) as { limit: unknown; rows: { lines: unknown[]; score: unknown; name: unknown }[] };
    expect(isInt(out.limit)).toBe(true);
    expect(out.rows[0].lines.every(isInt)).toBe(true);
    expect(out.rows[0].score).toBe(0.5);
    expect(out.rows[0].name).toBe('财政局');
  });
});
