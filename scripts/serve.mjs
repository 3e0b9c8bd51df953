// A small static file server for the built site (make run, browser tests, benchmarks).
// Loopback only. Serves a file's precompressed copy (FILE.br, else FILE.gz: scripts/precompress.mjs)
// when the client accepts it and the copy is not older than the file, else gzips on the fly (the
// datasets, which have no copies); correct MIME types (wasm needs application/wasm).
// Usage: node scripts/serve.mjs SITE_DIR [PORT]   (PORT 0 = any free port)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.ttf': 'font/ttf', '.png': 'image/png', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8', '.ico': 'image/x-icon',
};

export function startServer(root, port = 0, host = '127.0.0.1') {
  root = resolve(root);
  const gzCache = new Map();   // path -> {mtimeMs, body}
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = normalize(decodeURIComponent(url.pathname));
      if (path.endsWith('/')) path += 'index.html';
      const file = join(root, path);
      if (!file.startsWith(root)) { res.writeHead(403).end('forbidden'); return; }
      const st = await stat(file).catch(() => null);
      if (!st || !st.isFile()) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
      // ETag/Last-Modified let the service worker tell a newly published dataset from the cached one.
      const headers = { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache',
        etag: `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`, 'last-modified': st.mtime.toUTCString() };
      // (set on the response one by one, so a listener can read them: make bench counts what is sent)
      for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
      // A revalidation of an unchanged file costs no body, as on any static host.
      if (req.headers['if-none-match'] === headers.etag) { res.writeHead(304).end(); return; }
      res.setHeader('vary', 'accept-encoding');
      const accepts = req.headers['accept-encoding'] || '';
      for (const [token, ext, name] of [['br', '.br', 'br'], ['gzip', '.gz', 'gzip']]) {
        if (!new RegExp('\\b' + token + '\\b').test(accepts)) continue;
        const copy = await stat(file + ext).catch(() => null);
        if (!copy || copy.mtimeMs < st.mtimeMs) continue;   // (a file replaced after make site: not its old copy)
        const packed = await readFile(file + ext);
        res.setHeader('content-encoding', name);
        res.setHeader('content-length', packed.length);
        res.writeHead(200);
        res.end(req.method === 'HEAD' ? undefined : packed);
        return;
      }
      let body = await readFile(file);
      if (/\bgzip\b/.test(accepts)) {
        const hit = gzCache.get(file);
        if (hit && hit.mtimeMs === st.mtimeMs) body = hit.body;
        else { const gz = gzipSync(body, { level: 9 }); gzCache.set(file, { mtimeMs: st.mtimeMs, body: gz }); body = gz; }
        res.setHeader('content-encoding', 'gzip');
      }
      res.setHeader('content-length', body.length);
      res.writeHead(200);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e));
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] || 'build/site';
  const port = Number(process.argv[3] || 8000);
  const server = await startServer(root, port);
  console.log(`KPI viewer: http://127.0.0.1:${server.address().port}/  (serving ${root}; Ctrl+C to stop)`);
}
