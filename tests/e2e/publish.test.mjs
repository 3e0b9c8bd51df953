// Publish mode (?publish=1): a member of staff opens the city's report (the text layout of the seed
// report), sees the result in the real viewer, and saves data/NAME.json, which `kpi-tool validate`
// accepts; a broken file lists its problems with line numbers. Nothing is uploaded.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, PHONE, watchCsp, waitSnap, waitSettled, click, settle } from './browser.mjs';
import { noErrors, shot } from './lib/helpers.mjs';

const SEED = resolve('tests/data/import/sapporo_report.txt');
const KPI_TOOL = resolve('build/native/kpi-tool');
const DESKTOP = { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, screen: { width: 1920, height: 1080 } };
let env, dir;
before(async () => { env = await launch(); dir = mkdtempSync(join(tmpdir(), 'kpi-publish-')); });
after(async () => { await env?.close(); if (dir) rmSync(dir, { recursive: true, force: true }); });

async function openPublish(device) {
  const context = await env.browser.newContext({ ...device, acceptDownloads: true });
  await watchCsp(context);
  const page = await context.newPage();
  const errors = [], consoleErrors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' && !/favicon/.test(m.text())) consoleErrors.push(m.text()); });
  const uploads = [];
  page.on('request', (r) => { if (r.method() !== 'GET') uploads.push(r.method() + ' ' + r.url()); });
  await page.goto(env.base + '?publish=1');
  await waitSnap(page, (s) => s.publish && s.publish.active && s.framesRendered > 0, null, 30000);
  const v = { page, context, errors, consoleErrors, device, uploads, snapshot: () => page.evaluate(() => window.kpiViewer.snapshot()) };
  return v;
}

async function typePublisher(v, name) {
  await click(v, 'publish:publisher');
  await v.page.waitForFunction(() => document.activeElement?.dataset.id === 'publish:publisher');
  await v.page.keyboard.type(name);
}

test('publish: the seed report becomes a dataset, shown in the viewer, saved as JSON that validates', async () => {
  const v = await openPublish(DESKTOP);
  try {
    const { page } = v;
    await typePublisher(v, '札幌市');
    await page.setInputFiles('#pick-file', SEED);
    let s = await waitSettled(page, (s) => s.publish.ready === true, null, 15000);
    assert.deepEqual(s.publish.problems, []);
    assert.equal(s.publish.encoding, 'utf-8');
    // A screen reader hears what was read (the live region), not only sees it.
    await page.waitForFunction(() => /sapporo_report\.txt（utf-8）を読み込みました：事業 5件・KPI 13件/.test(document.getElementById('status').textContent),
      null, { timeout: 5000 });
    assert.equal(s.visibleProjects.length, 5, 'five projects in the preview');
    await shot(page, 'publish-preview-desktop');
    // The preview is the real viewer: open the smart-city project's KPI② and read its rows.
    // (Ids are made from the names by the importer; the fourth project of the report is スマートシティ.)
    await click(v, 'project:' + s.visibleProjects[3]);
    s = await waitSettled(page, (s) => s.selection.project !== null);
    assert.match(s.title, /スマートシティ推進事業/);
    await click(v, 'kpi:2');
    s = await waitSettled(page, (s) => s.selection.kpi === 2);
    const byFy = Object.fromEntries(s.chart.rows.map((r) => [r.fy, r]));
    assert.deepEqual([byFy[2022].plan, byFy[2022].actual], [23000, 4320]);
    assert.equal(byFy[2023].actual, null, '— stays missing, not 0');
    // Save: the download validates with kpi-tool.
    const [download] = await Promise.all([page.waitForEvent('download'), click(v, 'publish:save', { scroll: -1 })]);
    const out = join(dir, download.suggestedFilename());
    await download.saveAs(out);
    assert.equal(download.suggestedFilename(), 'sapporo-report.json');
    const res = execFileSync(KPI_TOOL, ['validate', out], { encoding: 'utf8' });
    assert.match(res, /ok/i);
    assert.deepEqual(v.uploads, [], 'nothing was sent anywhere');
    noErrors(v);
  } finally { await v.context.close(); }
});

test('publish: a file chosen before the name asks for the name field; the report date goes into the JSON', async () => {
  const v = await openPublish(DESKTOP);
  try {
    const { page } = v;
    assert.equal(await page.title(), '公開用データの作成 | KPI ビューア', 'the tab says what the page is for, not "loading"');
    await page.setInputFiles('#pick-file', SEED);
    let s = await waitSettled(page, (s) => s.publish.file === 'sapporo_report.txt' && s.publish.problems.length > 0, null, 15000);
    assert.equal(s.publish.problems.length, 1);
    assert.match(s.publish.problems[0], /「自治体名（発行者）」の欄/);
    assert.doesNotMatch(s.publish.problems[0], /--publisher/);
    await typePublisher(v, '札幌市');
    s = await waitSettled(page, (s) => s.publish.ready === true, null, 15000);
    // データ時点: replace today's date with the report's.
    await click(v, 'publish:as-of');
    await page.waitForFunction(() => document.activeElement?.dataset.id === 'publish:as-of');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2026-03-31');
    s = await waitSettled(page, (s) => s.publish.ready === true && s.asOf === '2026-03-31', null, 15000);
    const [download] = await Promise.all([page.waitForEvent('download'), click(v, 'publish:save', { scroll: -1 })]);
    const out = join(dir, 'dated.json');
    await download.saveAs(out);
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).as_of, '2026-03-31');
    noErrors(v);
  } finally { await v.context.close(); }
});

test('publish: a Shift_JIS copy reads the same; a broken file lists its problems with line numbers', async () => {
  const v = await openPublish(PHONE);
  try {
    const { page } = v;
    await typePublisher(v, '札幌市');
    const sjis = join(dir, 'report-sjis.txt');
    writeFileSync(sjis, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'CP932', SEED]));   // as Japanese Excel saves it
    await page.setInputFiles('#pick-file', sjis);
    let s = await waitSettled(page, (s) => s.publish.ready === true && s.publish.file === 'report-sjis.txt', null, 15000);
    assert.equal(s.publish.encoding, 'shift_jis');
    assert.equal(s.visibleProjects.length, 5);
    // Break it: text where a number belongs, on a known line.
    const lines = readFileSync(SEED, 'utf8').split(/\r?\n/);
    const row = lines.findIndex((l) => /^①実績/.test(l));
    lines[row] = lines[row].replace(/\t[\d,]+(\t|$)/, '\tたくさん$1');
    const broken = join(dir, 'broken.txt');
    writeFileSync(broken, lines.join('\n'));
    await page.setInputFiles('#pick-file', broken);
    s = await waitSettled(page, (s) => s.publish.file === 'broken.txt' && s.publish.problems.length > 0, null, 15000);
    assert.equal(s.publish.ready, false, 'nothing to save');
    assert.ok(s.publish.problems.some((p) => p.startsWith(`broken.txt:${row + 1}:`)), JSON.stringify(s.publish.problems));
    assert.equal(s.visibleProjects.length, 0, 'no old data under new errors: the last preview is cleared');
    assert.equal(await page.title(), '公開用データの作成 | KPI ビューア');
    await page.waitForFunction((first) => document.getElementById('status').textContent.includes('broken.txt を読み込めませんでした（問題 ') &&
      document.getElementById('status').textContent.includes(first), s.publish.problems[0], { timeout: 5000 });
    await shot(page, 'publish-problems-phone');
    noErrors(v);
  } finally { await v.context.close(); }
});

test('publish: a hand-written JSON with 23,000 says what to change, in the language shown', async () => {
  const v = await openPublish(DESKTOP);
  try {
    const { page } = v;
    const json = readFileSync(resolve('data/sapporo.json'), 'utf8').replace('"plan": 23000', '"plan": 23,000');
    const file = join(dir, 'town.json');
    writeFileSync(file, json);
    await page.setInputFiles('#pick-file', file);
    let s = await waitSettled(page, (s) => s.publish.file === 'town.json' && s.publish.problems.length > 0, null, 15000);
    assert.match(s.publish.problems[0], /town\.json: line \d+, column \d+/);
    assert.equal(s.publish.hint, '数値に桁区切りのカンマは書けません：23,000 は 23000 と書いてください。');
    await click(v, 'lang', { scroll: -1 });
    await click(v, 'lang:en');
    s = await waitSettled(page, (s) => s.lang === 'en');
    assert.equal(s.publish.hint, 'Numbers have no thousands separators: write 23,000 as 23000.');
    noErrors(v);
  } finally { await v.context.close(); }
});

// The importer is its own module (kpi_import.js + .wasm): a citizen's visit never downloads it, not
// even into the service worker's precache; publish mode fetches it when a report is to be read.
test('publish: the importer is fetched by publish mode only, never by a citizen\'s visit', async () => {
  const sw = readFileSync(resolve('build/site/sw.js'), 'utf8');
  assert.ok(!/url:\s*"kpi_import/.test(sw), 'the importer is not in the precache list');
  const context = await env.browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const fetched = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(env.base);
    await waitSnap(page, (s) => s.ready && s.framesRendered > 0, null, 30000);
    await settle(page);
    assert.ok(fetched.some((p) => p.endsWith('/kpi_viewer.wasm')), 'the viewer was fetched (the check can see requests)');
    assert.deepEqual(fetched.filter((p) => /kpi_import/.test(p)), [], 'a citizen\'s visit fetches no importer');
  } finally { await context.close(); }
  const v = await openPublish(DESKTOP);
  try {
    const fetched = [];
    v.page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    assert.equal(fetched.length, 0);
    await typePublisher(v, '札幌市');
    await v.page.setInputFiles('#pick-file', SEED);
    await waitSettled(v.page, (s) => s.publish.ready === true, null, 15000);
    assert.deepEqual(fetched.filter((p) => /kpi_import/.test(p)).sort(), ['/kpi_import.js', '/kpi_import.wasm']);
    noErrors(v);
  } finally { await v.context.close(); }
});

// An importer that cannot be fetched (a server that answers 404, then one that answers garbage) is
// a clear problem in the panel, nothing crashes, and choosing the file again once it is back works.
test('publish: an importer that cannot be fetched or run says so; the next try works', async () => {
  const v = await openPublish(DESKTOP);
  try {
    const { page } = v;
    await typePublisher(v, '札幌市');
    // Slow first: the panel says it is reading the file while the importer is on its way. (Routed
    // on the context: the service worker's fetches too.)
    let release;
    const held = new Promise((r) => { release = r; });
    await v.context.route('**/kpi_import.wasm', async (route) => { await held; await route.fulfill({ status: 404, body: 'not here' }); });
    await page.setInputFiles('#pick-file', SEED);
    let s = await waitSnap(page, (s) => s.publish.importing === true, null, 15000);
    assert.equal(s.publish.ready, false);
    release();
    s = await waitSettled(page, (s) => s.publish.importing === false && s.publish.problems.length > 0, null, 15000);
    assert.equal(s.publish.problems.length, 1, JSON.stringify(s.publish.problems));
    assert.match(s.publish.problems[0], /^sapporo_report\.txt: 読み込みのプログラムを動かせませんでした.*\(kpi_import\.wasm could not be fetched or started\)$/);
    assert.equal(s.publish.ready, false);
    // Garbage instead of wasm: the same kind of message.
    await v.context.unroute('**/kpi_import.wasm');
    let garbageServed = 0;
    await v.context.route('**/kpi_import.wasm', (route) => {
      garbageServed++;
      return route.fulfill({ status: 200, contentType: 'application/wasm', body: '<html>maintenance</html>' });
    });
    await page.setInputFiles('#pick-file', SEED);
    // (This import asked for the importer, so it is under way: the problem awaited below is its own,
    // not the last one's, and it is over before the next try.)
    for (const t0 = Date.now(); garbageServed === 0;) {
      assert.ok(Date.now() - t0 < 15000, 'the second try asks for the importer again');
      await page.waitForTimeout(20);
    }
    s = await waitSettled(page, (s) => s.publish.importing === false && s.publish.problems.length > 0, null, 15000);
    assert.match(s.publish.problems[0], /読み込みのプログラムを動かせませんでした/);
    // Back: the same file is read.
    await v.context.unroute('**/kpi_import.wasm');
    await page.setInputFiles('#pick-file', SEED);
    s = await waitSettled(page, (s) => s.publish.ready === true, null, 15000);
    assert.deepEqual(s.publish.problems, []);
    assert.equal(s.visibleProjects.length, 5);
    assert.deepEqual(v.errors, [], 'page errors');
    assert.deepEqual(v.consoleErrors.filter((m) => !/kpi_import|wasm|Aborted|404|magic/i.test(m)), [], 'console errors other than the importer\'s');
  } finally { await v.context.close(); }
});
