#!/usr/bin/env node
// `npm run db:fetch|db:start|db:stop|db:status`: manage the local Neo4j by hand.
// The one place in this entry point that sets the exit code.
import { loadConfig, type Config } from '../../config';
import { GraphError } from '../errors';
import { fetch, start, status, stop } from './index';

const say = (line: string): void => void process.stdout.write(`${line}\n`);

const ACTIONS: Record<string, (config: Config) => Promise<number>> = {
  async fetch() {
    const { built } = fetch(say);
    say(built ? 'neo4j: launcher built, Neo4j Community downloaded' : 'neo4j: already fetched');
    return 0;
  },
  async start(config) {
    const s = await start({ dataDir: config.dataDir, port: config.localBoltPort, user: config.neo4j.user, password: config.neo4j.password, log: say });
    const how = s.alreadyRunning ? 'already running' : `started in ${(s.readyMs / 1000).toFixed(1)} s`;
    say(`neo4j: ${how} (pid ${s.pid}) at ${s.uri}, data in ${s.dataDir}`);
    return 0;
  },
  async stop(config) {
    const r = await stop({ dataDir: config.dataDir });
    say(r.pid === null ? 'neo4j: not running' : `neo4j: stopped (pid ${r.pid})${r.killed ? ' after SIGKILL' : ''}`);
    return 0;
  },
  async status(config) {
    const s = await status({ dataDir: config.dataDir, user: config.neo4j.user, password: config.neo4j.password });
    if (!s.running) say(`neo4j: not running (data in ${s.dataDir})${s.stalePidFile ? '; a stale pid file from a crash will be cleared at the next start' : ''}`);
    else if (s.boltReady) say(`neo4j: running (pid ${s.pid}) at ${s.uri}, Bolt ready, data in ${s.dataDir}`);
    else say(`neo4j: running (pid ${s.pid}) at ${s.uri} but Bolt is not ready: ${s.problem}`);
    return s.running && s.boltReady ? 0 : 3;
  },
};

async function main(action: string | undefined): Promise<number> {
  const run = action === undefined ? undefined : ACTIONS[action];
  if (!run) {
    process.stderr.write(`usage: cli.js ${Object.keys(ACTIONS).join('|')}\n`);
    return 2;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    process.stderr.write(`neo4j: ${(err as Error).message}\n`);
    return 1;
  }
  try {
    return await run(config);
  } catch (err) {
    if (!(err instanceof GraphError)) throw err;
    process.stderr.write(`neo4j: ${err.message}\n  hint: ${err.hint}\n`);
    return 1;
  }
}

main(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`neo4j: unexpected error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
