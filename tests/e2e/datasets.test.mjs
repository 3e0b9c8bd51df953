// Many datasets on one site: `make site` writes data/index.json (kpi-tool catalog); with more than
// one dataset the viewer offers a searchable picker; choosing one changes the URL, title and data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, openViewer, SITE, PHONE, waitSettled, waitSnap, click, settle } from './browser.mjs';
import { noErrors, shot } from './lib/helpers.mjs';

const KPI_TOOL = resolve('build/native/kpi-tool');
let root, env;
before(async () => {
  root = mkdtempSync(join(tmpdir(), 'kpi-sites-'));
  cpSync(SITE, root, { recursive: true });
  // A second town: Sapporo's data under another publisher, with one project fewer.
  const d = JSON.parse(readFileSync(join(root, 'data', 'sapporo.json'), 'utf8'));
  d.publisher = { ja: '小樽市', en: 'Otaru City' };
  d.title = { ja: '小樽市 地方創生関連交付金事業のKPI', en: 'Otaru City: KPIs of regional revitalisation grants' };
  d.programs[0].projects = [];
  writeFileSync(join(root, 'data', 'otaru.json'), JSON.stringify(d, null, 1));
  const catalog = execFileSync(KPI_TOOL, ['catalog', join(root, 'data', 'sapporo.json'), join(root, 'data', 'otaru.json')]);
  writeFileSync(join(root, 'data', 'index.json'), catalog);
  env = await launch({ root });
});
after(async () => {
  await env?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

test('two datasets: the picker finds a town by name, and choosing it changes the URL, title and data', async () => {
  const v = await openViewer(env, '', PHONE);
  try {
    const { page } = v;
    let s = await waitSettled(page, (s) => s.targets.some((t) => t.id === 'tab:datasets'), null, 15000);
    assert.match(await page.title(), /札幌市/);
    await click(v, 'tab:datasets');
    s = await waitSettled(page, (s) => s.dialog !== null);
    assert.ok(s.targets.some((t) => t.id === 'dataset:otaru') && s.targets.some((t) => t.id === 'dataset:sapporo'));
    // (The search folds width and kana like the project search; a reading in kana cannot find kanji.)
    await click(v, 'datasets:q');
    await page.keyboard.type('otaru');
    s = await waitSettled(page, (s) => !s.targets.some((t) => t.id === 'dataset:sapporo'));
    assert.ok(s.targets.some((t) => t.id === 'dataset:otaru'));
    await shot(page, 'dataset-picker-phone');
    await Promise.all([page.waitForURL(/[?&]data=otaru/), click(v, 'dataset:otaru')]);
    s = await waitSnap(page, (s) => s.ready && s.dataName === 'otaru', null, 15000);
    assert.equal(s.visibleProjects.length, 4);
    assert.match(await page.title(), /小樽市/);
    noErrors(v);
  } finally { await v.context.close(); }
});

test('a site with one dataset (the bundled one) shows no picker', async () => {
  const one = JSON.parse(readFileSync(join(SITE, 'data', 'index.json'), 'utf8'));
  assert.deepEqual(one.datasets.map((d) => d.name), ['sapporo']);
  const single = await launch();
  try {
    const v = await openViewer(single, '', PHONE);
    await v.page.waitForResponse((r) => r.url().endsWith('/data/index.json'), { timeout: 15000 }).catch(() => {});
    const s = await settle(v.page);
    assert.ok(!s.targets.some((t) => t.id === 'tab:datasets'));
    assert.ok(s.targets.some((t) => t.id === 'tab:filters'));
    await v.context.close();
  } finally { await single.close(); }
});

test('make-site: a broken dataset stops the build with its located error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-broken-'));
  try {
    writeFileSync(join(dir, 'broken.json'), '{"format": "kpi-report/1", "title": {"ja": "x"}, "programs": 5}');
    let err = '';
    try { execFileSync(KPI_TOOL, ['catalog', join(dir, 'broken.json')], { stdio: 'pipe' }); } catch (e) { err = String(e.stderr); }
    assert.match(err, /broken\.json: invalid:/);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
