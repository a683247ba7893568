/** A static file server on 127.0.0.1 for the end-to-end tests and `npm start`. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves each `mounts` prefix from its folder. HTML goes out without a charset, so the
 * browser decodes each page by its own `<meta charset>` (GBK pages included).
 */
export async function serveStatic(mounts: Record<string, string>, port = 0): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    const root = mount ? resolve(mounts[mount] ?? '') : '';
    const file = mount ? normalize(join(root, path.slice(mount.length))) : '';
    if (!mount || !file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
