// The first screen before the viewer's code (web/first-screen.js, core/first_screen.h): shown only
// when the dataset is the file it was made from, accessible, equal to what the canvas then shows,
// and handed over to the canvas with focus kept. The viewer's code (kpi_viewer.wasm) is held back by
// a route until the test lets it through, so "before the code" is a state the test controls, not a
// race it hopes to win.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, PHONE, SITE, watchCsp, waitSettled } from './browser.mjs';
import { noErrors, shot } from './lib/helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const PROJECTS = ['uij-turn', 'digital-innovation', 'ishikari-lifestyle', 'smart-city', 'shin-sapporo'];

let env, republished;
before(async () => {
  env = await launch();
  // A site whose dataset was republished without a rebuild: one actual changed, the first screens
  // (and their SHA-256) left as they were.
  republished = mkdtempSync(join(tmpdir(), 'kpi-first-'));
  cpSync(SITE, republished, { recursive: true });
  const file = join(republished, 'data', 'sapporo.json');
  const text = readFileSync(file, 'utf8');
  const changed = text.replace('"actual": 4320', '"actual": 4321');
  assert.notEqual(changed, text, 'fixture: the republished file differs');
  writeFileSync(file, changed);
});
after(async () => {
  await env?.close();
  if (republished) rmSync(republished, { recursive: true, force: true });
});

// A page whose viewer code waits until release() is called.
async function openHeld(base, query, device = PHONE) {
  const context = await env.browser.newContext(device);
  await watchCsp(context);
  const page = await context.newPage();
  const errors = [], consoleErrors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route('**/kpi_viewer.wasm', async (route) => { await gate; await route.continue(); });
  await page.goto(base + query);
  return { page, context, errors, consoleErrors, release, snapshot: () => page.evaluate(() => window.kpiViewer.snapshot()) };
}
const state = (v) => v.page.evaluate(() => window.kpiFirstScreen.state());
const waitState = (v, want) => v.page.waitForFunction((w) => window.kpiFirstScreen && window.kpiFirstScreen.state() === w, want, { timeout: 15000 });
const waitReady = (v) => v.page.waitForFunction(() => { try { return window.kpiViewer.snapshot().ready; } catch (e) { return false; } }, null, { timeout: 30000 });

test('before the code: every project outcome, the counts, title, as-of date and source, as accessible HTML', async () => {
  const v = await openHeld(env.base, '');
  try {
    await waitState(v, 'shown');
    const html = await v.page.evaluate(() => ({
      projects: [...document.querySelectorAll('#first-screen .fs-project')].map((a) => [a.getAttribute('data-sem'), a.textContent, a.nextElementSibling.textContent]),
      title: document.querySelector('#first-screen .fs-title').textContent,
      about: document.querySelector('#first-screen .fs-about').textContent,
      loadingHidden: document.getElementById('loading').hidden,
      canvasCode: performance.getEntriesByType('resource').some((e) => e.name.endsWith('kpi_viewer.wasm') && e.responseEnd > 0),
    }));
    assert.equal(html.canvasCode, false, 'the code has not arrived');
    assert.equal(html.loadingHidden, true, 'the loading card gave way to the first screen');
    assert.deepEqual(html.projects.map((p) => p[0]), PROJECTS.map((id) => 'glance:' + id), 'every project, in report order');
    const data = JSON.parse(readFileSync(join(SITE, 'data', 'sapporo.json'), 'utf8'));
    assert.equal(html.title, data.title.ja);
    assert.match(html.about, /データ時点/);
    assert.match(html.about, /出典/);
    await shot(v.page, 'first-screen-phone');
    // axe on the first screen alone (the canvas is not there yet).
    await v.page.evaluate(AXE);
    const res = await v.page.evaluate(() => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }));
    assert.deepEqual(res.violations.map((x) => `${x.id}: ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), []);
    // The accessibility tree has each project as a link named by the project.
    const cdp = await v.context.newCDPSession(v.page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const links = nodes.filter((n) => n.role?.value === 'link').map((n) => n.name?.value);
    for (const p of data.programs.flatMap((g) => g.projects)) assert.ok(links.includes(p.name.ja), `link ${p.name.ja}`);
    // Then the canvas: its outcome for each project is the one the HTML said.
    v.release();
    await waitReady(v);
    const twins = await v.page.evaluate(() => [...document.querySelectorAll('#sem [data-id^="glance:"]')]
      .map((e) => [e.dataset.id, e.getAttribute('aria-label') || e.textContent]));
    for (const [sem, name, outcome] of html.projects) {
      const twin = twins.find((t) => t[0] === sem);
      assert.ok(twin, `the canvas has ${sem}`);
      assert.equal(twin[1], name + '：' + outcome, `${sem}: the same outcome before and after`);
    }
    assert.equal(await v.page.evaluate(() => document.getElementById('first-screen')), null, 'the first screen is gone');
    noErrors(v);
  } finally { await v.context.close(); }
});

test('on a slow network the page asks for its scripts together: the first screen waits for no other script to arrive', async () => {
  const context = await env.browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 300, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
    await page.goto(env.base);
    await page.waitForFunction(() => window.kpiFirstScreen && window.kpiFirstScreen.presentedMs() != null, null, { timeout: 30000 });
    const at = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('resource')
      .filter((e) => /\/(web_backend|first-screen|glue)\.js$/.test(e.name)).map((e) => [e.name.split('/').pop(), [e.startTime, e.responseEnd]])));
    assert.equal(Object.keys(at).length, 3, JSON.stringify(at));
    const firstEnd = Math.min(...Object.values(at).map(([, end]) => end));
    for (const [name, [start]] of Object.entries(at))
      assert.ok(start < firstEnd, `${name} asked for at ${start.toFixed(0)} ms, after a script had arrived (${firstEnd.toFixed(0)} ms): ${JSON.stringify(at)}`);
  } finally { await context.close(); }
});

test("the viewer's code starts after the first screen is on screen; a screen that never comes holds it back only a moment", async () => {
  // Not held: the code arrives when it arrives, and its main() (a long task on a phone) still comes
  // after the screen's first frame.
  const context = await env.browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    await page.goto(env.base);
    await page.waitForFunction(() => { try { return window.kpiViewer.snapshot().ready; } catch (e) { return false; } }, null, { timeout: 30000 });
    const t = await page.evaluate(() => ({ shown: window.kpiFirstScreen.presentedMs(), main: window.kpiViewer.snapshot().timings.mainStartMs }));
    assert.ok(t.shown !== null && t.main !== null, JSON.stringify(t));
    assert.ok(t.main >= t.shown, `main() at ${t.main} ms, the screen's frame at ${t.shown} ms`);
  } finally { await context.close(); }
  // The screen's HTML never answers: the viewer starts anyway (without the cap it would wait
  // forever and this would time out), and the screen's late arrival changes nothing.
  const held = await env.browser.newContext(PHONE);
  try {
    const page = await held.newPage();
    let release;
    const gate = new Promise((r) => { release = r; });
    await page.route('**/data/first/**', async (route) => { await gate; await route.continue(); });
    await page.goto(env.base);
    await page.waitForFunction(() => { try { return window.kpiViewer.snapshot().ready; } catch (e) { return false; } }, null, { timeout: 30000 });
    assert.equal(await page.evaluate(() => window.kpiFirstScreen.presentedMs()), null, 'the screen was never shown');
    release();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/data/first/') && e.responseEnd > 0), null, { timeout: 15000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const s = await page.evaluate(() => ({ state: window.kpiFirstScreen.state(), filled: document.getElementById('first-screen')?.childElementCount ?? 0 }));
    assert.deepEqual(s, { state: 'handed-over', filled: 0 }, 'the late screen is not shown over the canvas');
  } finally { await held.close(); }
});

test('a dataset republished without a rebuild never shows the old numbers: the loading card, then the canvas', async () => {
  const server = await launch({ root: republished });
  try {
    const context = await server.browser.newContext(PHONE);
    const page = await context.newPage();
    // Watch the first screen's element from the first moment: nothing may ever be put into it.
    await page.addInitScript(() => {
      window.firstScreenEverFilled = false;
      new MutationObserver(() => {
        const fs = document.getElementById('first-screen');
        if (fs && fs.childElementCount) window.firstScreenEverFilled = true;
      }).observe(document, { childList: true, subtree: true });
    });
    let release;
    const gate = new Promise((r) => { release = r; });
    await page.route('**/kpi_viewer.wasm', async (route) => { await gate; await route.continue(); });
    await page.goto(server.base);
    await page.waitForFunction(() => window.kpiFirstScreen && window.kpiFirstScreen.state() === 'refused', null, { timeout: 15000 });
    assert.equal(await page.evaluate(() => document.getElementById('loading').hidden), false, 'the loading card stays');
    release();
    await page.waitForFunction(() => { try { return window.kpiViewer.snapshot().ready; } catch (e) { return false; } }, null, { timeout: 30000 });
    assert.equal(await page.evaluate(() => window.firstScreenEverFilled), false, 'the old first screen was never shown');
    // The canvas shows the republished number.
    await page.goto(server.base + '?project=smart-city&kpi=2');
    await page.waitForFunction(() => { try { return window.kpiViewer.snapshot().ready; } catch (e) { return false; } }, null, { timeout: 30000 });
    const text = await page.evaluate(() => document.getElementById('sem').textContent);
    assert.ok(text.includes('4,321'), 'the new actual is shown');
    assert.ok(!text.includes('4,320'), 'the old actual is not');
    await context.close();
  } finally { await server.close(); }
});

test('a missing or foreign first screen falls back to the loading card', async () => {
  const root = mkdtempSync(join(tmpdir(), 'kpi-first-missing-'));
  cpSync(SITE, root, { recursive: true });
  unlinkSync(join(root, 'data', 'first', 'sapporo', 'ja', 'index.html'));
  // An English screen that is not a first screen at all (a server's error page, say).
  writeFileSync(join(root, 'data', 'first', 'sapporo', 'en', 'index.html'), '<html><body>Not found</body></html>');
  const server = await launch({ root });
  try {
    for (const q of ['', '?lang=en']) {
      const context = await server.browser.newContext(PHONE);
      const page = await context.newPage();
      await page.goto(server.base + q);
      await page.waitForFunction(() => window.kpiFirstScreen && window.kpiFirstScreen.state() !== 'waiting', null, { timeout: 30000 });
      const s = await page.evaluate(() => window.kpiFirstScreen.state());
      assert.ok(s === 'refused' || s === 'handed-over', `${q}: ${s}`);
      assert.equal(await page.evaluate(() => window.kpiFirstScreen.presentedMs()), null, `${q}: nothing shown`);
      await page.waitForFunction(() => { try { return window.kpiViewer.snapshot().ready; } catch (e) { return false; } }, null, { timeout: 30000 });
      await context.close();
    }
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('links with filters or another view get the loading card; a project link gets its page at the KPI', async () => {
  for (const q of ['?status=met', '?view=compare', '?kiosk=1', '?era=western']) {
    const v = await openHeld(env.base, q);
    try {
      assert.equal(await state(v), 'none', q);
    } finally { await v.context.close(); }
  }
  const v = await openHeld(env.base, '?project=smart-city&kpi=2&lang=en');
  try {
    await waitState(v, 'shown');
    const r = await v.page.evaluate(() => {
      const k = document.getElementById('kpi-smart-city-2');
      const box = k.getBoundingClientRect();
      return { lang: document.querySelector('#first-screen .fs').lang, top: box.top, h: innerHeight, heading: k.querySelector('h2, h3').textContent };
    });
    assert.equal(r.lang, 'en');
    assert.ok(r.top >= 0 && r.top < r.h / 2, `KPI② is in view (top ${r.top})`);
    assert.match(r.heading, /KPI②/);
    await shot(v.page, 'first-screen-project-en');
  } finally { await v.context.close(); }
});

test('the hand-over keeps keyboard focus: a project link focused in the HTML is its twin in the canvas', async () => {
  const v = await openHeld(env.base, '');
  try {
    await waitState(v, 'shown');
    let focused = '';
    for (let i = 0; i < 12 && focused !== 'glance:smart-city'; i++) {
      await v.page.keyboard.press('Tab');
      focused = await v.page.evaluate(() => document.activeElement && document.activeElement.getAttribute('data-sem'));
    }
    assert.equal(focused, 'glance:smart-city', 'Tab reaches the project link');
    v.release();
    await waitReady(v);
    await v.page.waitForFunction(() => !document.getElementById('first-screen'), null, { timeout: 10000 });
    const after = await v.page.evaluate(() => ({
      id: document.activeElement && document.activeElement.dataset.id,
      inTwins: document.getElementById('sem').contains(document.activeElement),
    }));
    assert.deepEqual(after, { id: 'glance:smart-city', inTwins: true });
    // The focused twin opens the project with Enter, as the link would have.
    await v.page.keyboard.press('Enter');
    await waitSettled(v.page, (s) => s.url.includes('project=smart-city'));
    noErrors(v);
  } finally { await v.context.close(); }
});
