// Browser tests of the viewer on the bundled Sapporo data, driven the way a person uses it: mouse
// clicks on a kiosk-sized screen, taps and one-finger drags on a phone, typing through the page's
// hidden text input. Where to click comes from kpiViewer.snapshot().targets (what the last frame
// drew, in CSS px); what happened is read back from the same snapshot.
// Run: node --test --test-concurrency=1 tests/e2e/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, PHONE, KIOSK, waitSnap, waitSettled, settle, findTarget, click, tap,
  scrollToTarget, watchCsp } from './browser.mjs';
import { ALL, noErrors as noErrorsOf, shot, withViewer as withViewerIn } from './lib/helpers.mjs';

const sameList = (s, want) => JSON.stringify(s.visibleProjects) === JSON.stringify(want);
// Every console error counts here, a missing favicon's too.
const noErrors = (v) => noErrorsOf(v, '', { favicon: true });

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const withViewer = (query, device, fn) => withViewerIn(env, query, device, fn);

test('loads at phone and kiosk sizes with all five projects in report order', async () => {
  for (const [name, device] of [['phone', PHONE], ['kiosk', KIOSK]]) {
    await withViewer('', device, async (v) => {
      const s = await settle(v.page);
      assert.equal(s.ready, true, `${name}: ready`);
      assert.equal(s.dataError, null, `${name}: dataError`);
      assert.equal(s.lang, 'ja');
      assert.equal(s.mode, 'overview');
      assert.deepEqual(s.visibleProjects, ALL, `${name}: projects in report order`);
      assert.equal(typeof s.timings.firstDataFrameMs, 'number', `${name}: firstDataFrameMs`);
      // The mark is the frame on screen: not before the loading screen was removed, after it started.
      assert.ok(s.timings.firstDataFrameMs >= s.timings.loadingHiddenMs, JSON.stringify(s.timings));
      assert.ok(s.timings.firstDataFrameMs >= s.timings.firstDataFrameStartMs, JSON.stringify(s.timings));
      // make bench's parts of it: the file reached the viewer and was read before that frame began.
      assert.ok(s.timings.dataArrivedMs > 0 && s.timings.dataReadMs >= 0, JSON.stringify(s.timings));
      assert.ok(s.timings.dataArrivedMs + s.timings.dataReadMs <= s.timings.firstDataFrameStartMs, JSON.stringify(s.timings));
      // The harness's cheap question gives the same mark (make bench polls it while the page loads).
      assert.equal(await v.page.evaluate(() => window.kpiViewer.presentedMs()), s.timings.firstDataFrameMs, `${name}: presentedMs()`);
      // The HTML twins are built just after the first picture is on screen, and exist once ready.
      assert.ok(s.timings.semanticsBuiltMs >= s.timings.firstDataFrameMs, JSON.stringify(s.timings));
      const twins = await v.page.evaluate(() => document.querySelectorAll('#sem button, #sem a').length);
      assert.ok(twins >= ALL.length, `${name}: ${twins} controls in the page's HTML layer once ready`);
      // The first screen lists every project with its outcome (the cards follow below it).
      assert.ok(findTarget(s, 'glance:uij-turn'), `${name}: first project's row drawn`);
      assert.ok(findTarget(s, 'lang'), `${name}: language button drawn`);
      // The loading card is gone and the canvas is drawn at the device's pixel ratio.
      const dom = await v.page.evaluate(() => {
        const c = document.getElementById('canvas');
        return { loadingHidden: document.getElementById('loading').hidden, fatalHidden: document.getElementById('fatal').hidden,
          w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight, dpr: devicePixelRatio };
      });
      assert.equal(dom.loadingHidden, true, `${name}: loading card hidden`);
      assert.equal(dom.fatalHidden, true, `${name}: no fatal message`);
      assert.equal(dom.w, Math.round(dom.cssW * dom.dpr), `${name}: canvas width in device px`);
      assert.equal(dom.h, Math.round(dom.cssH * dom.dpr), `${name}: canvas height in device px`);
      assert.equal(dom.cssW, device.viewport.width);
      await shot(v.page, `load-${name}`);
      noErrors(v);
    });
  }
});

test('kpiViewer.snapshot() can be called from the start (never throws while the wasm loads)', async () => {
  const context = await env.browser.newContext(KIOSK);
  await watchCsp(context);
  try {
    // Poll the automation API as early and as often as a test harness or embedder might.
    await context.addInitScript(() => {
      window.__snap = { calls: 0, notReady: 0, threw: [] };
      const poll = () => {
        try {
          const s = window.kpiViewer && window.kpiViewer.snapshot();
          if (s) { window.__snap.calls++; if (!s.ready) window.__snap.notReady++; if (s.ready) return; }
        } catch (e) { window.__snap.threw.push(String(e)); }
        setTimeout(poll, 1);
      };
      poll();
    });
    const page = await context.newPage();
    await page.goto(env.base);
    await page.waitForFunction(() => { try { return window.kpiViewer.snapshot().ready; } catch (e) { return false; } }, null, { timeout: 30000 });
    const r = await page.evaluate(() => window.__snap);
    assert.ok(r.notReady > 0 || r.threw.length > 0, 'polled during start-up');
    assert.deepEqual(r.threw.slice(0, 1), [], `snapshot() threw ${r.threw.length} time(s) during start-up ` +
      `(expected {ready:false} until the wasm is instantiated)`);
  } finally { await context.close(); }
});

test('kiosk: clicking a project card and a KPI heading shows that KPI\'s report values; Back returns', async () => {
  await withViewer('', KIOSK, async (v) => {
    await click(v, 'project:smart-city');   // below the fold: scrolls with the mouse wheel first
    let s = await waitSettled(v.page, (s) => s.selection.project === 'smart-city');
    assert.equal(s.selection.kpi, null);
    assert.equal(s.chart, null);
    assert.ok(findTarget(s, 'back'), 'Back button drawn at the top of the project page');
    await click(v, 'kpi:2');
    s = await waitSettled(v.page, (s) => s.selection.kpi === 2);
    // スマートシティアプリのダウンロード数, as in the published report.
    assert.deepEqual(s.chart, { project: 'smart-city', kpi: 2, rows: [
      { fy: 2022, plan: 23000, actual: 4320 },
      { fy: 2023, plan: 31000, actual: null },
      { fy: 2024, plan: 67000, actual: null },
    ] });
    // Selecting a KPI brings its card into view.
    const h = findTarget(s, 'kpi:2');
    assert.ok(h && h.y < 1080 / 2, `selected KPI heading scrolled near the top (at ${h && h.y})`);
    assert.ok(findTarget(s, 'chart:2'), 'its chart is drawn');
    await v.page.mouse.move(4, 4);   // park the pointer on the title bar: no chart tooltip in the screenshot
    await settle(v.page);
    await shot(v.page, 'project-kiosk');
    await click(v, 'back', { scroll: -1 });
    s = await waitSettled(v.page, (s) => s.selection.project === null);
    assert.equal(s.chart, null);
    assert.deepEqual(s.visibleProjects, ALL);
    assert.ok(findTarget(s, 'glance:uij-turn'), 'overview drawn from the top again');
    noErrors(v);
  });
});

test('phone: tapping a project card and a KPI heading shows that KPI\'s report values; Back returns', async () => {
  await withViewer('', PHONE, async (v) => {
    await tap(v, 'project:digital-innovation');
    let s = await waitSettled(v.page, (s) => s.selection.project === 'digital-innovation');
    assert.equal(s.chart, null);
    await tap(v, 'kpi:1');   // scrolls with a one-finger drag first if it is below the fold
    s = await waitSettled(v.page, (s) => s.selection.kpi === 1);
    assert.deepEqual(s.chart, { project: 'digital-innovation', kpi: 1, rows: [
      { fy: 2020, plan: 4, actual: 2 },
      { fy: 2021, plan: 9, actual: 11 },
      { fy: 2022, plan: 9, actual: 16 },
    ] });
    assert.ok(findTarget(s, 'chart:1'), 'chart of the selected KPI drawn');
    await shot(v.page, 'project-phone');
    // A drag that starts on a KPI heading scrolls; it must not select that KPI.
    const k2 = await scrollToTarget(v, 'kpi:2', { touch: true });
    const before = (await v.snapshot()).selection.kpi;
    const cdp = await v.context.newCDPSession(v.page);
    const x = k2.x + k2.w / 2, y0 = k2.y + k2.h / 2;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0, id: 1 }] });
    for (let i = 1; i <= 6; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: Math.max(70, y0 - 12 * i), id: 1 }] });
      await v.page.waitForTimeout(16);
    }
    await v.page.waitForTimeout(120);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    s = await settle(v.page);
    assert.equal(s.selection.kpi, before, 'a drag is a scroll, not a tap');
    await tap(v, 'back', { scroll: -1 });
    s = await waitSettled(v.page, (s) => s.selection.project === null);
    assert.equal(s.chart, null);
    assert.ok(findTarget(s, 'glance:uij-turn'), 'overview drawn from the top again');
    noErrors(v);
  });
});

test('desktop: the mouse cursor is a hand over what can be pressed, the arrow elsewhere', async () => {
  await withViewer('', KIOSK, async (v) => {
    const s = await settle(v.page);
    const card = findTarget(s, 'project:uij-turn') || findTarget(s, 'glance:uij-turn');
    assert.ok(card, 'a project is on screen');
    const cursor = () => v.page.evaluate(() => getComputedStyle(document.getElementById('canvas')).cursor);
    await v.page.mouse.move(card.x + card.w / 2, card.y + card.h / 2);
    await v.page.waitForFunction(() => getComputedStyle(document.getElementById('canvas')).cursor === 'pointer', null, { timeout: 5000 });
    await v.page.mouse.move(1915, 1075);   // the page's bottom-right corner: nothing to press
    await v.page.waitForFunction(() => getComputedStyle(document.getElementById('canvas')).cursor !== 'pointer', null, { timeout: 5000 });
    assert.notEqual(await cursor(), 'pointer');
    noErrors(v);
  });
});

test('kiosk: filter chips narrow the project list; Clear restores it', async () => {
  await withViewer('', KIOSK, async (v) => {
    await click(v, 'filter:app:joint');
    let s = await waitSettled(v.page, sameList, ['uij-turn', 'ishikari-lifestyle']);
    const cards = s.targets.filter((t) => t.id.startsWith('project:')).map((t) => t.id);
    assert.deepEqual(cards, ['project:uij-turn', 'project:ishikari-lifestyle'], 'only matching cards drawn');
    await shot(v.page, 'filter-joint-kiosk');
    await click(v, 'filter:clear');
    s = await waitSettled(v.page, sameList, ALL);
    await click(v, 'filter:status:no-actual');
    s = await waitSettled(v.page, sameList, ['shin-sapporo']);
    await click(v, 'filter:clear');
    await waitSettled(v.page, sameList, ALL);
    // Two facets together: joint projects adopted in FY2020.
    await click(v, 'filter:app:joint');
    await waitSettled(v.page, sameList, ['uij-turn', 'ishikari-lifestyle']);
    await click(v, 'filter:fy:2020');
    await waitSettled(v.page, sameList, ['ishikari-lifestyle']);
    noErrors(v);
  });
});

test('phone: the filter sheet opens, a year chip filters, Done closes it and keeps the filter', async () => {
  await withViewer('', PHONE, async (v) => {
    await tap(v, 'tab:filters');
    let s = await waitSettled(v.page, (s) => s.filterSheetOpen === true);
    await shot(v.page, 'filter-sheet-phone');
    await tap(v, 'filter:fy:2020');
    s = await waitSettled(v.page, sameList, ['digital-innovation', 'ishikari-lifestyle']);
    assert.equal(s.filterSheetOpen, true, 'choosing a chip leaves the sheet open');
    await tap(v, 'sheet:done');
    s = await waitSettled(v.page, (s) => s.filterSheetOpen === false);
    await shot(v.page, 'filter-sheet-done-phone');   // what the person sees after tapping Done
    assert.deepEqual(s.visibleProjects, ['digital-innovation', 'ishikari-lifestyle'], 'list still filtered');
    assert.equal(findTarget(s, 'filter:fy:2020'), null,
      `sheet no longer drawn (filterSheetOpen is false, but the last frame drawn, #${s.framesRendered}, still shows the sheet)`);
    assert.ok(findTarget(s, 'project:digital-innovation'), 'filtered list drawn');
    assert.equal(findTarget(s, 'project:uij-turn'), null, 'filtered-out card not drawn');
    await shot(v.page, 'filtered-phone');
    noErrors(v);
  });
});

// Text is typed into the search field's DOM twin, a real <input> over the drawn field
// (web/web_backend.js); its value, caret and composition go to the wasm, which draws them.
async function typeSearch(v, text) {
  await v.page.keyboard.type(text);
}
const sinkFocused = (page) => page.evaluate(() => document.activeElement?.dataset.id === 'search');
const fieldValue = (page) => page.evaluate(() => document.querySelector('#sem input').value);

// Note: "スマート" matches two projects: smart-city (地域のデジタル改革によるスマートシティ推進事業) and
// shin-sapporo (共創型スマートシティ「新・さっぽろモデル」); "スマートシティアプリ" (a KPI of smart-city) only one.
const SMART = ['smart-city', 'shin-sapporo'];

test('kiosk: typing in the search field (half-width kana, hiragana) narrows the list', async () => {
  await withViewer('', KIOSK, async (v) => {
    assert.equal(await sinkFocused(v.page), false, 'text sink not focused before the field is active');
    await click(v, 'search');
    await v.page.waitForFunction(() => document.activeElement?.dataset.id === 'search', null, { timeout: 5000 });
    await typeSearch(v, 'ｽﾏｰﾄ');
    let s = await waitSettled(v.page, sameList, SMART);
    assert.equal(await fieldValue(v.page), 'ｽﾏｰﾄ', 'the field holds what was typed');
    await typeSearch(v, 'ｼﾃｨｱﾌﾟﾘ');   // half-width kana with a separate handakuten: ﾌﾟ = ﾌ + ﾟ
    s = await waitSettled(v.page, sameList, ['smart-city']);
    await shot(v.page, 'search-kiosk');
    // Clear: select all, delete.
    await v.page.keyboard.press('Control+A');
    await v.page.keyboard.press('Backspace');
    s = await waitSettled(v.page, sameList, ALL);
    await typeSearch(v, 'すまーと');
    s = await waitSettled(v.page, sameList, SMART);
    await typeSearch(v, 'してぃあぷり');
    s = await waitSettled(v.page, sameList, ['smart-city']);
    // Backspace one character at a time also works (10 characters typed).
    for (let i = 0; i < 10; i++) await v.page.keyboard.press('Backspace');
    s = await waitSettled(v.page, sameList, ALL);
    // Clicking elsewhere ends editing (no stray keyboard).
    const vp = v.page.viewportSize();
    await v.page.mouse.click(vp.width - 40, vp.height - 40);
    await v.page.waitForFunction(() => document.activeElement?.dataset.id !== 'search', null, { timeout: 5000 });
    noErrors(v);
  });
});

test('phone: tapping the search field in the sheet focuses its input; typing filters; Done releases it', async () => {
  await withViewer('', PHONE, async (v) => {
    await tap(v, 'tab:filters');
    await waitSettled(v.page, (s) => s.filterSheetOpen === true);
    await tap(v, 'search');
    await v.page.waitForFunction(() => document.activeElement?.dataset.id === 'search', null, { timeout: 5000 });
    await typeSearch(v, 'ｽﾏｰﾄｼﾃｨｱﾌﾟﾘ');
    await waitSettled(v.page, sameList, ['smart-city']);
    await shot(v.page, 'search-phone');
    await tap(v, 'sheet:done');
    const s = await waitSettled(v.page, (s) => s.filterSheetOpen === false);
    assert.deepEqual(s.visibleProjects, ['smart-city']);
    assert.equal(await sinkFocused(v.page), false, 'the on-screen keyboard goes away with the sheet');
    noErrors(v);
  });
});

test('language: the language control switches to English; ?lang=en opens in English', async () => {
  await withViewer('', KIOSK, async (v) => {
    await click(v, 'lang');
    await click(v, 'lang:en');
    let s = await waitSettled(v.page, (s) => s.lang === 'en');
    assert.deepEqual(s.visibleProjects, ALL);
    await shot(v.page, 'lang-en-kiosk');
    await click(v, 'lang');
    await click(v, 'lang:ja');
    s = await waitSettled(v.page, (s) => s.lang === 'ja');
    noErrors(v);
  });
  await withViewer('?lang=en', PHONE, async (v) => {
    const s = await settle(v.page);
    assert.equal(s.lang, 'en');
    assert.equal(s.ready, true);
    assert.equal(await v.page.evaluate(() => document.documentElement.lang), 'en');
    await shot(v.page, 'lang-en-phone');
    noErrors(v);
  });
});

test('idle: with nothing happening, no frames are drawn', async () => {
  await withViewer('', KIOSK, async (v) => {
    // What follows the first view (catalog, glyph check) may cause a redraw; let it land.
    await v.page.waitForFunction(() => window.kpiViewer.snapshot().fontsComplete, null, { timeout: 15000 });
    let s = await settle(v.page);
    const f0 = s.framesRendered;
    await v.page.waitForTimeout(2000);
    s = await v.snapshot();
    assert.equal(s.framesRendered, f0, `frames drawn while idle for 2 s: ${s.framesRendered - f0}`);
    // Input wakes it up; afterwards it goes quiet again.
    await v.page.mouse.move(900, 500);
    await v.page.mouse.move(960, 520);
    s = await waitSnap(v.page, (s, f) => s.framesRendered > f, f0);
    s = await settle(v.page);
    const f1 = s.framesRendered;
    await v.page.waitForTimeout(1000);
    assert.equal((await v.snapshot()).framesRendered, f1, 'quiet again after the mouse stops (pointer resting on the canvas)');
    noErrors(v);
  });
});

test('bytes: the full JIS font is fetched only when something to draw needs it', async () => {
  await withViewer('', KIOSK, async (v) => {
    const fetchedFull = () => v.page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/fonts/jis.ttf')));
    await v.page.waitForFunction(() => window.kpiViewer.snapshot().fontsComplete, null, { timeout: 15000 });
    assert.equal(await fetchedFull(), false, "Sapporo's views need no glyph outside the first-frame subset");
    // A search for a character outside the subset brings the full font.
    await click(v, 'search');
    await v.page.keyboard.type('鬱');
    await v.page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/fonts/jis.ttf') && e.responseEnd > 0),
      null, { timeout: 15000 });
    noErrors(v);
  });
});
