// Kiosk mode (?kiosk=1): the attract loop steps through every project and KPI chart; a touch
// pauses it; after `idle` seconds a 20-second 「タッチで続ける」 countdown, then back to the start
// with filters reset. Touch only: no text fields, no share panel; a QR code carries the plain link.
// Timing is the subject here, so the loop runs fast (rotate=0.5 s, idle=5 s) and some waits are
// real time.
// Run: node --test --test-concurrency=1 tests/e2e/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, KIOSK, waitSnap, waitSettled, settle, findTarget, centre, click } from './browser.mjs';
import { ALL, shot, noErrors, withViewer as withViewerIn } from './lib/helpers.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });
const withViewer = (query, device, fn) => withViewerIn(env, query, device, fn);

const LOOP = '?kiosk=1&rotate=0.5&idle=5';
const key = (s) => `${s.selection.project}/${s.selection.kpi}`;

// A point in the content column that is not on anything tappable (a visitor touching the screen).
function blankPoint(s, vp) {
  const inside = (x, y) => s.targets.some((t) => x >= t.x - 8 && x <= t.x + t.w + 8 && y >= t.y - 8 && y <= t.y + t.h + 8);
  const qr = findTarget(s, 'kiosk:pause');
  const right = qr ? qr.x - 40 : vp.width * 0.7;
  for (let y = vp.height - 40; y > 120; y -= 37)
    for (let x = 560; x < right; x += 53)
      if (!inside(x, y)) return { x, y };
  throw new Error('no blank spot found');
}

// Watch the loop until `n` different views have been shown; returns them in order.
async function watchLoop(page, n, timeout = 20000) {
  const seen = [];
  const t0 = Date.now();
  let s = await page.evaluate(() => window.kpiViewer.snapshot());
  while (Date.now() - t0 < timeout) {
    if (!seen.length || seen[seen.length - 1].key !== key(s)) seen.push({ key: key(s), steps: s.kiosk.steps, project: s.selection.project });
    if (new Set(seen.map((x) => x.key)).size >= n) return { seen, s };
    s = await waitSnap(page, (t, k) => `${t.selection.project}/${t.selection.kpi}` !== k, key(s), timeout);
  }
  throw new Error(`loop showed only ${seen.length} views: ${seen.map((x) => x.key)}`);
}

test('kiosk loop: steps through projects; a touch pauses; idle → countdown; a touch continues; countdown → reset', async () => {
  await withViewer(LOOP, KIOSK, async (v) => {
    const { page } = v;
    const vp = page.viewportSize();
    let s = await v.snapshot();
    assert.equal(s.ready, true);
    assert.equal(s.kiosk.active, true);
    assert.equal(s.kiosk.paused, false);

    // 1. The attract loop.
    const { seen } = await watchLoop(page, 5);
    const steps = seen.map((x) => x.steps);
    assert.ok(steps.every((n, i) => i === 0 || n > steps[i - 1]), `steps increase: ${steps}`);
    assert.ok(new Set(seen.map((x) => x.project).filter(Boolean)).size >= 2, `moves on to other projects: ${seen.map((x) => x.key)}`);
    s = await v.snapshot();
    assert.ok(findTarget(s, 'kiosk:pause') && findTarget(s, 'kiosk:qr'), 'kiosk card drawn');
    await shot(page, 'kiosk-loop');

    // 2. A touch on the content pauses it.
    const p = blankPoint(s, vp);
    await page.mouse.click(p.x, p.y);
    s = await waitSnap(page, (s) => s.kiosk.paused === true, null, 3000);
    const pausedAt = s.kiosk.steps, pausedView = key(s);
    await page.waitForTimeout(1500);   // 3 rotate periods
    s = await v.snapshot();
    assert.equal(s.kiosk.paused, true);
    assert.equal(s.kiosk.steps, pausedAt, 'no steps while a visitor is looking');
    assert.equal(key(s), pausedView, 'the view stays');
    assert.equal(s.kiosk.secondsToReset, null, 'no countdown yet');

    // 3. Idle time → the countdown.
    s = await waitSnap(page, (s) => typeof s.kiosk.secondsToReset === 'number', null, 8000);
    assert.ok(s.kiosk.secondsToReset <= 20 && s.kiosk.secondsToReset > 15, `secondsToReset ${s.kiosk.secondsToReset}`);
    assert.equal(s.kiosk.paused, true);
    s = await waitSnap(page, (s) => s.targets.some((t) => t.id === 'kiosk:continue'), null, 3000);
    assert.equal(s.kiosk.steps, pausedAt);
    // (The card's text can take up to a second to appear: see the next test.)
    s = await waitSnap(page, (s) => s.targets.some((t) => t.id === 'kiosk:continue' && t.h >= 100), null, 3000);
    await shot(page, 'kiosk-countdown');

    // 4. A touch during the countdown continues the visit.
    const cont = findTarget(s, 'kiosk:continue');
    await page.mouse.click(centre(cont).x, centre(cont).y);
    s = await waitSnap(page, (s) => s.kiosk.secondsToReset === null, null, 3000);
    assert.equal(s.kiosk.paused, true);
    assert.equal(key(s), pausedView, 'still the visitor\'s view');
    s = await waitSnap(page, (s) => !s.targets.some((t) => t.id === 'kiosk:continue'), null, 3000);

    // 5. The visitor filters, then walks away: countdown, then back to the start with filters reset.
    // (The kiosk has no filter side panel: back on the list, 「絞り込み」 opens the filters in place.)
    await click(v, 'back', { scroll: -1 });
    await click(v, 'tab:filters', { scroll: -1 });
    await click(v, 'filter:app:joint');
    s = await waitSettled(page, (s) => s.visibleProjects.length === 2);
    assert.deepEqual(s.visibleProjects, ['uij-turn', 'ishikari-lifestyle']);
    assert.equal(s.kiosk.paused, true);
    s = await waitSnap(page, (s) => typeof s.kiosk.secondsToReset === 'number', null, 8000);
    s = await waitSnap(page, (s) => s.kiosk.paused === false, null, 26000);
    assert.ok(s.selection.project === null || s.selection.project === 'uij-turn',
      `back at the start of the loop: ${key(s)} (steps ${s.kiosk.steps})`);
    assert.deepEqual(s.visibleProjects, ALL, 'filters reset');
    assert.equal(s.kiosk.secondsToReset, null);
    // …and the loop runs again.
    await waitSnap(page, (s, n) => s.kiosk.steps >= n + 2, s.kiosk.steps, 5000);
    noErrors(v);
  });
});

test('kiosk: the countdown card shows its text as soon as it appears', async () => {
  await withViewer(LOOP, KIOSK, async (v) => {
    const { page } = v;
    const s0 = await waitSnap(page, (s) => s.kiosk.steps >= 1, null, 10000);
    const p = blankPoint(s0, page.viewportSize());
    await page.mouse.click(p.x, p.y);
    await waitSnap(page, (s) => s.kiosk.paused === true, null, 3000);
    await waitSnap(page, (s) => s.targets.some((t) => t.id === 'kiosk:continue'), null, 8000);
    // The viewer has stopped drawing: what is on screen now stays there until the next redraw.
    const s = await settle(page);
    await shot(page, 'kiosk-countdown-first-frame');
    const card = findTarget(s, 'kiosk:continue');
    assert.ok(card, 'countdown card drawn');
    // 「タッチで続ける」 at 2x plus the seconds line: well over 100 px at kiosk scale (about 167 px).
    assert.ok(card.h >= 100, `countdown card is ${card.h} px high when it appears (frame ${s.framesRendered}, ` +
      `${s.kiosk.secondsToReset.toFixed(2)} s left): an empty card until the next once-a-second redraw`);
    noErrors(v);
  });
});

test('kiosk: the pause control pauses and resumes the loop', async () => {
  await withViewer(LOOP, KIOSK, async (v) => {
    const { page } = v;
    let s = await waitSnap(page, (s) => s.kiosk.steps >= 2, null, 10000);
    const t = findTarget(s, 'kiosk:pause');
    assert.ok(t, 'pause control drawn');
    await page.mouse.click(centre(t).x, centre(t).y);
    s = await waitSnap(page, (s) => s.kiosk.paused === true, null, 3000);
    const at = s.kiosk.steps;
    await page.waitForTimeout(1500);
    s = await v.snapshot();
    assert.equal(s.kiosk.paused, true, 'stays paused');
    assert.equal(s.kiosk.steps, at, 'no steps while paused');
    const t2 = findTarget(s, 'kiosk:pause');
    await page.mouse.click(centre(t2).x, centre(t2).y);
    s = await waitSnap(page, (s) => s.kiosk.paused === false, null, 3000);
    s = await waitSnap(page, (s, n) => s.kiosk.steps >= n + 2, at, 5000);
    assert.equal(s.kiosk.paused, false, 'resumed, and the tap on the control did not pause it again');
    noErrors(v);
  });
});

test('kiosk: touch only (no search field, no share panel); the QR code and url are the plain view link', async () => {
  await withViewer(LOOP, KIOSK, async (v) => {
    const { page } = v;
    // Look at several steps of the loop: the overview, project pages and charts.
    for (let i = 0; i < 4; i++) {
      const s = await waitSnap(page, (s, n) => s.kiosk.steps >= n, i * 2, 10000);
      const ids = s.targets.map((t) => t.id);
      assert.ok(!ids.includes('search'), `no search field in kiosk mode (step ${s.kiosk.steps})`);
      assert.ok(!ids.includes('share'), `no share button in kiosk mode (step ${s.kiosk.steps})`);
      assert.ok(!ids.some((id) => id.startsWith('share:')), 'no share panel');
      assert.ok(ids.includes('kiosk:qr'), 'QR code drawn');
    }
    const s = await waitSnap(page, (s) => s.selection.project !== null, null, 10000);
    assert.equal(typeof s.url, 'string');
    assert.doesNotMatch(s.url, /kiosk/, `the link a phone takes home is not a kiosk link: ${s.url}`);
    assert.doesNotMatch(s.url, /rotate=|idle=/);
    assert.match(s.url, new RegExp(`[?&]project=${s.selection.project}\\b`), `the link names the view shown (${key(s)}): ${s.url}`);
    noErrors(v);
  });
});

test('kiosk: a passer-by sees a chart at once (the first step is a KPI chart, not the list)', async () => {
  await withViewer('?kiosk=1', KIOSK, async (v) => {
    const s = await settle(v.page);
    assert.equal(s.kiosk.steps, 0, 'before the first rotation');
    assert.ok(s.chart && s.chart.rows.length > 0, `a chart is shown first (selection ${JSON.stringify(s.selection)})`);
    assert.ok(s.targets.some((t) => t.id === `chart:${s.chart.kpi}`), 'and drawn on screen');
    await shot(v.page, 'kiosk-first-view');
    noErrors(v);
  });
});
