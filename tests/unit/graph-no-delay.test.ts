// Bolt sockets must send small messages at once (no Nagle), or a request
// spanning two of the driver's 1400-byte writes waits for a delayed ACK.
import net from 'node:net';
import { sendBoltWithoutDelay } from '../../src/graph/no-delay';

it('turns on TCP_NODELAY for sockets opened with net.connect, and they still connect', async () => {
  const server = net.createServer((s) => s.end('hello'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const spy = jest.spyOn(net.Socket.prototype, 'setNoDelay');
  try {
    sendBoltWithoutDelay();
    const wrapped = net.connect;
    sendBoltWithoutDelay();
    expect(net.connect).toBe(wrapped); // idempotent: one wrapper, not two
    const socket = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1');
    const reply = new Promise<string>((resolve, reject) => {
      let got = '';
      socket.on('data', (d) => (got += d.toString())).on('end', () => resolve(got)).on('error', reject);
    });
    expect(spy.mock.contexts).toContain(socket);
    expect(spy.mock.calls[spy.mock.contexts.indexOf(socket)]).toEqual([true]);
    expect(await reply).toBe('hello');
  } finally {
    spy.mockRestore();
    server.close();
  }
});
