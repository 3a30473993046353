// A GitHub API URL that answers every request with one status and a JSON error message, and
// counts the requests: an API that answers, but refuses or fails. Loopback only. Its sibling for
// an API where nothing answers is closed-server.ts.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StatusServer {
  url: string;
  requests(): number;
  close(): Promise<void>;
}

export async function startStatusServer(status: number, message: string): Promise<StatusServer> {
  let requests = 0;
  const server = createServer((_request, response) => {
    requests++;
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ message }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
