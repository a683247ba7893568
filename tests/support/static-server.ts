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
 * browser decodes each page by its own `<meta charset>` (GBK pages included), except under
 * the `utf8` prefixes: Readability's suite is stored in UTF-8, many of its pages without a
 * `<meta charset>`, and left to guess Chromium does not always guess the same.
 */
export async function serveStatic(mounts: Record<string, string>, port = 0, { utf8 = [] }: { utf8?: string[] } = {}): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    const root = mount ? resolve(mounts[mount] ?? '') : '';
    const file = mount ? normalize(join(root, path.slice(mount.length))) : '';
    if (!mount || !file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type === 'text/html' && utf8.includes(mount) ? 'text/html; charset=utf-8' : type });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
