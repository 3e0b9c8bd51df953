// Precompressed copies of the site's build outputs, for static hosts that serve them as they are
// (scripts/serve.mjs; nginx `gzip_static`/`brotli_static`, Apache MultiViews, Netlify/Cloudflare do
// their own): FILE.br (brotli, quality 11) and FILE.gz (gzip -9) beside each compressible file, kept
// only when smaller. Datasets (data/*.json) get none: staff replace them by hand, and a copy left
// beside a replaced file would serve the old numbers. A copy is remade when its file changed.
// Usage: node scripts/precompress.mjs SITE_DIR
import { readdirSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|css|wasm|ttf|svg|webmanifest|txt)$/;
const site = process.argv[2];
if (!site) { console.error('usage: node scripts/precompress.mjs SITE_DIR'); process.exit(2); }

function* files(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (COMPRESSIBLE.test(e.name)) yield p;
  }
}

let raw = 0, br = 0, made = 0;
for (const file of files(site)) {
  const rel = relative(site, file);
  if (/^data\/[^/]+\.json$/.test(rel)) continue;
  const body = readFileSync(file);
  const mtime = statSync(file).mtimeMs;
  raw += body.length;
  for (const [ext, pack] of [['.br', (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } })],
    ['.gz', (b) => gzipSync(b, { level: 9 })]]) {
    const copy = file + ext;
    let st = null;
    try { st = statSync(copy); } catch (e) { /* none yet */ }
    if (st && st.mtimeMs >= mtime) { if (ext === '.br') br += st.size; continue; }
    const packed = pack(body);
    if (packed.length < body.length) { writeFileSync(copy, packed); made++; if (ext === '.br') br += packed.length; }
    else rmSync(copy, { force: true });
  }
}
console.log(`precompressed: ${made} copies made; ${(raw / 1024).toFixed(0)} KB -> ${(br / 1024).toFixed(0)} KB brotli`);
