// A citizen's tasks with the keyboard only: no mouse, no tap. Each step is checked through
// kpiViewer.snapshot() and document.activeElement (the semantic DOM twins of web/web_backend.js).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openViewer, KIOSK, settle, waitSettled, waitSnap } from './browser.mjs';
import { noErrors, shot } from './lib/helpers.mjs';

const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, screen: { width: 1920, height: 1080 } };
let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const focused = (page) => page.evaluate(() => document.activeElement?.dataset?.id ?? document.activeElement?.tagName);

// Press Tab (or Shift+Tab) until the twin of `id` has focus; fails after `max` presses.
async function tabTo(page, id, { back = false, max = 80 } = {}) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    seen.push(f);
    if (f === id) {
      // The viewer draws the focus ring on it (and scrolls it into view).
      await waitSnap(page, (s, id) => s.focus === id && s.targets.some((t) => t.id === id), id);
      return;
    }
  }
  throw new Error(`could not Tab to ${id}; went through ${seen.join(' ')}`);
}

test('keyboard only: open a project, select a KPI, English, filter, search, share, Escape, Back', async () => {
  const v = await openViewer(env, '', DESKTOP);
  try {
    const { page } = v;
    await v.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await settle(page);
    // Open スマートシティ.
    await tabTo(page, 'project:smart-city');
    await shot(page, 'keyboard-focus-card-desktop');
    await page.keyboard.press('Enter');
    let s = await waitSettled(page, (s) => s.selection.project === 'smart-city');
    // Select KPI②.
    await tabTo(page, 'kpi:2');
    await page.keyboard.press('Space');
    s = await waitSettled(page, (s) => s.selection.kpi === 2);
    assert.equal(s.chart.rows.find((r) => r.fy === 2022).plan, 23000);
    // Chart years: the chart is one Tab stop; arrow keys move within its years.
    let stop = '';
    for (let i = 0; i < 10 && !/^chart:2:/.test(stop); i++) { await page.keyboard.press('Tab'); stop = await focused(page); }
    assert.match(stop, /^chart:2:20\d\d$/);
    await page.keyboard.press('ArrowRight');
    const year = await focused(page);
    assert.match(year, /^chart:2:20\d\d$/);
    assert.notEqual(year, stop);
    s = await waitSnap(page, (s, id) => s.focus === id, year);
    // Switch to English (the language control is before the content): its choice of three opens,
    // arrow keys move among them, Enter chooses, and focus goes back to the control.
    await tabTo(page, 'lang', { back: true });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement && document.activeElement.dataset.id && document.activeElement.dataset.id.startsWith('lang:'), null, { timeout: 5000 });
    await tabTo(page, 'lang:ja');   // one Tab stop for the group (the chosen one); arrows move in it
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(await focused(page), 'lang:en');
    await page.keyboard.press('Enter');
    s = await waitSettled(page, (s) => s.lang === 'en');
    await page.waitForFunction(() => document.activeElement && document.activeElement.dataset.id === 'lang', null, { timeout: 5000 });
    assert.equal(await focused(page), 'lang', 'focus goes back to the control');
    // Back to the list.
    await tabTo(page, 'back');
    await page.keyboard.press('Enter');
    s = await waitSettled(page, (s) => s.selection.project === null);
    // Filter to joint applications: arrows move within the group, Space toggles.
    await tabTo(page, 'filter:app:all');
    for (let i = 0; i < 3 && (await focused(page)) !== 'filter:app:joint'; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await focused(page), 'filter:app:joint', 'arrow keys move within the group');
    await page.keyboard.press('Space');
    s = await waitSettled(page, (s) => s.visibleProjects.length === 2);
    assert.deepEqual(s.visibleProjects, ['uij-turn', 'ishikari-lifestyle']);
    assert.equal(await focused(page), 'filter:app:joint');
    await page.keyboard.press('Space');   // toggles it off again
    s = await waitSettled(page, (s) => s.visibleProjects.length === 5);
    // Search with the keyboard.
    await tabTo(page, 'search', { back: true });
    await page.keyboard.type('スマート');
    s = await waitSettled(page, (s) => s.visibleProjects.length === 2);
    assert.deepEqual(s.visibleProjects, ['smart-city', 'shin-sapporo']);
    // Share: the dialog takes focus; copy the link; Escape closes it and focus returns to Share.
    await tabTo(page, 'share', { back: true });
    await page.keyboard.press('Enter');
    s = await waitSettled(page, (s) => s.dialog !== null);
    assert.match(await focused(page), /^share:/, 'focus moved into the dialog');
    await tabTo(page, 'share:copy', { max: 10 });
    await shot(page, 'keyboard-share-desktop');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /コピー|copied/i.test(document.getElementById('status').textContent), null, { timeout: 5000 });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /q=/);
    await page.keyboard.press('Escape');
    s = await waitSettled(page, (s) => s.dialog === null);
    assert.equal(await focused(page), 'share', 'focus back on Share');
    // The browser's Back goes to the previous view (the project page, before the filters).
    await page.goBack();
    await waitSettled(page, (s) => s.selection.project === 'smart-city');
    noErrors(v);
  } finally { await v.context.close(); }
});

// What has focus: a twin's id, the skip link, or the tag (BODY when focus fell off the page).
const active = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return a?.dataset?.id ?? (a?.classList.contains('skip-link') ? 'skip-link' : a?.tagName);
});
// Key presses counted, as a person would count them.
function counter(page) {
  const c = { n: 0, async press(key) { c.n++; await page.keyboard.press(key); return active(page); } };
  return c;
}
const liveText = (page) => page.evaluate(() => document.getElementById('status').textContent);

test('journeys: skip link to the first project in <= 5 presses; focus lands on each new page, never on <body>', async () => {
  const v = await openViewer(env, '', DESKTOP);
  try {
    const { page } = v;
    await settle(page);
    const keys = counter(page);
    assert.equal(await keys.press('Tab'), 'skip-link', 'the first Tab stop is the skip link');
    await shot(page, 'keyboard-skip-link');
    assert.equal(await keys.press('Enter'), 'tab:overview', 'the skip link goes past the top bar and the filters');
    assert.equal(await keys.press('Tab'), 'glance:uij-turn');
    assert.ok(keys.n <= 5, `first project after ${keys.n} presses`);
    // Open it: focus lands on the project's heading, which is on screen; the page is announced once.
    await keys.press('Enter');
    let s = await waitSettled(page, (s) => s.selection.project === 'uij-turn' && s.focus === 'heading:project');
    assert.equal(await active(page), 'heading:project');
    assert.ok(s.targets.some((t) => t.id === 'heading:project'), 'the heading is on screen');
    await page.waitForFunction(() => /を表示しています$/.test(document.getElementById('status').textContent), null, { timeout: 5000 });
    assert.equal((await liveText(page)).split('を表示しています').length, 2, `said once: ${await liveText(page)}`);
    // 「← 一覧に戻る」 is one Shift+Tab away; on the list, focus is back on the row that opened the page.
    assert.equal(await keys.press('Shift+Tab'), 'back');
    await keys.press('Enter');
    s = await waitSettled(page, (s) => s.selection.project === null && s.focus === 'glance:uij-turn');
    assert.equal(await active(page), 'glance:uij-turn', 'focus returns to what opened the project');
    // The comparison: the tabs are one stop (arrows move, Enter opens), then one stop per group.
    assert.equal(await keys.press('Shift+Tab'), 'tab:overview');
    assert.equal(await keys.press('ArrowRight'), 'tab:compare');
    await keys.press('Enter');
    s = await waitSettled(page, (s) => s.mode === 'compare');
    assert.equal(await active(page), 'tab:compare', 'the tab keeps focus');
    const start = keys.n;
    let f = '';
    while (!f.startsWith('compare:') && keys.n - start < 10) f = await keys.press('Tab');
    assert.match(f, /^compare:/, 'a compare row by Tab');
    assert.ok(keys.n - start <= 4, `the first compare row after ${keys.n - start} Tab presses (legend and years are one stop each)`);
    // Compare rows move with the arrow keys; Enter on スマートシティ's KPI② opens it with its heading on screen.
    const first = f;
    f = await keys.press('ArrowDown');
    assert.match(f, /^compare:/);
    assert.notEqual(f, first, 'ArrowDown moves to the next row');
    for (let i = 0; i < 20 && f !== 'compare:smart-city:2'; i++) f = await keys.press('ArrowDown');
    assert.equal(f, 'compare:smart-city:2');
    await keys.press('Enter');
    s = await waitSettled(page, (s) => s.selection.project === 'smart-city' && s.selection.kpi === 2 && s.focus === 'kpi:2');
    assert.equal(await active(page), 'kpi:2', 'focus lands on the KPI');
    const h = s.targets.find((t) => t.id === 'kpi:2');
    assert.ok(h && h.h >= 20 && h.y >= 0 && h.y + h.h <= 800, `KPI② heading on screen: ${JSON.stringify(h)}`);
    await shot(page, 'keyboard-compare-to-kpi');
    // The browser's Back: focus returns to the compare row.
    await page.goBack();
    s = await waitSettled(page, (s) => s.mode === 'compare' && s.selection.project === null && s.focus === 'compare:smart-city:2');
    assert.equal(await active(page), 'compare:smart-city:2');
    noErrors(v);
  } finally { await v.context.close(); }
});

test('a chart is one Tab stop: arrows move between its years; Escape closes the tooltip', async () => {
  const v = await openViewer(env, '?project=smart-city&kpi=2', DESKTOP);
  try {
    const { page } = v;
    await settle(page);
    await tabTo(page, 'kpi:2');
    const stops = [];
    for (let i = 0; i < 12; i++) {
      const f = await counter(page).press('Tab');
      stops.push(f);
      if (f === 'kpi:3') break;
    }
    assert.equal(stops.at(-1), 'kpi:3', stops.join(' '));
    const years = stops.filter((id) => /^chart:2:/.test(id));
    assert.equal(years.length, 1, `one stop in KPI②'s chart: ${stops.join(' ')}`);
    await tabTo(page, years[0], { back: true, max: 6 });
    let s = await waitSettled(page, (s, id) => s.tooltip === id, years[0]);
    await shot(page, 'keyboard-chart-tooltip');
    await page.keyboard.press('Escape');
    s = await waitSettled(page, (s) => s.tooltip === null);
    assert.equal(await active(page), years[0], 'focus stays');
    await page.keyboard.press('ArrowRight');
    const next = await active(page);
    assert.match(next, /^chart:2:20\d\d$/);
    assert.notEqual(next, years[0]);
    s = await waitSettled(page, (s, id) => s.tooltip === id, next);
    noErrors(v);
  } finally { await v.context.close(); }
});

test('keyboard only, kiosk: pause and resume the tour', async () => {
  const v = await openViewer(env, '?kiosk=1&rotate=0.5&idle=600', KIOSK);
  try {
    const { page } = v;
    await waitSnap(page, (s) => s.kiosk.steps >= 1, null, 10000);
    // Moving the focus is a visitor's input, like a touch: the tour waits, and the control says so.
    await tabTo(page, 'kiosk:pause');
    let s = await waitSettled(page, (s) => s.kiosk.paused === true);
    assert.equal(s.targets.find((t) => t.id === 'kiosk:pause').name, '自動めくりを再開');
    await shot(page, 'keyboard-kiosk-pause');
    // The focused control stays the same element, focused, while the tour changes the page around
    // it (a moved element loses focus, and a key pressed on it half-way is lost).
    await page.evaluate(() => {
      window.__focusLost = 0;
      document.querySelector('#sem [data-id="kiosk:pause"]').addEventListener('focusout', () => { window.__focusLost++; });
    });
    await page.keyboard.press('Enter');
    s = await waitSettled(page, (s) => s.kiosk.paused === false);
    const steps = s.kiosk.steps;
    await waitSnap(page, (s, n) => s.kiosk.steps > n + 2, steps, 8000);   // it moves on, through several pages
    assert.equal(await page.evaluate(() => window.__focusLost), 0, 'focus left the pause control while the tour ran');
    assert.equal(await focused(page), 'kiosk:pause');
    await page.keyboard.press('Space');
    s = await waitSettled(page, (s) => s.kiosk.paused === true);
    assert.equal(await focused(page), 'kiosk:pause');
    noErrors(v);
  } finally { await v.context.close(); }
});

test('no keyboard trap: Tab from the last control leaves the viewer', async () => {
  const v = await openViewer(env, '?embed=1&project=smart-city&kpi=3', DESKTOP);
  try {
    const { page } = v;
    await settle(page);
    const ids = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      ids.push(f);
      if (ids.length > 1 && (f === 'BODY' || f === ids[0])) break;
    }
    assert.ok(ids.includes('embed:open'), ids.join(' '));
    assert.ok(ids.at(-1) === 'BODY' || ids.at(-1) === ids[0], `focus cycles out of the page: ${ids.join(' ')}`);
    noErrors(v);
  } finally { await v.context.close(); }
});

// Every control of every view, reached with Tab alone: it takes focus, the viewer draws the ring on
// it (snapshot().focus) and brings it on screen, and it has a name in the accessibility tree.
async function tabThrough(page, max = 120) {
  const seen = new Map();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    // The skip link is the page's own element (drawn by the browser, not the canvas): shown on focus.
    const skip = await page.evaluate(() => {
      const a = document.activeElement;
      if (!a?.classList.contains('skip-link')) return null;
      const r = a.getBoundingClientRect();
      return { onScreen: r.top >= 0 && r.bottom <= innerHeight && r.width > 0, name: a.textContent };
    });
    if (skip) {
      if (seen.has('skip-link')) break;
      seen.set('skip-link', { ring: skip.onScreen, name: skip.name, role: 'link' });
      continue;
    }
    const id = await focused(page);
    if (!id || id === 'BODY' || seen.has(id)) break;
    const s = await waitSnap(page, (s, id) => s.focus === id && s.targets.some((t) => t.id === id), id, 5000)
      .catch(() => null);
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { fetchRelatives: false,
      backendNodeId: (await cdp.send('DOM.describeNode', { objectId: (await cdp.send('Runtime.evaluate',
        { expression: 'document.activeElement' })).result.objectId })).node.backendNodeId });
    seen.set(id, { ring: !!s, name: nodes[0]?.name?.value ?? '', role: nodes[0]?.role?.value ?? '' });
  }
  await cdp.detach();
  return seen;
}

for (const [name, query, device, open] of [
  ['overview, desktop', '', DESKTOP, null],
  ['project, phone', '?project=smart-city&kpi=2', { viewport: { width: 390, height: 844 }, screen: { width: 430, height: 932 } }, null],
  ['compare, desktop', '?view=compare', DESKTOP, null],
  ['share panel', '?project=smart-city&kpi=2', DESKTOP, 'share'],
  ['publish mode', '?publish=1', DESKTOP, null],
  ['kiosk', '?kiosk=1&rotate=600', KIOSK, null],
]) {
  test(`Tab through every control: ${name}`, async () => {
    const v = await openViewer(env, query, device).catch(async () => null)
      ?? await (async () => {   // publish mode has no dataset: wait for its panel instead of "ready"
        const context = await env.browser.newContext(device);
        const page = await context.newPage();
        await page.goto(env.base + query);
        await waitSnap(page, (s) => s.framesRendered > 0 && s.targets.length > 0, null, 30000);
        return { page, context, errors: [], consoleErrors: [] };
      })();
    try {
      const { page } = v;
      await settle(page);
      if (open) {
        await tabTo(page, open);
        await page.keyboard.press('Enter');
        await waitSettled(page, (s) => s.dialog !== null);
      }
      const seen = await tabThrough(page);
      assert.ok(seen.size >= 3, `${name}: controls reached: ${[...seen.keys()].join(' ')}`);
      for (const [id, r] of seen) {
        assert.ok(r.ring, `${name}: ${id} has the focus ring on screen`);
        assert.ok(r.name.trim().length > 0, `${name}: ${id} (${r.role}) has a name`);
        assert.ok(r.role && r.role !== 'generic', `${name}: ${id} has a role (${r.role})`);
      }
      await shot(page, `keyboard-tab-${name.replace(/[^a-z]+/g, '-')}`);
    } finally { await v.context.close(); }
  });
}
