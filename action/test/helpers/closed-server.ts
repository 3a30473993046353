// A GitHub API URL where nothing answers: a loopback server that closes every connection it
// accepts, and counts them. Loopback only; nothing is ever sent back.
import { type AddressInfo, createServer } from 'node:net';

export interface ClosedServer {
  url: string;
  connections(): number;
  close(): Promise<void>;
}

export async function startClosedServer(): Promise<ClosedServer> {
  let connections = 0;
  const server = createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => connections,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
