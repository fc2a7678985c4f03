// Conversions between JS values and Neo4j values at the driver boundary.
import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime, type Integer } from 'neo4j-driver';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Result values as plain JS: Integers become numbers (strings beyond 2^53),
 * temporals their ISO text, nodes and relationships their properties.
 * Lists and maps are converted in place: they are the driver's fresh objects
 * for this result, and every answer of the API passes through here, so not
 * copying them halves what each request allocates.
 */
export function fromNeo4j(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Hot path: strings, lists and maps first, before the driver's class
  // checks, which each probe a symbol property.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = fromNeo4j(value[i]);
    return value;
  }
  if (isPlainObject(value)) {
    // for…in rather than Object.keys: no array of keys per map.
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const converted = fromNeo4j(value[key]);
      // A key named __proto__ (from data) must stay a key, not replace the prototype.
      if (key === '__proto__') Object.defineProperty(value, key, { value: converted, enumerable: true, writable: true, configurable: true });
      else value[key] = converted;
    }
    return value;
  }
  if (isInt(value)) return integerValue(value);
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) return value.toString();
  if (isNode(value) || isRelationship(value)) return fromNeo4j({ ...value.properties });
  if (isPath(value)) return { nodes: [value.start, ...value.segments.map((s) => s.end)].map(fromNeo4j), relationships: value.segments.map((s) => fromNeo4j(s.relationship)) };
  if (isPoint(value)) return { srid: fromNeo4j(value.srid), x: value.x, y: value.y, z: value.z ?? null };
  return value;
}

/**
 * An Integer as a number when it is exactly one, else its decimal text. It
 * reads the two 32-bit halves: Integer.inSafeRange builds several Integers
 * per call, and every number of every answer comes through here.
 */
function integerValue(v: Integer): number | string {
  const { high, low } = v;
  if (high >= -0x200000 && high < 0x200000) {
    const n = high * 0x100000000 + (low >>> 0);
    if (Number.isSafeInteger(n)) return n;
  }
  return v.toString();
}

/**
 * Parameters for the driver: whole JS numbers become Neo4j Integers (so
 * `LIMIT $n`, years and line numbers are stored as integers, not floats).
 */
export function toNeo4j(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo4j);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4j(v)]));
  return value;
}
