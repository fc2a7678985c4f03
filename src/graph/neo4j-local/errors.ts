// Expected failures of the local Neo4j, each with a one-line fix.
import { GraphError } from '../errors';

export class Neo4jLocalError extends GraphError {
  constructor(message: string, hint: string, options?: { cause?: unknown }) {
    super(message, hint, 'NEO4J_LOCAL', options);
  }
}

export class ToolMissingError extends Neo4jLocalError {}

export class PortInUseError extends Neo4jLocalError {
  constructor(readonly port: number) {
    super(
      `port ${port} is already in use by another process, so the local Neo4j cannot listen on it`,
      `set NEO4J_BOLT_PORT to a free port, or find the process with \`lsof -i :${port}\` (or \`ss -ltnp\`) and stop it`,
    );
  }
}

export class StartFailedError extends Neo4jLocalError {
  constructor(reason: string, readonly logTail: string, logPath: string) {
    super(`the local Neo4j ${reason}${logTail ? `; last lines of ${logPath}:\n${indent(logTail)}` : ''}`, `see ${logPath} (and logs/debug.log next to it) for details`);
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}
