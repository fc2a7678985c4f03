// Builds the launcher and downloads Neo4j Community with Maven, once.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { LAUNCHER_JAR, LAUNCHER_PROJECT, LAUNCHER_SOURCES, LIB_DIR } from './layout';
import { ToolMissingError, Neo4jLocalError } from './errors';

export const MIN_JAVA = 17;

/** The major version in `java -version` output (`openjdk version "17.0.15"`, `"1.8.0_392"`). */
export function parseJavaMajor(versionOutput: string): number | null {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m) return null;
  const major = Number(m[1]);
  return major === 1 && m[2] ? Number(m[2]) : major;
}

/** Throws ToolMissingError unless `java` ≥ 17 is on the PATH. */
export function assertJava(): void {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (r.error) throw new ToolMissingError('`java` was not found on the PATH', `install a Java ${MIN_JAVA}+ JDK (e.g. \`apt-get install openjdk-17-jdk-headless\`) or set NEO4J_URI to use an existing Neo4j`);
  const major = parseJavaMajor(`${r.stderr}${r.stdout}`);
  if (major === null || major < MIN_JAVA) {
    throw new ToolMissingError(`Java ${major ?? '(unknown version)'} is too old for Neo4j 5`, `install Java ${MIN_JAVA} or newer and put it first on the PATH (or set JAVA_HOME accordingly)`);
  }
}

export function isFetched(): boolean {
  if (!fs.existsSync(LAUNCHER_JAR) || !fs.existsSync(LIB_DIR)) return false;
  if (!fs.readdirSync(LIB_DIR).some((f) => /^neo4j-kernel-.*\.jar$/.test(f))) return false;
  const built = fs.statSync(LAUNCHER_JAR).mtimeMs;
  return LAUNCHER_SOURCES.every((src) => fs.statSync(src).mtimeMs <= built);
}

/** Runs Maven unless the launcher jar and Neo4j's jars are already there and up to date. */
export function fetch(log: (line: string) => void = () => {}): { built: boolean } {
  if (isFetched()) return { built: false };
  assertJava();
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error) throw new ToolMissingError('`mvn` (Maven) was not found on the PATH', 'install Maven 3.6+ (e.g. `apt-get install maven`); it downloads Neo4j Community from Maven Central once');
  log('building the Neo4j launcher with Maven (downloads Neo4j Community on the first run)…');
  fs.rmSync(LIB_DIR, { recursive: true, force: true });
  const r = spawnSync('mvn', ['-q', '-B', '-f', `${LAUNCHER_PROJECT}/pom.xml`, 'package'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Neo4jLocalError(`Maven could not build the Neo4j launcher:\n${tail}`, 'check that Maven Central (repo1.maven.org) is reachable, then run `npm run db:fetch` again');
  }
  return { built: true };
}
