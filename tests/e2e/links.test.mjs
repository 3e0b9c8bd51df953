// Share links: a link opens the view it names; every view's own address opens that view again;
// Back/Forward walk the pages (not the filter tweaks); links mangled by apps, chat clients and
// people still open; the share panel copies the link and downloads CSV/PNG; embed mode in an iframe.
// Run: node --test --test-concurrency=1 tests/e2e/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  launch, PHONE, KIOSK, ARTIFACTS, waitSnap, waitSettled, settle, findTarget, centre, click, tap, watchCsp } from './browser.mjs';
import { ALL, shot, noErrors, withViewer as withViewerIn, parseCsv } from './lib/helpers.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });
const withViewer = (query, device, fn) => withViewerIn(env, query, device, fn);

const SMART_CITY_KPI2 = { project: 'smart-city', kpi: 2, rows: [
  { fy: 2022, plan: 23000, actual: 4320 },
  { fy: 2023, plan: 31000, actual: null },
  { fy: 2024, plan: 67000, actual: null },
] };

test('a share link opens the view it names (project, KPI, language, era)', async () => {
  await withViewer('?project=smart-city&kpi=2&lang=en&era=western', KIOSK, async (v) => {
    const s = await waitSettled(v.page, (s) => s.ready && s.selection.kpi === 2);
    assert.deepEqual(s.selection, { project: 'smart-city', kpi: 2 });
    assert.deepEqual(s.chart, SMART_CITY_KPI2);
    assert.equal(s.lang, 'en');
    assert.deepEqual(s.notices, []);
    assert.ok(findTarget(s, 'chart:2'), 'the chart of KPI 2 is drawn');
    const k = findTarget(s, 'kpi:2');
    assert.ok(k && k.y < 1080 / 2, `the linked KPI is scrolled into view (heading at y=${k && k.y})`);
    assert.equal(await v.page.evaluate(() => document.documentElement.lang), 'en');
    await v.page.mouse.move(4, 4);
    await settle(v.page);
    await shot(v.page, 'links-open-kpi');
    noErrors(v);
  });
});

test('phone: the address of a view reached by tapping opens the same view in a new page', async () => {
  // 「いしかり」 (hiragana) finds 石狩 projects through the search normalisation.
  await withViewer('?app=joint&q=%E3%81%84%E3%81%97%E3%81%8B%E3%82%8A&era=western', PHONE, async (v) => {
    let s = await settle(v.page);
    assert.deepEqual(s.notices, []);
    assert.ok(s.visibleProjects.length >= 1 && s.visibleProjects.length < ALL.length,
      `the link's filters narrow the list (${s.visibleProjects})`);
    const filtered = s.visibleProjects;
    await tap(v, 'lang');
    await tap(v, 'lang:en');
    s = await waitSettled(v.page, (s) => s.lang === 'en');
    const id = filtered[0];
    await tap(v, 'project:' + id);
    s = await waitSettled(v.page, (s, id) => s.selection.project === id, id);
    await tap(v, 'kpi:2');
    s = await waitSettled(v.page, (s) => s.selection.kpi === 2);
    const url = s.url;
    assert.ok(url.startsWith(env.base), `url is on this site: ${url}`);
    const q = new URL(url).searchParams;
    assert.equal(q.get('project'), id);
    assert.equal(q.get('kpi'), '2');
    assert.equal(q.get('lang'), 'en');
    assert.equal(q.get('app'), 'joint');
    assert.equal(q.get('q'), 'いしかり');
    assert.equal(q.get('era'), 'western');
    noErrors(v);

    // The same address in a fresh page shows the same thing.
    await withViewer(url.slice(env.base.length), PHONE, async (w) => {
      const t = await waitSettled(w.page, (t) => t.ready && t.selection.kpi !== null);
      assert.deepEqual(t.selection, s.selection);
      assert.deepEqual(t.visibleProjects, s.visibleProjects);
      assert.deepEqual(t.visibleProjects, filtered);
      assert.equal(t.lang, s.lang);
      assert.deepEqual(t.chart, s.chart);
      assert.deepEqual(t.notices, []);
      assert.equal(t.url, url, 'the reopened view reports the same address');
      await shot(w.page, 'links-roundtrip-phone');
      noErrors(w);
    });
  });
});

test('kiosk: Back and Forward walk between the overview and a project; filter chips add no history', async () => {
  await withViewer('', KIOSK, async (v) => {
    const { page } = v;
    let s = await settle(page);
    const len0 = await page.evaluate(() => history.length);
    const t = findTarget(s, 'project:uij-turn');
    assert.ok(t, 'first project card drawn');
    const c = centre(t);
    await page.mouse.click(c.x, c.y);
    s = await waitSettled(page, (s) => s.selection.project === 'uij-turn');
    assert.equal(await page.evaluate(() => history.length), len0 + 1, 'opening a project pushes one entry');
    assert.match(s.url, /[?&]project=uij-turn\b/);

    await page.goBack();
    s = await waitSettled(page, (s) => s.selection.project === null);
    assert.deepEqual(s.visibleProjects, ALL);
    assert.ok(findTarget(s, 'project:uij-turn'), 'overview drawn');
    assert.doesNotMatch(s.url, /project=/);

    await page.goForward();
    s = await waitSettled(page, (s) => s.selection.project === 'uij-turn');
    assert.ok(findTarget(s, 'back'), 'project page drawn');
    await page.goBack();
    s = await waitSettled(page, (s) => s.selection.project === null);

    // Filters replace the current entry.
    const len1 = await page.evaluate(() => history.length);
    await click(v, 'filter:app:joint');
    s = await waitSettled(page, (s) => s.visibleProjects.length === 2);
    assert.deepEqual(s.visibleProjects, ['uij-turn', 'ishikari-lifestyle']);
    await page.waitForFunction(() => location.search.includes('app=joint'), null, { timeout: 5000 });
    assert.equal(await page.evaluate(() => history.length), len1, 'a filter chip adds no history entry');
    await click(v, 'filter:status:met');
    await settle(page);
    assert.equal(await page.evaluate(() => history.length), len1, 'nor does a second one');
    noErrors(v);
  });
});

test('links rewritten by apps (utm_*, fbclid, + for spaces) still open the project', async () => {
  await withViewer('?project=smart-city&q=a+b&utm_source=line&fbclid=x', PHONE, async (v) => {
    const s = await waitSettled(v.page, (s) => s.ready);
    assert.equal(s.selection.project, 'smart-city');
    assert.deepEqual(s.notices, [], 'tracking parameters are ignored quietly');
    assert.ok(findTarget(s, 'back'), 'project page drawn');
    noErrors(v);
  });
});

const MANGLED = [
  { name: 'bad-id-and-kpi', query: '?project=NOPE&kpi=zz', want: [/project/, /kpi/] },
  { name: 'broken-utf8', query: '?project=%E0%A4', want: [/project/] },
  { name: 'bad-lang-nul', query: '?lang=xx&status=%00', want: [/lang/, /status/] },
  { name: 'stray-percent', query: '?kpi=%ZZ&fy=%&view=%E3%81', want: [/kpi/, /fy/, /view/] },
  { name: 'long-10k', query: (() => {
    const head = '?lang=xx&q=';
    const tail = '&utm_campaign=x';
    const mid = '%E3%81%82'.repeat(Math.floor((10000 - head.length - tail.length) / 9));
    const q = head + mid + tail;
    return q + 'y'.repeat(10000 - q.length);
  })(), want: [/lang/] },
];

for (const c of MANGLED) {
  test(`mangled link (${c.name}, ${c.query.length} chars) opens the overview with a notice`, async () => {
    await withViewer(c.query, PHONE, async (v) => {
      const s = await settle(v.page);
      assert.equal(s.ready, true, 'ready');
      assert.equal(s.dataError, null);
      assert.equal(s.selection.project, null, 'overview');
      assert.equal(s.lang, 'ja', 'default language');
      assert.ok(s.notices.length > 0, 'a notice says what could not be used');
      for (const re of c.want) assert.ok(s.notices.some((n) => re.test(n)), `a notice matches ${re}: ${JSON.stringify(s.notices)}`);
      assert.ok(findTarget(s, 'notice:close'), 'the notice is drawn with its close button');
      await shot(v.page, `links-mangled-${c.name}`);
      noErrors(v);
    });
  });
}

test('a link to a project that no longer exists opens the list with a notice', async () => {
  await withViewer('?project=no-such-project', KIOSK, async (v) => {
    const s = await settle(v.page);
    assert.equal(s.ready, true);
    assert.deepEqual(s.selection, { project: null, kpi: null });
    assert.equal(s.chart, null);
    assert.deepEqual(s.visibleProjects, ALL);
    assert.ok(s.notices.some((n) => n.includes('no-such-project')), `notice names the project: ${JSON.stringify(s.notices)}`);
    assert.ok(findTarget(s, 'project:uij-turn'), 'project list drawn');
    // Closing the notice removes it.
    await click(v, 'notice:close');
    const t = await waitSettled(v.page, (s) => s.notices.length === 0);
    assert.equal(findTarget(t, 'notice:close'), null);
    noErrors(v);
  });
});

// Frames drawn in `ms` once the page has had time to finish loading (what follows the first view:
// the catalog, and more glyphs if the view needs them, may cause a redraw).
async function framesWhileIdle(page, ms = 1500) {
  await page.waitForFunction(() => window.kpiViewer.snapshot().fontsComplete, null, { timeout: 15000 });
  await page.waitForTimeout(500);
  const f0 = await page.evaluate(() => window.kpiViewer.snapshot().framesRendered);
  await page.waitForTimeout(ms);
  return (await page.evaluate(() => window.kpiViewer.snapshot().framesRendered)) - f0;
}

// A KPI that the data does not have (a removed project, or a KPI number past the last one).
const DANGLING_KPI = [
  { query: '?project=no-such-project&kpi=1', selection: { project: null, kpi: null }, notice: /no-such-project/ },
  { query: '?project=smart-city&kpi=99', selection: { project: 'smart-city', kpi: null }, notice: /kpi: 99/ },
];
for (const c of DANGLING_KPI) {
  test(`a link to a KPI that does not exist (${c.query}) opens with a notice and then goes idle`, async () => {
    await withViewer(c.query, KIOSK, async (v) => {
      const s = await waitSnap(v.page, (s) => s.ready && s.notices.length > 0);
      assert.deepEqual(s.selection, c.selection);
      assert.equal(s.chart, null);
      assert.ok(s.notices.some((n) => c.notice.test(n)), `notice: ${JSON.stringify(s.notices)}`);
      await shot(v.page, 'links-dangling-kpi-' + (c.selection.project || 'overview'));
      noErrors(v);
      const n = await framesWhileIdle(v.page);
      assert.ok(n <= 2, `the viewer keeps redrawing with nothing happening: ${n} frames in 1.5 s`);
    });
  });
}

// --- share panel ------------------------------------------------------------------------------------
const CLIP = { ...KIOSK, permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true };

test('share panel: copy puts the view\'s link on the clipboard; CSV has only the projects shown', async () => {
  await withViewer('?app=joint', CLIP, async (v) => {
    const { page } = v;
    let s = await settle(page);
    assert.deepEqual(s.visibleProjects, ['uij-turn', 'ishikari-lifestyle']);
    await click(v, 'share');
    s = await waitSettled(page, (s) => !!s.targets.find((t) => t.id === 'share:copy'));
    for (const id of ['share:copy', 'share:qr', 'share:csv', 'share:png', 'share:close']) assert.ok(findTarget(s, id), `${id} drawn`);
    await page.evaluate(() => navigator.clipboard.writeText('(before)'));
    await click(v, 'share:copy');
    await page.waitForFunction(async () => (await navigator.clipboard.readText()) !== '(before)', null, { timeout: 5000, polling: 100 });
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(clip, s.url, 'clipboard holds the view\'s link');
    assert.match(clip, /[?&]app=joint\b/);
    await settle(page);
    await shot(page, 'links-share-copied');

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }), click(v, 'share:csv')]);
    assert.match(download.suggestedFilename(), /\.csv$/);
    const bytes = readFileSync(await download.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xEF, 0xBB, 0xBF], 'UTF-8 BOM');
    const rows = parseCsv(bytes.subarray(3).toString('utf8')).filter((r) => r.length > 1);
    const header = rows[0];
    const idCol = header.indexOf('事業ID');
    assert.ok(idCol >= 0, `header row names the project id column: ${header}`);
    assert.ok(rows.length > 1, 'data rows');
    const ids = new Set(rows.slice(1).map((r) => r[idCol]));
    assert.deepEqual([...ids].sort(), ['ishikari-lifestyle', 'uij-turn'], 'only the joint projects shown');
    for (const r of rows) assert.equal(r.length, header.length, 'every row has every column');
    noErrors(v);
  });
});

test('share panel: PNG of the selected chart', async () => {
  await withViewer('?project=smart-city&kpi=2', CLIP, async (v) => {
    const { page } = v;
    await waitSettled(page, (s) => s.selection.kpi === 2);
    await click(v, 'share', { scroll: -1 });
    await waitSettled(page, (s) => !!s.targets.find((t) => t.id === 'share:png'));
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }), click(v, 'share:png')]);
    assert.match(download.suggestedFilename(), /\.png$/);
    const bytes = readFileSync(await download.path());
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 'PNG signature');
    // IHDR: a picture of a chart, not a 1x1 blank.
    await download.saveAs(join(ARTIFACTS, 'links-share-chart.png'));
    const w = bytes.readUInt32BE(16), h = bytes.readUInt32BE(20);
    assert.ok(w >= 200 && h >= 100, `chart picture size ${w}x${h}`);
    // A picture that travels without the page says what it shows: KPI, city, unit, legend, source, date.
    const s = await settle(page);
    const caption = s.pngCaption.join('\n');
    for (const part of ['KPI②', '札幌市', '単位', '計画', '実績', '当初値', '出典', s.asOf])
      assert.ok(caption.includes(part), `the picture's caption has ${part}: ${caption}`);
    const chart = s.targets.find((t) => t.id === 'chart:2');
    assert.ok(!chart || h > chart.h * 1 + 60, `caption lines around the chart (${w}x${h})`);
    assert.equal(findTarget(s, 'share:png'), null, 'the panel closed for the picture');
    noErrors(v);
  });
});

// --- embed ------------------------------------------------------------------------------------------
test('embed: ?embed=1 in an iframe shows one chart and a link to the full view', async () => {
  const context = await env.browser.newContext(KIOSK);
  await watchCsp(context);
  try {
    // Collect errors in every frame, including the cross-origin iframe.
    await context.addInitScript(() => {
      window.__errs = [];
      window.addEventListener('error', (e) => window.__errs.push(String(e.message)));
      window.addEventListener('unhandledrejection', (e) => window.__errs.push(String(e.reason)));
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const src = env.base + '?embed=1&project=smart-city&kpi=3';
    await page.setContent(`<!doctype html><html><body style="margin:20px;background:#eee">
      <h1>City page</h1><iframe id="kpi" src="${src}" width="640" height="420" style="border:0"></iframe></body></html>`);
    const frame = await (await page.waitForSelector('#kpi')).contentFrame();
    const h = await frame.waitForFunction(() => {
      let s = null;
      try { s = window.kpiViewer && window.kpiViewer.snapshot(); } catch (e) { return null; }
      return s && s.ready && s.targets.some((t) => t.id === 'embed:open') ? s : null;
    }, null, { timeout: 30000, polling: 100 });
    const s = await h.jsonValue();
    assert.equal(s.chart && s.chart.kpi, 3);
    assert.equal(s.chart.project, 'smart-city');
    assert.ok(s.targets.some((t) => t.id === 'chart:3'), 'the chart is drawn');
    assert.ok(!s.targets.some((t) => t.id === 'share' || t.id === 'lang' || t.id.startsWith('filter:')), 'no app chrome');
    const open = s.targets.find((t) => t.id === 'embed:open');
    assert.ok(open.y + open.h <= 420 + 1, 'the link to the full view fits in the frame');
    await page.screenshot({ path: join(ARTIFACTS, 'links-embed.png') });
    // Its link opens the full viewer on that chart, in a new tab, without embed=1.
    const box = await (await page.$('#kpi')).boundingBox();
    const [tab] = await Promise.all([context.waitForEvent('page', { timeout: 10000 }),
      page.mouse.click(box.x + open.x + open.w / 2, box.y + open.y + open.h / 2)]);
    await tab.waitForLoadState('domcontentloaded');
    const u = new URL(tab.url());
    assert.equal(u.origin + u.pathname, env.base, `opens the viewer: ${tab.url()}`);
    assert.equal(u.searchParams.get('project'), 'smart-city');
    assert.equal(u.searchParams.get('kpi'), '3');
    assert.equal(u.searchParams.get('embed'), null, 'the full view, not another embed');
    assert.deepEqual(errors, [], 'page errors');
    assert.deepEqual(await frame.evaluate(() => window.__errs), [], 'errors in the frame');
  } finally { await context.close(); }
});
