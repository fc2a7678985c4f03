// Network checks: is a port free, and does Bolt answer with these credentials.
import net from 'node:net';
import neo4j from 'neo4j-driver';

/** Resolves true when nothing listens on 127.0.0.1:port (we could bind it). */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (err: NodeJS.ErrnoException) => (err.code === 'EADDRINUSE' || err.code === 'EACCES' ? resolve(false) : reject(err)));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A port the OS considers free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface BoltCredentials {
  port: number;
  user: string;
  password: string;
}

/** Connects and authenticates with the real driver; throws the driver's error when it cannot. */
export async function probeBolt({ port, user, password }: BoltCredentials): Promise<string> {
  const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic(user, password), {
    connectionTimeout: 3000,
    maxConnectionPoolSize: 1,
  });
  try {
    const info = await driver.getServerInfo();
    return info.agent ?? 'Neo4j';
  } finally {
    await driver.close();
  }
}
