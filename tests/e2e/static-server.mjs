// A plain static file server for the tests and benchmarks: serves a built folder under
// a sub-path (as an intranet server would), and can be stopped to take the network away.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves `root` at `http://127.0.0.1:<port><prefix>` (and `extraFiles`, a map from a
 * path under the prefix to a file, for benchmark data); resolves to { url, close }. */
export async function serve(root, { prefix = '/intranet/tools/cx/', port = 0, extraFiles = {} } = {}) {
  const sockets = new Set();
  const server = http.createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://local').pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(root, path.slice(prefix.length)));
    if (extraFiles[path.slice(prefix.length)]) {
      file = extraFiles[path.slice(prefix.length)];
    } else if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] || 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}${prefix}`;
  let closed = null;
  const close = () => {
    closed ??= new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
    return closed;
  };
  return { url, close };
}

// `node static-server.mjs <folder> [port]` serves a folder by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serve(process.argv[2] || 'dist', { port: Number(process.argv[3] || 4173) });
  console.log(`serving ${process.argv[2] || 'dist'} at ${url}`);
}
