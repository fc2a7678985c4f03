// Configuration is read from the environment here and nowhere else.
import fs from 'node:fs';
import path from 'node:path';

export interface Neo4jConfig {
  /** Set when the user runs their own server; then nothing is started locally. */
  uri: string | null;
  user: string;
  password: string;
  database: string;
}

export interface Config {
  neo4j: Neo4jConfig;
  /** Where the locally started Neo4j keeps its data, logs and pid file. */
  dataDir: string;
  /** Bolt port of the locally started Neo4j. */
  localBoltPort: number;
  port: number;
  /** API key required by mutations; null disables them. */
  apiKey: string | null;
  gazetteDir: string;
}

/** The folder holding package.json (works from src/ under ts-jest and from dist/src/). */
export const PROJECT_ROOT = findRoot(__dirname);

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

function int(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0 || n > 65535) {
    throw new Error(`${name}=${raw} is not a valid port number; set it to an integer between 1 and 65535`);
  }
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    neo4j: {
      uri: env.NEO4J_URI || null,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD || 'gazette-graph',
      database: env.NEO4J_DATABASE || 'neo4j',
    },
    dataDir: path.resolve(env.GAZETTE_DATA_DIR || path.join(PROJECT_ROOT, '.neo4j')),
    localBoltPort: int('NEO4J_BOLT_PORT', 7687, env),
    port: int('PORT', 4000, env),
    apiKey: env.GAZETTE_API_KEY || null,
    gazetteDir: path.resolve(env.GAZETTE_DIR || path.join(PROJECT_ROOT, 'data', 'gazettes')),
  };
}
