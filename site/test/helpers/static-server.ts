// A static file server for the built site, like GitHub Pages: 127.0.0.1 only, files under the
// base path, `dir/` serves `dir/index.html`, unknown paths get 404.html with status 404.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** Origin plus base path, ending with `/`. */
  url: string;
  origin: string;
  /** Every path requested, for asserting nothing was fetched from elsewhere. */
  requests: string[];
  close(): Promise<void>;
}

async function fileFor(root: string, path: string): Promise<string | undefined> {
  const safe = normalize(decodeURIComponent(path)).replace(/^(\.\.(\/|\\|$))+/, '');
  let file = join(root, safe);
  if (!file.startsWith(root)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) file = join(file, 'index.html');
  else if (!info) return undefined;
  return (await stat(file).catch(() => undefined))?.isFile() ? file : undefined;
}

export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  const root = normalize(dir + sep);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    const file = path.startsWith(prefix)
      ? await fileFor(root, path.slice(prefix.length - 1)).catch(() => undefined)
      : undefined;
    if (!file) {
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      createReadStream(join(root, '404.html'))
        .on('error', () => res.end('not found'))
        .pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${prefix}`,
    origin,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
