// Accessibility of the canvas viewer through its semantic layer (web/web_backend.js): the real
// accessibility tree (DevTools protocol), axe-core on every view, the live region, lang/title,
// IME composition and paste in the search field, reduced motion, and reflow at 320 CSS px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, openViewer, PHONE, KIOSK, settle, waitSettled, waitSnap, click } from './browser.mjs';
import { noErrors, pngPixel, shot, withViewer as withViewerIn } from './lib/helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, screen: { width: 1920, height: 1080 } };

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const withViewer = (query, device, fn) => withViewerIn(env, query, device, fn);

// The accessibility tree as Chromium gives it to screen readers.
async function axTree(v) {
  const cdp = await v.context.newCDPSession(v.page);
  await cdp.send('Accessibility.enable');
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => ({ role: n.role?.value, name: n.name?.value ?? '' }));
}
const INTERACTIVE = new Set(['button', 'link', 'tab', 'textbox', 'searchbox', 'checkbox', 'radio', 'combobox', 'menuitem']);
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

test('accessibility tree: every control has a role and a name in the current language; KPI tables carry the report numbers', async () => {
  for (const [query, lang] of [['?project=smart-city&kpi=2', 'ja'], ['?project=smart-city&kpi=2&lang=en', 'en'], ['', 'ja'], ['?view=compare&lang=en', 'en']]) {
    await withViewer(query, DESKTOP, async (v) => {
      await settle(v.page);
      const tree = await axTree(v);
      const controls = tree.filter((n) => INTERACTIVE.has(n.role));
      assert.ok(controls.length >= 8, `${query}: controls in the tree: ${controls.length}`);
      for (const c of controls) {
        assert.ok(c.name.trim().length > 0, `${query}: ${c.role} without a name`);
        // English UI: no Japanese in control names, except the switch back to 日本語.
        if (lang === 'en' && c.name !== '日本語') assert.doesNotMatch(c.name, CJK, `${query}: ${c.role} "${c.name}"`);
      }
      assert.ok(!tree.some((n) => n.role === 'canvas' || (n.role === 'image' && n.name === '')), 'the canvas is not exposed');
      if (query.includes('project=smart-city')) {
        const cells = tree.filter((n) => n.role === 'cell' || n.role === 'gridcell').map((n) => n.name);
        for (const num of ['23,000', '4,320', '19%', '31,000', '—']) assert.ok(cells.includes(num), `${query}: cell ${num}`);
        const images = tree.filter((n) => n.role === 'image').map((n) => n.name);
        assert.ok(images.some((n) => n.includes('23,000') && n.includes('4,320') && n.includes('19%')),
          `chart summary sentence: ${images.join(' | ')}`);
      }
      noErrors(v);
    });
  }
});

test('axe-core: no WCAG 2.2 A/AA violations on every view, phone and desktop, ja, easy and en', async () => {
  const views = { overview: '', project: '?project=smart-city&kpi=2', compare: '?view=compare', kiosk: '?kiosk=1&rotate=600',
    embed: '?embed=1&project=smart-city&kpi=3', error: '?data=no-such-dataset' };
  for (const [name, q] of Object.entries(views)) {
    for (const lang of ['ja', 'easy', 'en']) {
      for (const [dname, device] of [['phone', PHONE], ['desktop', DESKTOP]]) {
        const query = (q ? q + '&' : '?') + 'lang=' + lang;
        await withViewer(query, device, async (v) => {
          await settle(v.page);
          await v.page.evaluate(AXE);   // through the DevTools protocol: not a script the page's CSP would see
          const res = await v.page.evaluate(() => window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }));
          const bad = res.violations.map((x) => `${x.id}: ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
          assert.deepEqual(bad, [], `${name} ${dname} ${lang}`);
          // axe must actually see the controls (a canvas alone passes trivially).
          const controls = await v.page.evaluate(() => document.querySelectorAll('#sem button, #sem a, #sem input').length);
          assert.ok(controls >= 1, `${name} ${dname} ${lang}: controls in the page: ${controls}`);
        });
      }
    }
  }
});

test('lang and title follow the view, the language and the dataset', async () => {
  await withViewer('', DESKTOP, async (v) => {
    let s = await settle(v.page);
    assert.equal(await v.page.title(), '事業一覧 | 札幌市 地方創生関連交付金事業のKPI');
    await click(v, 'project:smart-city');
    await waitSettled(v.page, (s) => s.selection.project === 'smart-city');
    assert.match(await v.page.title(), /^地域のデジタル改革によるスマートシティ推進事業 \| 札幌市/);
    await click(v, 'lang');
    await click(v, 'lang:en');
    s = await waitSettled(v.page, (s) => s.lang === 'en');
    assert.equal(await v.page.evaluate(() => document.documentElement.lang), 'en');
    assert.doesNotMatch(await v.page.title(), CJK, 'title in English');
    assert.match(await v.page.title(), /\| Sapporo/);
    noErrors(v);
  });
});

const liveText = (page) => page.evaluate(() => document.getElementById('status').textContent);
const liveRegions = (page) => page.evaluate(() => document.querySelectorAll('[aria-live]:not(#loading)').length);

test('live region: status messages (filter count, copied, notice) and a new page, once each', async () => {
  await withViewer('?project=smart-city', DESKTOP, async (v) => {
    await settle(v.page);
    assert.equal(await liveRegions(v.page), 1, 'one live region');
    // A new page is said once, in a few words.
    await click(v, 'back');
    await waitSettled(v.page, (s) => s.selection.project === null);
    await v.page.waitForFunction(() => document.getElementById('status').textContent !== '', null, { timeout: 5000 });
    assert.equal(await liveText(v.page), '事業一覧を表示しています');
    // A filter: the number of results.
    await click(v, 'filter:app:joint');
    await v.page.waitForFunction(() => /2件の事業を表示中/.test(document.getElementById('status').textContent), null, { timeout: 5000 });
    // Copying the link.
    await v.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await click(v, 'share');
    await waitSettled(v.page, (s) => s.dialog !== null);
    await click(v, 'share:copy');
    await v.page.waitForFunction(() => /コピーしました/.test(document.getElementById('status').textContent), null, { timeout: 5000 });
    noErrors(v);
  });
  // A notice about a link that could not be followed.
  await withViewer('?project=no-such-project', DESKTOP, async (v) => {
    await v.page.waitForFunction(() => /リンクの一部/.test(document.getElementById('status').textContent), null, { timeout: 5000 });
  });
});

test('live region: the latest message only; a language switch and an explanation are announced', async () => {
  await withViewer('?project=smart-city&kpi=2', DESKTOP, async (v) => {
    await settle(v.page);
    // Typed quickly, each keystroke's result count arrives: only the last one is said.
    await click(v, 'search');
    await v.page.waitForFunction(() => document.activeElement?.dataset.id === 'search', null, { timeout: 5000 });
    await v.page.keyboard.type('スマート');
    await waitSettled(v.page, (s) => s.visibleProjects.length === 2);
    await v.page.waitForFunction(() => /件の事業を表示中/.test(document.getElementById('status').textContent), null, { timeout: 5000 });
    assert.equal(await liveText(v.page), '2件の事業を表示中（全5件）', 'no stale counts joined to it');
    // The explanation of KPI②'s status opens (aria-expanded) and is said.
    await click(v, 'status:kpi:2');
    await v.page.waitForFunction(() => /^未達成：/.test(document.getElementById('status').textContent), null, { timeout: 5000 });
    assert.equal(await v.page.evaluate(() => document.querySelector('#sem [data-id="status:kpi:2"]').getAttribute('aria-expanded')), 'true');
    // The language switch.
    await click(v, 'lang');
    await click(v, 'lang:en');
    await waitSettled(v.page, (s) => s.lang === 'en');
    await v.page.waitForFunction(() => document.getElementById('status').textContent === 'Now in English', null, { timeout: 5000 });
    noErrors(v);
  });
});

test('accessibility tree: the structure says where things belong (distinct headings, KPI context, no duplicate names)', async () => {
  const dom = (v, fn, arg) => v.page.evaluate(fn, arg);
  // Overview: one h2 a program, each with its year (a city has several programs of one name).
  await withViewer('', DESKTOP, async (v) => {
    await settle(v.page);
    const tree = await axTree(v);
    const h2 = await dom(v, () => [...document.querySelectorAll('#sem h2')].map((h) => h.textContent));
    assert.equal(new Set(h2).size, h2.length, `distinct h2: ${h2.join(' | ')}`);
    const programs = tree.filter((n) => n.role === 'heading' && /交付金$/.test(n.name)).map((n) => n.name);
    assert.ok(programs.length >= 4, programs.join(' | '));
    for (const h of programs) assert.match(h, /年度.*採択 /, `the year is in the heading: ${h}`);
    // Each choice of the language control says which language its name is in; no <a> without an href anywhere.
    await click(v, 'lang');
    await v.page.waitForSelector('#sem [data-id="lang:en"]');
    assert.equal(await dom(v, () => document.querySelector('#sem [data-id="lang:en"]').getAttribute('lang')), 'en');
    assert.equal(await dom(v, () => document.querySelector('#sem [data-id="lang:easy"]').getAttribute('lang')), 'ja');
    await v.page.keyboard.press('Escape');
    assert.equal(await dom(v, () => document.querySelectorAll('a:not([href])').length), 0, '<a> without href');
    noErrors(v);
  });
  // Project: a KPI's title is one heading holding its toggle; explanations name their KPI and are
  // expandable; chart years are buttons, not toggles.
  await withViewer('?project=smart-city', DESKTOP, async (v) => {
    await settle(v.page);
    const kpis = await dom(v, () => [...document.querySelectorAll('#sem h3')].map((h) => ({
      text: h.textContent, controls: h.querySelectorAll('button[aria-pressed]').length, id: h.querySelector('button')?.dataset.id })));
    assert.equal(kpis.length, 3, JSON.stringify(kpis));
    for (const k of kpis) assert.equal(k.controls, 1, `h3 holds its toggle: ${JSON.stringify(k)}`);
    const tree = await axTree(v);
    const names = tree.filter((n) => n.role === 'heading' || n.role === 'button').map((n) => `${n.role}:${n.name}`);
    const kpiHeadings = names.filter((n) => /^heading:KPI[①-⑩]/.test(n));
    assert.equal(kpiHeadings.length, 3, kpiHeadings.join(' | '));
    const explain = await dom(v, () => [...document.querySelectorAll('#sem [data-id^="status:kpi:"]')].map((b) => ({
      name: b.textContent, pressed: b.getAttribute('aria-pressed'), expanded: b.getAttribute('aria-expanded') })));
    assert.equal(explain.length, 3);
    for (const e of explain) {
      assert.match(e.name, /^KPI[①②③]/, `the explanation names its KPI: ${e.name}`);
      assert.equal(e.pressed, null);
      assert.equal(e.expanded, 'false');
    }
    assert.equal(new Set(explain.map((e) => e.name)).size, 3, 'three different names');
    const years = await dom(v, () => [...document.querySelectorAll('#sem [data-id^="chart:"]')].filter((e) => e.tagName === 'BUTTON')
      .map((e) => e.getAttribute('aria-pressed')));
    assert.ok(years.length >= 6);
    assert.ok(years.every((p) => p === null), 'chart years are not toggles');
    noErrors(v);
  });
  // Compare: each row names its project; 期間外 has an explanation.
  await withViewer('?view=compare&fy=2019', DESKTOP, async (v) => {
    await settle(v.page);
    const rows = await dom(v, () => [...document.querySelectorAll('#sem [data-id^="compare:"]')].map((e) => e.textContent));
    assert.ok(rows.length >= 10);
    assert.ok(rows.some((r) => r.startsWith('地域のデジタル改革によるスマートシティ推進事業')), rows.slice(0, 3).join(' | '));
    assert.ok(rows.some((r) => /期間外/.test(r)), 'a row outside its period');
    await click(v, 'compare-legend:out-of-period');
    await v.page.waitForFunction(() => /期間外：/.test(document.getElementById('status').textContent), null, { timeout: 5000 });
    noErrors(v);
  });
});

test('search field: IME composition is drawn and filters only when committed; paste works', async () => {
  await withViewer('', DESKTOP, async (v) => {
    await settle(v.page);
    await click(v, 'search');
    await v.page.waitForFunction(() => document.activeElement?.dataset.id === 'search', null, { timeout: 5000 });
    const cdp = await v.context.newCDPSession(v.page);
    await cdp.send('Input.imeSetComposition', { text: 'すまーと', selectionStart: 4, selectionEnd: 4 });
    let s = await waitSettled(v.page, (s) => s.preedit === 'すまーと');
    assert.equal(s.visibleProjects.length, 5, 'composing text does not filter yet');
    await shot(v.page, 'ime-composition');
    await cdp.send('Input.insertText', { text: 'スマート' });
    s = await waitSettled(v.page, (s) => s.preedit === '' && s.visibleProjects.length === 2);
    assert.deepEqual(s.visibleProjects, ['smart-city', 'shin-sapporo']);
    // Select all, then paste over it through the clipboard; typing right after works.
    await v.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await v.page.evaluate(() => navigator.clipboard.writeText('UIJ'));
    await v.page.keyboard.press('Control+A');
    await v.page.keyboard.press('Control+V');
    s = await waitSettled(v.page, (s) => s.visibleProjects.length === 1);
    assert.deepEqual(s.visibleProjects, ['uij-turn']);
    await v.page.keyboard.type('x');
    s = await waitSettled(v.page, (s) => s.visibleProjects.length === 0);
    await v.page.keyboard.press('Control+Z');
    s = await waitSettled(v.page, (s) => s.visibleProjects.length === 1);
    noErrors(v);
  });
});

test('reduced motion: the kiosk does not start its tour by itself; 「自動めくりを開始」 starts it', async () => {
  const v = await openViewer(env, '?kiosk=1&rotate=0.3', { ...KIOSK, reducedMotion: 'reduce' });
  try {
    let s = await settle(v.page);
    assert.equal(s.reducedMotion, true);
    assert.equal(s.kiosk.paused, true);
    const before = s.framesRendered;
    // A clock we can see: wait for 10 rotate periods' worth of animation frames, then check.
    await v.page.evaluate(() => new Promise((r) => { let n = 0; const t0 = performance.now();
      const f = () => (performance.now() - t0 > 3000 && ++n > 3 ? r() : requestAnimationFrame(f)); requestAnimationFrame(f); }));
    s = await v.snapshot();
    assert.equal(s.kiosk.steps, 0, 'no step taken');
    assert.equal(s.selection.project, null);
    const pause = s.targets.find((t) => t.id === 'kiosk:pause');
    assert.equal(pause.name, '自動めくりを開始');
    await click(v, 'kiosk:pause');
    await waitSnap(v.page, (s) => s.kiosk.steps >= 2, null, 10000);
    assert.ok(before > 0);
  } finally { await v.context.close(); }
});

test('reflow at 320 CSS px: no control or table runs off the screen; numbers are whole', async () => {
  const NARROW = { ...PHONE, viewport: { width: 320, height: 640 }, screen: { width: 360, height: 740 } };
  await withViewer('?project=smart-city&kpi=2', NARROW, async (v) => {
    const s = await settle(v.page);
    for (const t of s.targets) assert.ok(t.x >= 0 && t.x + t.w <= 320.5, `${t.id} at ${t.x}+${t.w}`);
    const tables = await v.page.evaluate(() => [...document.querySelectorAll('#sem table')].length);
    assert.equal(tables, 3);
    await shot(v.page, 'reflow-320');
    noErrors(v);
  });
});

test('forced colors / more contrast: the viewer draws in black and white', async () => {
  await withViewer('', DESKTOP, async (v) => {
    await v.page.emulateMedia({ forcedColors: 'active' });
    const s = await waitSettled(v.page, (s) => s.highContrast === true);
    assert.equal(s.highContrast, true);
    // The top bar (dark blue normally) is drawn black; the page white. (Read from screenshots of
    // single pixels: the canvas keeps no drawing buffer to read back.)
    const at = async (x, y) => pngPixel(await v.page.screenshot({ clip: { x, y, width: 1, height: 1 } }));
    const px = { bar: await at(4, 4), page: await at(1276, 796) };
    assert.deepEqual(px.bar, [0, 0, 0]);
    assert.deepEqual(px.page, [255, 255, 255]);
    await shot(v.page, 'high-contrast-desktop');
    noErrors(v);
  });
});

