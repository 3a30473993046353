// A proxy that forwards nothing: browser contexts that may only talk to the loopback interface
// send every other request here (helpers/chromium.ts pageFactory). It records each request's
// first line (`GET http://host/path HTTP/1.1`, or `CONNECT host:443 HTTP/1.1` for HTTPS and
// WebSockets) and closes the connection, so the request fails. Chromium never sends a request
// for a loopback address to a proxy, so the test server's own requests go straight to it.

import type { AddressInfo } from 'node:net';
import { createServer, type Socket } from 'node:net';

/** Bytes of a request read to find its first line; a longer first line is recorded cut. */
const FIRST_LINE_MAX_BYTES = 2048;

export interface DeadEndProxy {
  /** The proxy's URL, for a browser context's `proxy.server`. */
  url: string;
  /** The first line of every request that reached the proxy, in arrival order. */
  requests: string[];
}

/** Starts the proxy on 127.0.0.1; it never keeps the process alive and ends with it. */
export async function deadEndProxy(): Promise<DeadEndProxy> {
  const requests: string[] = [];
  const server = createServer((socket: Socket) => {
    let head = '';
    const record = () => {
      requests.push(head.split('\r\n')[0]!.slice(0, FIRST_LINE_MAX_BYTES));
      socket.destroy();
    };
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      head += chunk;
      if (head.includes('\r\n') || head.length >= FIRST_LINE_MAX_BYTES) record();
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}
