// Cypher statements live in cypher/**/*.cypher and are loaded here by name
// (`statement('load/upsert-documents')` reads cypher/load/upsert-documents.cypher).
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { CypherFileMissingError } from './errors';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

/** A statement name: path segments of letters, digits, `-` and `_`, without the `.cypher` suffix. */
const NAME = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*$/;

const cache = new Map<string, string>();

export function isStatementName(text: string): boolean {
  return NAME.test(text);
}

function fileOf(name: string, dir: string): string {
  return path.join(dir, `${name}.cypher`);
}

/** The text of cypher/<name>.cypher without its comments, read once. */
export function statement(name: string, dir = CYPHER_DIR): string {
  const file = fileOf(name, dir);
  const cached = cache.get(file);
  if (cached !== undefined) return cached;
  if (!isStatementName(name) || !fs.existsSync(file)) throw new CypherFileMissingError([name], dir);
  // Comments are for readers of the file; sending them would only make every
  // request bigger (and a request over 1400 bytes takes the driver two writes).
  const text = stripComments(fs.readFileSync(file, 'utf8')).replace(/\n\s*\n/g, '\n').trim();
  cache.set(file, text);
  return text;
}

/** Fails (listing every missing file) unless all the named statements exist; call at start-up. */
export function assertStatements(names: readonly string[], dir = CYPHER_DIR): void {
  const missing = names.filter((n) => !isStatementName(n) || !fs.existsSync(fileOf(n, dir)));
  if (missing.length > 0) throw new CypherFileMissingError(missing, dir);
  for (const n of names) statement(n, dir);
}

/** The statements of a multi-statement file such as constraints.cypher. */
export function statements(name: string, dir = CYPHER_DIR): string[] {
  return splitStatements(statement(name, dir));
}

/**
 * Splits Cypher text on `;` at the end of a line, dropping `//` comments
 * (outside string literals) and empty statements.
 */
export function splitStatements(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of stripComments(text).split('\n')) {
    const trimmed = line.trimEnd();
    if (trimmed.endsWith(';')) {
      out.push(current + trimmed.slice(0, -1));
      current = '';
    } else {
      current += `${line}\n`;
    }
  }
  out.push(current);
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Removes `//` comments, keeping `//` inside '…', "…" and `…` (URLs in strings, odd names). */
export function stripComments(text: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      out += c;
      if (c === '\\' && quote !== '`') out += text[++i] ?? '';
      else if (c === quote) quote = null;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      if (i < text.length) out += '\n';
    } else {
      if (c === "'" || c === '"' || c === '`') quote = c;
      out += c;
    }
  }
  return out;
}
