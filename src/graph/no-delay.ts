// neo4j-driver (5.28) never turns off Nagle's algorithm on its Bolt sockets,
// and it writes a message in 1400-byte pieces. A request bigger than one piece
// (a statement with a list of 20 keys is enough) leaves its tail waiting for
// the server's delayed ACK: about 40 ms added to a 4 ms query. The Python
// driver sets TCP_NODELAY for this reason (neo4j/neo4j-python-driver#1122);
// the JavaScript driver has no option for it, so the sockets it opens through
// net.connect / tls.connect get it here. Node's HTTP client uses
// net.createConnection and sets it already, so nothing else changes.
import net from 'node:net';
import tls from 'node:tls';

/** Marks the installed wrappers; a registry-wide symbol, so even a second copy of this module (jest) sees them. */
const WRAPPED = Symbol.for('gazette-graph.sendWithoutDelay');

/** Makes every socket opened by net.connect and tls.connect send without delay. Idempotent. */
export function sendBoltWithoutDelay(): void {
  if ((net.connect as unknown as Record<symbol, boolean>)[WRAPPED]) return;
  const plain = net.connect;
  const connect = function connect(this: unknown, ...args: unknown[]) {
    return (plain as (...a: unknown[]) => net.Socket).apply(this, args).setNoDelay(true);
  };
  const secure = tls.connect;
  const connectSecure = function connect(this: unknown, ...args: unknown[]) {
    return (secure as (...a: unknown[]) => tls.TLSSocket).apply(this, args).setNoDelay(true);
  };
  Object.defineProperty(connect, WRAPPED, { value: true });
  net.connect = connect as typeof net.connect;
  tls.connect = connectSecure as typeof tls.connect;
}
