// Small HTTP servers on 127.0.0.1 standing in for metric backends: they record what
// they were sent, answer as told, or never answer at all.
import { createServer, type IncomingHttpHeaders } from 'node:http';

export interface RecordedRequest {
  method: string;
  /** Path and query string. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Reply =
  | {
      status?: number;
      json?: unknown;
      text?: string;
      delayMs?: number;
      /** Send the headers and the first half of the body, then nothing more. */
      stallBody?: boolean;
    }
  | 'hang';

export interface LocalServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startLocalServer(reply: (request: RecordedRequest) => Reply): Promise<LocalServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      requests.push(recorded);
      const answer = reply(recorded);
      if (answer === 'hang') return; // Never respond: the client's timeout must fire.
      const send = () => {
        const text = answer.text ?? JSON.stringify(answer.json ?? null);
        const type = answer.text === undefined ? 'application/json' : 'text/html';
        res.writeHead(answer.status ?? 200, { 'content-type': type });
        if (answer.stallBody) res.write(text.slice(0, text.length / 2));
        else res.end(text);
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
