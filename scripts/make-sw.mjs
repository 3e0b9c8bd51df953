// Generate build/site/sw.js with workbox-build: every file of the site is precached with a revision
// (so after one online visit the viewer works with the network off, and an update replaces old
// caches), and datasets (data/*.json) are stale-while-revalidate: the cached copy shows at once,
// the network copy is fetched behind it, and when it differs the page is told (a workbox
// broadcast-update message, see web/glue.js) and shows the new data.
// Usage: node scripts/make-sw.mjs SITE_DIR
import { generateSW } from 'workbox-build';

const site = process.argv[2] || 'build/site';
const { count, size, warnings } = await generateSW({
  globDirectory: site,
  globPatterns: ['**/*.{html,js,css,wasm,ttf,png,webmanifest}'],
  // jis.ttf (the full font, 2 MB) is cached when first used rather than downloaded a second time.
  globIgnores: ['sw.js', 'data/**', 'fonts/jis.ttf'],
  swDest: `${site}/sw.js`,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  skipWaiting: true,
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  // Links carry the view in the query (?project=…): they all open the one precached index.html.
  ignoreURLParametersMatching: [/.*/],
  navigateFallback: 'index.html',
  runtimeCaching: [{
    urlPattern: ({ url }) => url.pathname.endsWith('/fonts/jis.ttf'),
    handler: 'CacheFirst',
    options: { cacheName: 'kpi-fonts' },
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
for (const w of warnings) console.warn('make-sw:', w);
console.log(`sw.js: ${count} files precached (${(size / 1024).toFixed(0)} KiB)`);
