// Issue 10, "a citizen understands it in ten seconds", checked at phone size in the real page:
// the first screen lists every project with its outcome; a swipe that starts on a chart leaves no
// tooltip; status explanations open from the badges; out-of-period years are not called 目標なし;
// a two-partner card names both; negative values stay inside the plot.
// tests/e2e/fixtures/negative.json = data/sapporo.json with △ values in digital-innovation KPI①
// (2020: plan -40, actual -120; 2021: plan 100, actual -67) and two partners for uij-turn.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, PHONE, SITE, settle, waitSettled, findTarget, centre, scrollToTarget } from './browser.mjs';
import { ALL, noErrors, shot, withViewer as withViewerIn } from './lib/helpers.mjs';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'negative.json');
let env, root;
before(async () => {
  root = mkdtempSync(join(tmpdir(), 'kpi-citizen-'));
  cpSync(SITE, root, { recursive: true });
  copyFileSync(FIXTURE, join(root, 'data', 'negative.json'));
  env = await launch({ root });
});
after(async () => { await env?.close(); if (root) rmSync(root, { recursive: true, force: true }); });
const withViewer = (query, device, fn) => withViewerIn(env, query, device, fn);

// Chart years whose tooltip is pinned (their DOM twins are pressed toggles).
// The chart year whose tooltip is shown (on a touch screen, with nothing focused: the pinned one).
const pinned = (page) => page.evaluate(() => { const t = window.kpiViewer.snapshot().tooltip; return t ? [t] : []; });
const label = (page, id) => page.evaluate((id) => {
  const e = document.querySelector(`[data-id="${id}"]`);
  return e ? (e.getAttribute('aria-label') || e.textContent) : null;
}, id);

// A finger tap as a person makes one (a press held for a moment), through the same CDP touch route
// as the swipe (touch -> pointer events -> the viewer).
async function fingerTap(v, x, y) {
  const cdp = v._cdp ??= await v.context.newCDPSession(v.page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y, id: 1 }] });
  await new Promise((r) => setTimeout(r, 80));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  return settle(v.page);
}
async function tapTarget(v, id) {
  const t = await scrollToTarget(v, id, { touch: true, minH: 18 });   // a badge is ~24 px high
  const c = centre(t);
  return fingerTap(v, c.x, c.y);
}

async function swipe(v, x, y, dy) {
  const cdp = v._cdp ??= await v.context.newCDPSession(v.page);
  const pt = (yy) => [{ x, y: yy, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: pt(y) });
  for (let i = 1; i <= 8; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: pt(y + (dy * i) / 8) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  return settle(v.page);
}

test('phone: the first screen lists every project with its outcome', async () => {
  await withViewer('', PHONE, async (v) => {
    const s = await waitSettled(v.page, (s) => s.ready && s.targets.some((t) => t.id.startsWith('glance:')));
    for (const id of ALL) {
      const t = findTarget(s, 'glance:' + id);
      assert.ok(t, `${id} is on the first screen`);
      assert.ok(t.y >= 0 && t.y + t.h <= 844, `${id} wholly on the first screen (y ${t.y}, h ${t.h})`);
      assert.match(t.name, /KPI \d+件：.*(達成|未達成|実績なし|目標なし) \d/, `${id} says its outcome: ${t.name}`);
    }
    const smart = findTarget(s, 'glance:smart-city');
    assert.match(smart.name, /未達成 3/);
    await shot(v.page, 'citizen-phone-first-screen');
    noErrors(v);
  });
});

test('phone: a swipe that starts on a chart leaves no tooltip; a tap pins one, a tap elsewhere closes it', async () => {
  await withViewer('?project=smart-city', PHONE, async (v) => {
    await waitSettled(v.page, (s) => s.ready);
    const year = await scrollToTarget(v, 'chart:2:2023', { touch: true, minH: 60 });
    const c = centre(year);
    // A swipe up that starts on the chart.
    let s = await swipe(v, c.x, c.y, -250);
    assert.deepEqual(await pinned(v.page), [], 'no tooltip after a swipe that started on a chart');
    // A tap pins the year's tooltip …
    const again = await scrollToTarget(v, 'chart:2:2023', { touch: true, minH: 60, dir: -1 });
    s = await fingerTap(v, centre(again).x, centre(again).y);
    assert.deepEqual(await pinned(v.page), ['chart:2:2023']);
    // … a scroll closes it (it never stays on the screen while the page moves) …
    s = await swipe(v, 20, 600, -120);
    assert.deepEqual(await pinned(v.page), [], 'a scroll closes the tooltip');
    // … and so does a tap on a blank area.
    const back = await scrollToTarget(v, 'chart:2:2023', { touch: true, minH: 60, dir: -1 });
    await fingerTap(v, centre(back).x, centre(back).y);
    assert.deepEqual(await pinned(v.page), ['chart:2:2023']);
    await fingerTap(v, 6, centre(back).y);   // the page margin beside the card
    assert.deepEqual(await pinned(v.page), [], 'a tap elsewhere closes the tooltip');
    noErrors(v);
  });
});

test('phone: an explanation opens from each status badge and legend item', async () => {
  await withViewer('', PHONE, async (v) => {
    await waitSettled(v.page, (s) => s.ready);
    const explained = { met: /計画に届いた/, 'not-met': /計画に届かなかった/, 'no-actual': /実績がまだ報告されていない/,
      'no-target': /計画（目標）が「—」/, achievement: /実績÷計画/ };
    const pressed = (id) => v.page.evaluate((id) => document.querySelector(`[data-id="${id}"]`)?.getAttribute('aria-expanded'), id);
    const semText = () => v.page.evaluate(() => document.getElementById('sem').textContent);
    for (const [key, re] of Object.entries(explained)) {
      const id = 'legend:' + key;
      await tapTarget(v, id);
      await v.page.waitForFunction((id) => document.querySelector(`[data-id="${id}"]`)?.getAttribute('aria-expanded') === 'true', id);
      assert.match(await semText(), re, `${key}: its explanation is shown`);
      await tapTarget(v, id);   // a second tap closes it
      await v.page.waitForFunction((id) => document.querySelector(`[data-id="${id}"]`)?.getAttribute('aria-expanded') === 'false', id);
      assert.doesNotMatch(await semText(), re, `${key}: closed again`);
      assert.equal(await pressed(id), 'false');
    }
    await shot(v.page, 'citizen-phone-legend');
    noErrors(v);
  });
});

test('compare view: out-of-period years are not called 目標なし', async () => {
  await withViewer('?view=compare&fy=2023', PHONE, async (v) => {
    await waitSettled(v.page, (s) => s.ready);
    const name = await label(v.page, 'compare:uij-turn:1');
    assert.ok(name, 'the UIJ row is there');
    assert.match(name, /期間外/);
    assert.doesNotMatch(name, /目標なし/);
    noErrors(v);
  });
});

test('a two-partner card names both; negative values stay inside the plot', async () => {
  await withViewer('?data=negative', PHONE, async (v) => {
    await waitSettled(v.page, (s) => s.ready);
    const card = await label(v.page, 'project:uij-turn');
    assert.match(card, /南川村/);
    assert.match(card, /東山町/);
    noErrors(v);
  });
  await withViewer('?data=negative&project=digital-innovation&kpi=1', PHONE, async (v) => {
    await waitSettled(v.page, (s) => s.ready && s.selection.kpi === 1);
    const t = await scrollToTarget(v, 'chart:1', { touch: true, minH: 200 });
    const s = await settle(v.page);
    const chart = findTarget(s, 'chart:1');
    assert.ok(chart && chart.h >= 200, 'the chart is on screen');
    // No bar colour (actual #005A96, plan edge #3A78B0) in the band of the year labels and below.
    const found = await v.page.evaluate((r) => new Promise((resolve) => requestAnimationFrame(() => {
      const c = document.getElementById('canvas');
      const k = c.width / window.innerWidth;
      const g = document.createElement('canvas'); g.width = c.width; g.height = c.height;
      const x = g.getContext('2d'); x.drawImage(c, 0, 0);
      const y0 = Math.round((r.y + r.h - 14) * k), y1 = Math.min(c.height, Math.round((r.y + r.h + 24) * k));
      const d = x.getImageData(Math.round(r.x * k), y0, Math.round(r.w * k), y1 - y0).data;
      const near = (i, [R, G, B]) => Math.abs(d[i] - R) + Math.abs(d[i + 1] - G) + Math.abs(d[i + 2] - B) < 40;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (near(i, [0x00, 0x5A, 0x96]) || near(i, [0x3A, 0x78, 0xB0])) n++;
      resolve(n);
    })), chart);
    assert.equal(found, 0, 'no bar pixels over the year labels or below the chart');
    await shot(v.page, 'citizen-negative-values');
    noErrors(v);
  });
});

test('nothing is cut off: no clipped text in any first screen at 390 and 320 px, ja and en', async () => {
  const NARROW = { ...PHONE, viewport: { width: 320, height: 640 }, screen: { width: 360, height: 740 } };
  for (const q of ['', '?project=smart-city&kpi=2', '?view=compare', '?lang=en', '?project=uij-turn&lang=en', '?view=compare&lang=en']) {
    for (const device of [PHONE, NARROW]) {
      await withViewer(q, device, async (v) => {
        const s = await settle(v.page);
        assert.equal(s.clippedText, 0, `${q || '(overview)'} at ${device.viewport.width} px: texts cut off`);
      });
    }
  }
});

test('the share panel copies an embed code that opens the same chart', async () => {
  await withViewer('?project=smart-city&kpi=2', PHONE, async (v) => {
    await v.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await settle(v.page);
    const { click } = await import('./browser.mjs');
    await click(v, 'share', { scroll: -1 });
    await waitSettled(v.page, (s) => s.dialog !== null);
    await click(v, 'share:embed');
    await v.page.waitForFunction(() => /埋め込みコード/.test(document.getElementById('status').textContent), null, { timeout: 5000 });
    const code = await v.page.evaluate(() => navigator.clipboard.readText());
    const m = /<iframe src="([^"]+)" title="([^"]+)"/.exec(code);
    assert.ok(m, code);
    const src = m[1].replace(/&amp;/g, '&');
    assert.match(src, /embed=1/);
    const page2 = await v.context.newPage();
    await page2.goto(src);
    await page2.waitForFunction(() => { try { return window.kpiViewer.snapshot().ready; } catch (e) { return false; } }, null, { timeout: 30000 });
    const s2 = await page2.evaluate(() => window.kpiViewer.snapshot());
    assert.deepEqual(s2.selection, { project: 'smart-city', kpi: 2 });
    assert.ok(s2.targets.some((t) => t.id === 'chart:2'), 'the same chart, embedded');
    assert.ok(!s2.targets.some((t) => t.id === 'share'), 'without the app chrome');
    await page2.close();
  });
});
