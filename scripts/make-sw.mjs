// Generate build/site/sw.js with workbox-build: every file of the site is precached with a revision
// (so after one online visit the viewer works with the network off, and an update replaces old
// caches), and datasets (data/*.json) are stale-while-revalidate: the cached copy shows at once,
// the network copy is fetched behind it, and when it differs the page is told (a workbox
// broadcast-update message, see web/glue.js) and shows the new data.
// Each precache entry also carries its file's sha256 as SRI integrity, and scripts/sw-http-cache.js
// goes first in sw.js: the worker's install takes a file the page has just downloaded from the
// HTTP cache when it is exactly this build's file, so a first visit transfers each file once.
// Usage: node scripts/make-sw.mjs SITE_DIR
import { generateSW } from 'workbox-build';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const site = process.argv[2] || 'build/site';
const integrity = (url) => 'sha256-' + createHash('sha256').update(readFileSync(join(site, url))).digest('base64');
const { count, size, warnings } = await generateSW({
  globDirectory: site,
  globPatterns: ['**/*.{html,js,css,wasm,ttf,png,webmanifest}'],
  // jis.ttf (the full font, 2 MB) is cached when first used rather than downloaded a second time;
  // so is the importer (kpi_import.*), which only publish mode fetches: a citizen's first visit
  // downloads neither.
  globIgnores: ['sw.js', 'data/**', 'fonts/jis.ttf', 'kpi_import.*'],
  swDest: `${site}/sw.js`,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  skipWaiting: true,
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  manifestTransforms: [(entries) => ({ manifest: entries.map((e) => ({ ...e, integrity: integrity(e.url) })), warnings: [] })],
  // Links carry the view in the query (?project=…): they all open the one precached index.html.
  ignoreURLParametersMatching: [/.*/],
  navigateFallback: 'index.html',
  // …but not the report pages beside the datasets (data/NAME.html, `kpi-tool html`): a page of their own.
  navigateFallbackDenylist: [/\/data\//],
  runtimeCaching: [{
    urlPattern: ({ url }) => url.pathname.endsWith('/fonts/jis.ttf'),
    handler: 'CacheFirst',
    options: { cacheName: 'kpi-fonts' },
  }, {
    // The importer: this build's from the network, the copy used last when there is none.
    urlPattern: ({ url }) => /\/kpi_import\.(js|wasm)$/.test(url.pathname),
    handler: 'NetworkFirst',
    options: { cacheName: 'kpi-importer' },
  }, {
    // A report page opened once can be read again offline.
    urlPattern: ({ url }) => /\/data\/[a-z0-9-]+(\.[a-z]{2})?\.html$/.test(url.pathname),
    handler: 'NetworkFirst',
    options: { cacheName: 'kpi-report-pages' },
  }, {
    urlPattern: ({ url }) => /\/data\/[a-z0-9-]+\.json$/.test(url.pathname),
    handler: 'StaleWhileRevalidate',
    options: {
      cacheName: 'kpi-data',
      // workbox 7 posts the update message to the page's clients (web/glue.js listens).
      broadcastUpdate: { options: { headersToCheck: ['etag', 'content-length', 'last-modified'] } },
    },
  }],
});
const reuse = readFileSync(fileURLToPath(new URL('sw-http-cache.js', import.meta.url)), 'utf8')
  .replace(/^\s*\/\/.*\n/gm, '');   // (its comments stay in the source)
writeFileSync(`${site}/sw.js`, reuse + readFileSync(`${site}/sw.js`, 'utf8'));
for (const w of warnings) console.warn('make-sw:', w);
console.log(`sw.js: ${count} files precached (${(size / 1024).toFixed(0)} KiB)`);
