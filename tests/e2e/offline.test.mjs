// Offline: after one online visit the service worker (workbox, scripts/make-sw.mjs) has every file
// of the site and the dataset, so the viewer opens with the network gone; a newly published dataset
// replaces the cached one (stale-while-revalidate + BroadcastChannel) and the page says so; a new
// build of the site replaces the old precache instead of piling up caches.
// Works on a temp copy of build/site served by its own server, so the dataset can be changed and
// the server stopped ("network gone") and started again on the same port (same origin).
// Run: node --test --test-concurrency=1 tests/e2e/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { SITE, PHONE, watchCsp, waitSnap as waitSnapInNode } from './browser.mjs';
import { ALL, shot } from './lib/helpers.mjs';

// The same Chromium flags as browser.mjs.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let root, server, port, base, browser;
const requests = [];
async function serve() {
  server = await startServer(root, port || 0);
  port = server.address().port;
  base = `http://127.0.0.1:${port}/`;
  server.on('request', (req) => requests.push(req.url));
}
async function stopServing() {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
}

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'kpi-offline-'));
  cpSync(SITE, root, { recursive: true });
  await serve();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
  await openContext();
});
after(async () => {
  await context?.close();
  await browser?.close();
  if (server?.listening) await stopServing();
  if (root) rmSync(root, { recursive: true, force: true });
});

const snap = (page) => page.evaluate(() => window.kpiViewer.snapshot());
async function waitReady(page, timeout = 30000) {
  const h = await page.waitForFunction(() => {
    let s = null;
    try { s = window.kpiViewer && window.kpiViewer.snapshot(); } catch (e) { return null; }
    return s && (s.ready || s.dataError) ? s : null;
  }, null, { timeout, polling: 50 });
  return h.jsonValue();
}
// (The predicate runs in node: the page's CSP forbids evaluating strings as code inside it.)
const waitSnap = (page, pred, arg, timeout) => waitSnapInNode(page, pred, arg, timeout);

// What the page can find in Cache Storage (any cache, ignoring workbox's ?__WB_REVISION__=).
const cached = (page, paths) => page.evaluate(async (paths) => {
  const out = {};
  for (const p of paths) out[p] = !!(await caches.match(new URL(p, location.href).href, { ignoreSearch: true }));
  return out;
}, paths);
const cacheNames = (page) => page.evaluate(() => caches.keys());

// The tests below run in order in one browser context: one visit, then offline, then updates.
let context, page;
const errors = [], consoleErrors = [];
async function openContext() {
  context = await browser.newContext(PHONE);
  await watchCsp(context);
  // Record what the service worker tells the page, by either route (for failure messages).
  await context.addInitScript(() => {
    window.__swMessages = [];
    window.__bcMessages = [];
    if ('serviceWorker' in navigator)
      navigator.serviceWorker.addEventListener('message', (e) => window.__swMessages.push(JSON.stringify(e.data)));
    if ('BroadcastChannel' in window)
      new BroadcastChannel('kpi-data-updates').addEventListener('message', (e) => window.__bcMessages.push(JSON.stringify(e.data)));
  });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
}
const precaches = (names) => names.filter((n) => n.startsWith('workbox-precache'));

test('offline: after one online visit the viewer opens with no network at all', async () => {
  // 1. One online visit: the worker takes control and precaches; the glue fetches the dataset
  //    again through it (controllerchange) so that it is cached too.
  await page.goto(base);
  let s = await waitReady(page);
  assert.equal(s.ready, true);
  assert.equal(s.offline, false);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30000 });
  const MUST = ['index.html', 'glue.js', 'kpi_viewer.js', 'kpi_viewer.wasm', 'fonts/ui-subset.ttf', 'style.css',
    'manifest.webmanifest', 'data/sapporo.json'];
  try {
    await page.waitForFunction(async (paths) => {
      for (const p of paths) if (!(await caches.match(new URL(p, location.href).href, { ignoreSearch: true }))) return false;
      return true;
    }, MUST, { timeout: 30000, polling: 250 });
  } catch (e) {
    assert.fail(`not everything was cached after 30 s: ${JSON.stringify(await cached(page, MUST))}, caches ${await cacheNames(page)}`);
  }
  assert.equal(precaches(await cacheNames(page)).length, 1);

  // 2. Network gone: the browser is offline and the server is not there at all.
  await context.setOffline(true);
  await stopServing();
  const before = requests.length;
  await page.reload();
  s = await waitReady(page);
  assert.equal(s.ready, true, `ready offline (dataError: ${s.dataError})`);
  assert.equal(s.dataError, null);
  assert.deepEqual(s.visibleProjects, ALL);
  s = await waitSnap(page, (s) => s.offline === true, null, 5000);
  assert.equal(s.asOf, '2026-11-29');
  await page.waitForFunction(() => !document.getElementById('fatal') || document.getElementById('fatal').hidden);
  await shot(page, 'offline-phone');
  // A share link opens offline too (every ?query is the one precached index.html).
  await page.goto(base + '?project=smart-city&kpi=2');
  s = await waitReady(page);
  assert.equal(s.ready, true);
  assert.deepEqual(s.selection, { project: 'smart-city', kpi: 2 });
  assert.equal(s.chart.rows[0].actual, 4320);
  assert.equal(s.offline, true);
  assert.equal(requests.length, before, 'nothing reached the (stopped) server');

  // 3. Back online: the badge goes.
  await serve();
  await context.setOffline(false);
  s = await waitSnap(page, (s) => s.offline === false, null, 5000);
  assert.deepEqual(errors, [], 'page errors');
});

// Publish a changed copy of the dataset (new size and mtime: new ETag).
function publishDataset(asOf) {
  const file = join(root, 'data', 'sapporo.json');
  const data = JSON.parse(readFileSync(file, 'utf8'));
  data.as_of = asOf;
  data.title.ja = data.title.ja.replace(/（.*更新）$/, '') + `（${asOf} 更新）`;
  data.title.en = data.title.en.replace(/ \(.* update\)$/, '') + ` (${asOf} update)`;
  writeFileSync(file, JSON.stringify(data, null, 2));
}

test('a newly published dataset: served stale from the cache, then shown while the page is open, with a notice', async () => {
  publishDataset('2030-01-01');
  await page.goto(base);
  const s = await waitReady(page);
  assert.equal(s.ready, true);
  // The worker answers from its cache and revalidates behind it; when the network copy differs the
  // page swaps it in and says so. Whether the first frame still shows the cached copy depends on
  // whether that message beats the first frame (it waits for the font), so only the outcome is
  // checked: the new data with the update note, without a reload.
  let live = null;
  try { live = await waitSnap(page, (s) => s.asOf === '2030-01-01' && !!s.dataUpdatedNote, null, 10000); } catch (e) { /* below */ }
  if (live) {
    assert.match(live.dataUpdatedNote, /2030-01-01/);
    await shot(page, 'offline-data-updated');
    return;
  }
  const heard = await page.evaluate(() => ({ sw: window.__swMessages, bc: window.__bcMessages }));
  const now = await snap(page);
  assert.fail(`the new dataset was not shown while the page was open: asOf ${s.asOf} at first and still ${now.asOf} ` +
    `10 s later (dataUpdatedNote ${now.dataUpdatedNote}). The worker's update messages: ${heard.sw.length} by ` +
    `postMessage ${JSON.stringify(heard.sw)}; ${heard.bc.length} on BroadcastChannel 'kpi-data-updates'`);
});

test('a newly published dataset shows on the next visit at the latest; still one precache cache', async () => {
  publishDataset('2030-04-01');
  await page.goto(base);
  let s = await waitReady(page);
  // (The previous test may or may not have left the 2030-01-01 copy in the cache.)
  assert.ok(['2026-11-29', '2030-01-01', '2030-04-01'].includes(s.asOf), `asOf ${s.asOf}`);
  // The worker revalidates behind the page: wait until the cache holds the new copy, then revisit.
  await page.waitForFunction(async () => {
    const r = await caches.match(new URL('data/sapporo.json', location.href).href);
    return !!r && (await r.json()).as_of === '2030-04-01';
  }, null, { timeout: 10000, polling: 250 });
  await page.reload();
  s = await waitReady(page);
  assert.equal(s.asOf, '2030-04-01', 'the next visit shows the new dataset');
  const names = await cacheNames(page);
  assert.equal(precaches(names).length, 1, `one precache cache: ${names}`);
  assert.deepEqual(errors, [], 'page errors');
});

test('a new build of the site replaces the precache (one precache cache, new files served)', async () => {
  // A changed file and a regenerated sw.js, as `make site` would publish them.
  appendFileSync(join(root, 'style.css'), '\n/* rebuilt for the offline test */\n');
  execFileSync(process.execPath, [resolve('scripts/make-sw.mjs'), root], { stdio: 'pipe' });
  const swBefore = await page.evaluate(() => navigator.serviceWorker.controller && navigator.serviceWorker.controller.scriptURL);
  await page.evaluate(() => { window.__controllerChanged = false; navigator.serviceWorker.addEventListener('controllerchange', () => { window.__controllerChanged = true; }); });
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r && r.update()));
  await page.waitForFunction(() => window.__controllerChanged, null, { timeout: 30000, polling: 100 });
  await page.waitForFunction(async () => {
    const r = await caches.match(new URL('style.css', location.href).href, { ignoreSearch: true });
    return !!r && (await r.text()).includes('rebuilt for the offline test');
  }, null, { timeout: 30000, polling: 250 });
  const names = await cacheNames(page);
  assert.equal(precaches(names).length, 1, `one precache cache after the update: ${names}`);
  assert.ok(swBefore);
  // …and it still opens offline, on the new files.
  await context.setOffline(true);
  await page.reload();
  const s = await waitReady(page);
  assert.equal(s.ready, true);
  assert.deepEqual(s.visibleProjects, ALL);
  await context.setOffline(false);
  assert.deepEqual(errors, [], 'page errors');
  assert.deepEqual(consoleErrors.filter((m) => !/favicon/.test(m)), [], 'console errors');
});

test('a bad publish never replaces the last good data: truncated, invalid, an HTML page; two reloads, then offline', async () => {
  const file = join(root, 'data', 'sapporo.json');
  publishDataset('2030-06-01');
  await page.goto(base);
  await waitSnap(page, (s) => s.ready && s.asOf === '2030-06-01', null, 15000);   // the good one, seen once
  // …and kept by the page as its last good copy (written in the background).
  await page.waitForFunction(async () => {
    const r = await (await caches.open('kpi-last-good')).match('data/sapporo.json?last-good');
    return !!r && (await r.json()).as_of === '2030-06-01';
  }, null, { timeout: 10000, polling: 100 });
  const good = readFileSync(file, 'utf8');
  const bad = {
    truncated: [good.slice(0, Math.floor(good.length / 2)), /data\/sapporo\.json/],
    invalid: [JSON.stringify({ ...JSON.parse(good), programs: 5 }), /\/programs/],
    html: ['<!doctype html><html lang="ja"><title>メンテナンス中</title><p>ただいまメンテナンス中です</p></html>', /data\/sapporo\.json/],
  };
  try {
    for (const [name, [body, why]] of Object.entries(bad)) {
      writeFileSync(file, body);
      for (let i = 1; i <= 2; i++) {
        await page.reload();
        // The worker may first answer with the copy it cached (the previous bad file, or the good
        // one); the page then hears of the new file and rejects it. Either way: the good data on
        // screen throughout, and in the end this file and its reason named.
        const s = await waitSnap(page, (s) => s.ready && !!s.dataError && (s.asOf !== '2030-06-01' || why.test(s.dataError)),
          null, 15000);
        assert.equal(s.asOf, '2030-06-01', `${name}, reload ${i}: the last good data is shown`);
        assert.deepEqual(s.visibleProjects, ALL, `${name}, reload ${i}`);
        assert.match(s.dataError, why, `${name}, reload ${i}: ${s.dataError}`);
      }
      await shot(page, `bad-publish-${name}`);
    }
    // Offline, with the bad file in the worker's cache: still the last good data.
    await context.setOffline(true);
    await page.reload();
    const s = await waitSnap(page, (s) => s.ready, null, 15000);
    assert.equal(s.asOf, '2030-06-01', 'offline: the last good data');
    await context.setOffline(false);
  } finally {
    writeFileSync(file, good);
  }
  assert.deepEqual(errors, [], 'page errors');
});
