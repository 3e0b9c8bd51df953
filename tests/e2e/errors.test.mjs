// Browser tests with real bad inputs: broken and missing datasets served next to a copy of the
// built site, an invalid ?data= name, and a browser without WebGL. The viewer must say what is
// wrong and where (file, line, JSON pointer), offer Retry, and never throw.
// Run: node --test --test-concurrency=1 tests/e2e/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openViewer, PHONE, KIOSK, SITE, ARTIFACTS, findTarget, settle, waitSettled, tap, click, watchCsp, scrollBy } from './browser.mjs';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const shot = (page, name) => page.screenshot({ path: join(ARTIFACTS, name + '.png') });
// /favicon.ico is reported by the load test in viewer.test.mjs; here only this test's own problems count.
const ownConsoleErrors = (v) => v.consoleErrors.filter((m) => !m.includes('/favicon.ico'));

let root, env;
const requests = [];
let lastRequestAt = 0;

// Wait until the page has finished everything it does after loading: its own fetches, and — when
// it registers a service worker — the worker taking control and whatever the page fetches then.
async function quiesce(page, quietMs = 500) {
  await page.waitForLoadState('networkidle');
  const sw = await page.evaluate(async () => !!(navigator.serviceWorker && await navigator.serviceWorker.getRegistration()));
  if (sw) await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 15000 });
  while (Date.now() - lastRequestAt < quietMs) await page.waitForTimeout(100);
}
before(async () => {
  root = mkdtempSync(join(tmpdir(), 'kpi-site-'));
  cpSync(SITE, root, { recursive: true });
  for (const f of readdirSync(FIXTURES)) if (f.endsWith('.json')) copyFileSync(join(FIXTURES, f), join(root, 'data', f));
  env = await launch({ root });
  env.server.on('request', (req) => { requests.push(req.url); lastRequestAt = Date.now(); });
});
after(async () => {
  await env?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

// Each case: ?data=..., what dataError must contain, and which device to use.
const CASES = [
  { name: 'truncated', query: '?data=truncated', device: PHONE,
    want: [/data\/truncated\.json/, /line \d+/, /column \d+/] },
  { name: 'wrong-type', query: '?data=wrong-type', device: KIOSK,
    want: [/data\/wrong-type\.json/, /\/programs\/0\/projects\/0\/kpis\/0\/years\/0\/plan/] },
  { name: 'not-json', query: '?data=not-json', device: PHONE,
    want: [/data\/not-json\.json/, /line 1\b/] },
  { name: 'empty', query: '?data=empty', device: PHONE,
    want: [/data\/empty\.json/] },
  { name: 'missing', query: '?data=nothere', device: PHONE,
    want: [/data\/nothere\.json/, /404/], expectConsole: /404/ },
];

for (const c of CASES) {
  test(`bad data (${c.name}): ${c.query} shows where the problem is, offers Retry, throws nothing`, async () => {
    const v = await openViewer(env, c.query, c.device);
    try {
      const s = await settle(v.page);
      assert.equal(s.ready, false, 'not ready');
      assert.equal(typeof s.dataError, 'string', 'dataError set');
      for (const re of c.want) assert.match(s.dataError, re);
      assert.deepEqual(s.visibleProjects, [], 'no projects from a dataset that did not load');
      assert.ok(findTarget(s, 'retry'), 'Retry button drawn');
      assert.ok(findTarget(s, 'lang'), 'top bar drawn');
      assert.equal(await v.page.evaluate(() => document.getElementById('loading').hidden), true, 'loading card replaced by the error');
      await shot(v.page, `error-${c.name}`);
      assert.deepEqual(v.errors, [], 'page errors');
      const cons = ownConsoleErrors(v);
      if (c.expectConsole) assert.ok(cons.every((m) => c.expectConsole.test(m)), cons.join('\n'));
      else assert.deepEqual(cons, [], 'console errors');
    } finally { await v.context.close(); }
  });
}

// Hostile strings (the format's limit is 10,000 characters per string, data/FORMAT.md): a word as
// long as the limit is laid out and scrolls; a 1 MB word is refused with its location.
test('hostile strings: a 10,000-character word shows and scrolls; a 1 MB word is a located error', async () => {
  const sapporo = JSON.parse(readFileSync(join(root, 'data', 'sapporo.json'), 'utf8'));
  const withNote = (text) => {
    const d = structuredClone(sapporo);
    d.programs[0].projects[0].notes = [{ ja: text }];
    return JSON.stringify(d);
  };
  writeFileSync(join(root, 'data', 'long-word.json'), withNote('n'.repeat(10000)));
  writeFileSync(join(root, 'data', 'too-long.json'), withNote('n'.repeat(1_000_000)));
  const v = await openViewer(env, '?data=long-word&project=uij-turn', PHONE);
  try {
    let s = await settle(v.page);
    assert.equal(s.ready, true);
    assert.equal(s.dataError, null);
    for (let i = 0; i < 4; i++) s = await scrollBy(v, 600);   // each returns once the viewer is idle again
    assert.ok(s.framesRendered > 4);
    await shot(v.page, 'long-word-phone');
    assert.deepEqual(v.errors, []);
  } finally { await v.context.close(); }
  const w = await openViewer(env, '?data=too-long', PHONE);
  try {
    const s = await settle(w.page);
    assert.equal(s.ready, false);
    assert.match(s.dataError, /data\/too-long\.json/);
    assert.match(s.dataError, /\/programs\/0\/projects\/0\/notes\/0\/ja/);
    assert.match(s.dataError, /10000/);
    assert.deepEqual(w.errors, []);
  } finally { await w.context.close(); }
});

// Links with invalid UTF-8 (overlong forms, surrogates) never make snapshot() throw.
for (const q of ['?lang=%C0%80', '?project=%ED%A0%80', '?unit=%F4%90%80%80&q=%E3%81', '?data=sapporo&data=other&kpi=%FF']) {
  test(`hostile link ${q}: the viewer opens with a notice and snapshot() works`, async () => {
    const v = await openViewer(env, q, PHONE);
    try {
      const s = await settle(v.page);
      assert.equal(s.ready, true);
      assert.ok(s.notices.length > 0, `a notice for ${q}`);
      assert.equal(s.dataName, 'sapporo');
      JSON.stringify(s);   // plain, valid text
      assert.deepEqual(v.errors, []);
    } finally { await v.context.close(); }
  });
}

// An invalid dataset name (not ^[a-z0-9]+(-[a-z0-9]+)*$) must be reported and never requested.
// The app reports it either as a data error or — current design, see src/core/view_url.cpp — as a
// notice ("part of the link could not be used") while it shows the default dataset.
for (const [name, query, bad] of [['dotdot', '?data=../x', '../x'], ['upper-en', '?data=Sapporo&lang=en', 'Sapporo'],
  ['encoded', '?data=..%2F..%2Fetc%2Fpasswd', '../../etc/passwd']]) {
  test(`invalid dataset name (${name}): ${query} is reported and never requested`, async () => {
    const before = requests.length;
    const v = await openViewer(env, query, name === 'upper-en' ? KIOSK : PHONE);
    try {
      const s = await settle(v.page);
      const inError = typeof s.dataError === 'string' && s.dataError.includes(bad);
      const inNotice = Array.isArray(s.notices) && s.notices.some((n) => n.includes(bad));
      assert.ok(inError || inNotice, `the bad name is reported (dataError=${JSON.stringify(s.dataError)}, notices=${JSON.stringify(s.notices)})`);
      if (inError) assert.ok(findTarget(s, 'retry'), 'Retry drawn');
      else {
        assert.ok(findTarget(s, 'notice:close'), 'notice drawn');
        assert.equal(s.dataName, 'sapporo', 'falls back to the default dataset');
      }
      await shot(v.page, `error-invalid-name-${name}`);
      await quiesce(v.page);
      const asked = requests.slice(before).filter((u) => /\.json(\?|$)/.test(u) && u !== '/data/sapporo.json' && u !== '/data/index.json');
      assert.deepEqual(asked, [], 'no request for the bad name (nor anything but the default dataset and the catalog)');
      assert.deepEqual(v.errors, [], 'page errors');
      assert.deepEqual(ownConsoleErrors(v), [], 'console errors');
    } finally { await v.context.close(); }
  });
}

// Retry: the dataset is missing, then published; pressing Retry must fetch it again and show it.
async function retryRecovers(name, device, press) {
  const v = await openViewer(env, `?data=${name}`, device);
  try {
    let s = await settle(v.page);
    assert.match(s.dataError, new RegExp(`data/${name}\\.json.*404`, 's'));
    await quiesce(v.page);   // so that only Retry can cause the next fetch
    copyFileSync(join(SITE, 'data', 'sapporo.json'), join(root, 'data', `${name}.json`));
    const fetches = () => requests.filter((u) => u === `/data/${name}.json`).length;
    const n0 = fetches();
    await press(v, 'retry');
    await settle(v.page);
    const deadline = Date.now() + 3000;
    while (fetches() === n0 && Date.now() < deadline) await v.page.waitForTimeout(50);
    if (fetches() === n0) await shot(v.page, `error-retry-${name}-stuck`);
    assert.ok(fetches() > n0, `pressing Retry starts a new fetch of data/${name}.json (none within 3 s of the press; ` +
      `frames drawn: ${(await v.snapshot()).framesRendered})`);
    s = await waitSettled(v.page, (s) => s.ready === true && s.dataError === null);
    assert.deepEqual(s.visibleProjects, ['uij-turn', 'digital-innovation', 'ishikari-lifestyle', 'smart-city', 'shin-sapporo']);
    assert.equal(findTarget(s, 'retry'), null, 'error panel gone');
    await shot(v.page, `error-retry-${name}-recovered`);
    assert.deepEqual(v.errors, []);
  } finally { await v.context.close(); }
}

test('Retry (mouse click, kiosk) loads the dataset once it has been published', () => retryRecovers('late-kiosk', KIOSK, click));
test('Retry (tap, phone) loads the dataset once it has been published', () => retryRecovers('late-phone', PHONE, tap));

// With data the page is the document of the current view (core/document.h, as printed; more in
// print.test.mjs); without data (an error) the semantic layer, which holds Retry.
test('without WebGL the page is the HTML version: headings, links, tables, and a link to the data file', async () => {
  const nogl = await launch({ root, args: ['--disable-webgl', '--disable-3d-apis'] });
  try {
    for (const [query, device, link, msg] of [
      ['?project=smart-city', PHONE, 'data/sapporo.json', /WebGL 2/],
      ['?data=wrong-type&lang=en', KIOSK, 'data/wrong-type.json', /cannot draw the charts \(WebGL 2 is not available\)/],
    ]) {
      const context = await nogl.browser.newContext(device);
      await watchCsp(context);
      try {
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        assert.equal(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2')).catch(() => false), false);
        await page.goto(nogl.base + query);
        await page.waitForSelector('#nogl-note', { state: 'visible', timeout: 10000 });
        const layer = device === PHONE ? '#print-doc' : '#sem';
        await page.waitForFunction((layer) => document.querySelector(layer + ' h1'), layer, { timeout: 15000 });
        const r = await page.evaluate((layer) => {
          const n = document.getElementById('nogl-note'), a = n.querySelector('a'), sem = document.querySelector(layer);
          const rect = sem.querySelector('h1').getBoundingClientRect();
          return { msg: n.textContent, href: a.getAttribute('href'), h1: sem.querySelector('h1').textContent,
            h1Visible: rect.width > 0 && getComputedStyle(sem.querySelector('h1')).color !== 'rgba(0, 0, 0, 0)',
            tables: [...sem.querySelectorAll('table')].map((t) => t.textContent), text: sem.textContent,
            buttons: [...sem.querySelectorAll('button')].map((b) => b.textContent) };
        }, layer);
        assert.match(r.msg, msg);
        assert.equal(r.href, link);
        assert.ok(r.h1Visible, 'the HTML version is visible');
        if (device === PHONE) {
          assert.match(r.h1, /スマートシティ/);
          assert.equal(r.tables.length, 3, 'every KPI as a table');
          assert.ok(r.tables[1].includes('23,000') && r.tables[1].includes('4,320'), 'the report numbers');
        } else {
          assert.match(r.text, /\/programs\/0/, 'the located data error');
          assert.ok(r.buttons.some((b) => /Retry/.test(b)), 'Retry is offered');
        }
        const res = await page.request.get(nogl.base + link);
        assert.equal(res.status(), 200);
        await shot(page, `no-webgl-${device === PHONE ? 'phone' : 'kiosk'}`);
        assert.deepEqual(errors, []);
      } finally { await context.close(); }
    }
  } finally { await nogl.close(); }
});

test('a WebGL whose shaders do not build: the page becomes its HTML version and the console says why', async () => {
  const context = await env.browser.newContext(PHONE);
  await watchCsp(context);
  // The browser's WebGL reports the viewer's program as not linked (a driver that cannot build it).
  await context.addInitScript(() => {
    const P = WebGL2RenderingContext.prototype;
    const program = P.getProgramParameter, shader = P.getShaderParameter;
    P.getProgramParameter = function (p, name) { return name === this.LINK_STATUS ? false : program.call(this, p, name); };
    P.getShaderParameter = function (s, name) { return name === this.COMPILE_STATUS ? false : shader.call(this, s, name); };
    P.getShaderInfoLog = () => 'ERROR: 0:1: forced by the test';
  });
  try {
    const page = await context.newPage();
    const errors = [], consoleErrors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    await page.goto(env.base + '?project=smart-city');
    await page.waitForSelector('#nogl-note', { state: 'visible', timeout: 15000 });
    await page.waitForSelector('#print-doc h1', { state: 'visible', timeout: 15000 });   // the view as a document
    const r = await page.evaluate(() => ({ htmlOnly: document.body.classList.contains('html-only'),
      h1: document.querySelector('#print-doc h1')?.textContent, tables: document.querySelectorAll('#print-doc table').length }));
    assert.equal(r.htmlOnly, true);
    assert.match(r.h1, /スマートシティ/);
    assert.equal(r.tables, 3, 'every KPI of the project as a table');
    assert.ok(consoleErrors.some((m) => /shaders did not build.*forced by the test/.test(m)), consoleErrors.join('\n'));
    assert.deepEqual(errors, []);
  } finally { await context.close(); }
});
