/**
 * A server that reads each request to its end and then drops the connection without answering:
 * the platform may have acted on the request, the client only sees a network error after its
 * request went out (the case a transport must report as in doubt, not as failed).
 */
import { createServer } from 'node:http';

export interface DroppingServer { url: string; received: () => number; close: () => void }

export async function droppingServer(): Promise<DroppingServer> {
  let got = 0;
  const server = createServer((req) => {
    req.resume();
    req.on('end', () => {
      got++;
      req.socket.destroy();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, received: () => got, close: () => server.close() };
}
