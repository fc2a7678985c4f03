// Where the launcher's build outputs live and what the local Neo4j writes in its data folder.
import path from 'node:path';
import { PROJECT_ROOT } from '../../config';

export const LAUNCHER_PROJECT = path.join(PROJECT_ROOT, 'neo4j');
export const LAUNCHER_JAR = path.join(LAUNCHER_PROJECT, 'target', 'launcher.jar');
export const LIB_DIR = path.join(LAUNCHER_PROJECT, 'lib');
export const LAUNCHER_SOURCES = [path.join(LAUNCHER_PROJECT, 'pom.xml'), path.join(LAUNCHER_PROJECT, 'src', 'main', 'java', 'gazettegraph', 'Launcher.java')];
export const LAUNCHER_CLASS = 'gazettegraph.Launcher';
/** Printed by the launcher once Bolt accepts the configured credentials. */
export const READY_MARKER = 'GAZETTE_NEO4J_READY';

/** `{pid, port}` of the server started for this data folder. */
export const pidFile = (dataDir: string): string => path.join(dataDir, 'neo4j.pid');
/** Held (created exclusively) by the process starting the server; holds its pid. */
export const startLockFile = (dataDir: string): string => path.join(dataDir, 'neo4j-start.lock');
/** The launcher's stdout and stderr (Neo4j's own logs are under logs/). */
export const logFile = (dataDir: string): string => path.join(dataDir, 'neo4j-launcher.log');
