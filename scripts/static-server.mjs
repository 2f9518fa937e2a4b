// A tiny static file server on 127.0.0.1 for checks of built output (Storybook, CDN pages). No dependencies.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.map': 'application/json', '.ico': 'image/x-icon', '.txt': 'text/plain',
};

/**
 * Serves `root` (and extra `mounts` {'/prefix/': dir}) on a free port; `headers(path)` adds response headers,
 * `handle(req, res)` may answer a request first (return true when it did). Resolves to { url, close }.
 */
export function serveStatic(root, { mounts = {}, headers = () => ({}), handle } = {}) {
  const server = createServer(async (req, res) => {
    try {
      if (handle && (await handle(req, res))) return;
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let base = resolve(root);
      let rest = path;
      for (const [prefix, dir] of Object.entries(mounts)) {
        if (path.startsWith(prefix)) {
          base = resolve(dir);
          rest = path.slice(prefix.length - 1);
        }
      }
      let file = normalize(join(base, rest));
      if (!file.startsWith(base)) throw Object.assign(new Error('outside root'), { status: 403 });
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers(path) });
      res.end(body);
    } catch (error) {
      res.writeHead(error.status ?? 404, { 'content-type': 'text/plain' });
      res.end(error.status === 403 ? 'forbidden' : 'not found');
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolvePromise({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
