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

let installed = false;

/** Makes every socket opened by net.connect and tls.connect send without delay. Idempotent. */
export function sendBoltWithoutDelay(): void {
  if (installed) return;
  installed = true;
  const plain = net.connect;
  net.connect = function connect(this: unknown, ...args: unknown[]) {
    return (plain as (...a: unknown[]) => net.Socket).apply(this, args).setNoDelay(true);
  } as typeof net.connect;
  const secure = tls.connect;
  tls.connect = function connect(this: unknown, ...args: unknown[]) {
    return (secure as (...a: unknown[]) => tls.TLSSocket).apply(this, args).setNoDelay(true);
  } as typeof tls.connect;
}
