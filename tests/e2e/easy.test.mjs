// やさしい日本語 (lang=easy, issue #26): the viewer in easy Japanese on a phone (390 and 320 px) and
// at the kiosk: nothing cut off, every control named in easy Japanese, <html lang="ja">, links
// keep lang=easy, the kiosk tours in it, and a reader can find which projects met their targets
// and what 未達成 means from the first screen. Screenshots land in build/e2e-artifacts/easy-*.png.
// Run: node --test --test-concurrency=1 tests/e2e/easy.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, PHONE, KIOSK, settle, waitSettled, waitSnap, findTarget, tap, click, scrollToTarget } from './browser.mjs';
import { ALL, shot, noErrors, withViewer as withViewerIn } from './lib/helpers.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });
const withViewer = (query, device, fn) => withViewerIn(env, query, device, fn);
const NARROW = { ...PHONE, viewport: { width: 320, height: 640 }, screen: { width: 360, height: 740 } };
// The twins' text as a reader gets it: the readings (<rt aria-hidden>) left out.
const readText = (root) => { const c = root.cloneNode(true); c.querySelectorAll('rt').forEach((r) => r.remove()); return c.textContent; };
const semText = (v) => v.page.evaluate(`(${readText})(document.getElementById('sem'))`);
// The names in the accessibility tree (CDP), for "each word is read once".
async function axNames(v) {
  const cdp = await v.context.newCDPSession(v.page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => [n.role?.value, n.name?.value || '']);
}

test('easy Japanese at 390 and 320 px: no text cut off, <html lang="ja">, controls named in easy Japanese', async () => {
  for (const q of ['?lang=easy', '?project=smart-city&kpi=2&lang=easy', '?view=compare&lang=easy']) {
    for (const [dname, device] of [['390', PHONE], ['320', NARROW]]) {
      await withViewer(q, device, async (v) => {
        const s = await settle(v.page);
        await shot(v.page, `easy-${(q.match(/project|compare/) || ['overview'])[0]}-${dname}`);
        assert.equal(s.lang, 'easy');
        assert.equal(s.clippedText, 0, `${q} at ${dname} px: texts cut off`);
        // Readings are drawn over their words, and no other text runs into them.
        assert.ok(s.rubyReadings > 0, `${q} at ${dname} px: readings drawn (${s.rubyReadings})`);
        assert.equal(s.rubyOverlaps, 0, `${q} at ${dname} px: text over a reading`);
        assert.equal(await v.page.evaluate(() => document.documentElement.lang), 'ja');
        // Every control has a name, and none is the standard Japanese or English one where an easy one exists.
        const names = await v.page.evaluate(() => [...document.querySelectorAll('#sem button, #sem a, #sem input, #sem [role]')]
          .filter((e) => /^(button|a|input)$/i.test(e.tagName) || /button|tab|link|switch|checkbox/.test(e.getAttribute('role') || ''))
          .map((e) => e.getAttribute('aria-label') || e.textContent.trim()));
        for (const n of names) assert.ok(n.length > 0, `${q}: a control without a name`);
        assert.ok(!names.includes('言語') && !names.includes('Language'), 'the language control says ことば');
        assert.equal(findTarget(s, 'lang') !== null, true);
        assert.doesNotMatch(await semText(v), /[{}]/, 'no reading markup leaks into the page');
        noErrors(v);
      });
    }
  }
});

test('easy Japanese: links keep lang=easy and reopen in it', async () => {
  let url;
  await withViewer('?lang=easy', PHONE, async (v) => {
    await settle(v.page);
    await tap(v, 'project:smart-city');
    const s = await waitSettled(v.page, (s) => s.selection.project === 'smart-city');
    url = s.url;
    assert.equal(new URL(url).searchParams.get('lang'), 'easy');
  });
  await withViewer(new URL(url).search, PHONE, async (v) => {
    const s = await settle(v.page);
    assert.equal(s.lang, 'easy');
    assert.equal(s.selection.project, 'smart-city');
  });
});

test('easy Japanese: the language control offers three and switches; the first screen says which projects met their targets and what 未達成 means', async () => {
  await withViewer('', PHONE, async (v) => {
    await settle(v.page);
    await tap(v, 'lang');
    await tap(v, 'lang:easy');
    let s = await waitSettled(v.page, (s) => s.lang === 'easy');
    assert.equal(new URL(s.url).searchParams.get('lang'), 'easy');
    const text = await semText(v);
    assert.match(text, /たっせい/, 'status words on the first screen');
    // What 未達成 means: the legend's みたっせい opens its explanation, in easy Japanese.
    await scrollToTarget(v, 'legend:not-met', { touch: true, minH: 18 });   // a badge is ~24 px high
    await tap(v, 'legend:not-met');
    await v.page.waitForFunction(() => document.querySelector('[data-id="legend:not-met"]')?.getAttribute('aria-expanded') === 'true');
    assert.match(await semText(v), /未達成.*目標に とどかなかった/);
    await shot(v.page, 'easy-legend-390');
    noErrors(v);
  });
});

test('easy Japanese at the kiosk: the attract tour runs through every project in easy Japanese, nothing cut off', async () => {
  await withViewer('?kiosk=1&rotate=0.5&idle=5&lang=easy', KIOSK, async (v) => {
    let s = await settle(v.page);
    assert.equal(s.lang, 'easy');
    const seen = new Set([s.selection.project]);
    const t0 = Date.now();
    while (seen.size < ALL.length && Date.now() - t0 < 30000) {
      s = await waitSnap(v.page, (t, p) => t.selection.project !== p, s.selection.project, 30000);
      seen.add(s.selection.project);
    }
    assert.ok(seen.size >= ALL.length, `the tour showed ${[...seen]}`);
    assert.equal(s.lang, 'easy');
    assert.equal(s.clippedText, 0);
    await shot(v.page, 'easy-kiosk-1920');
    noErrors(v);
  });
});

test('easy Japanese: readings in the chart tooltip, the legend and the project view, none overlapping (320, 390 and 1920 px)', async () => {
  for (const [dname, device] of [['320', NARROW], ['390', PHONE], ['1920', KIOSK]]) {
    await withViewer('?project=smart-city&kpi=2&lang=easy', device, async (v) => {
      let s = await settle(v.page);
      assert.ok(s.rubyReadings > 0, `${dname}: readings drawn`);
      assert.equal(s.rubyOverlaps, 0, `${dname}: text over a reading`);
      // A chart year's tooltip (2023年度（令和5年度）, 目標まで あと …): pinned by a tap, or a click on a desktop.
      const year = await scrollToTarget(v, 'chart:2:2023', { touch: device !== KIOSK, minH: 60 });
      assert.ok(year, 'the chart year is on screen');
      if (device === KIOSK) await click(v, 'chart:2:2023', { scroll: 0 });
      else await tap(v, 'chart:2:2023', { scroll: 0 });
      s = await waitSettled(v.page, (t) => t.tooltip === 'chart:2:2023');
      assert.ok(s.rubyReadings > 0);
      assert.equal(s.rubyOverlaps, 0, `${dname}: text over a reading with the tooltip open`);
      assert.equal(s.clippedText, 0, `${dname}: texts cut off with the tooltip open`);
      await shot(v.page, `easy-tooltip-${dname}`);
      noErrors(v);
    });
  }
  await withViewer('?lang=easy', KIOSK, async (v) => {
    const s = await settle(v.page);
    assert.equal(s.rubyOverlaps, 0);
    assert.equal(s.clippedText, 0);
    await shot(v.page, 'easy-overview-1920');
    noErrors(v);
  });
});

test('easy Japanese: the HTML twins carry <ruby> and the accessibility tree reads each word once', async () => {
  await withViewer('?lang=easy', PHONE, async (v) => {
    await settle(v.page);
    const r = await v.page.evaluate(() => ({
      ruby: document.querySelectorAll('#sem ruby').length,
      rtShown: [...document.querySelectorAll('#sem rt')].filter((e) => e.getAttribute('aria-hidden') !== 'true').length,
      controlRuby: document.querySelectorAll('#sem button ruby, #sem a ruby, #sem [role="tab"] ruby').length,
      heading: document.querySelector('#sem [data-id="heading:overview"]')?.innerHTML,
    }));
    assert.ok(r.ruby > 5, `readings in the twins (${r.ruby})`);
    assert.equal(r.rtShown, 0, 'every reading is hidden from screen readers');
    assert.equal(r.controlRuby, 0, 'controls are named in plain text');
    assert.match(r.heading, /<ruby>事業<rt aria-hidden="true">じぎょう<\/rt><\/ruby>/);
    const names = await axNames(v);
    const heading = names.find(([role, name]) => role === 'heading' && name.startsWith('事業ごとの'));
    assert.ok(heading, 'the overview heading is in the tree');
    assert.equal(heading[1], '事業ごとの けっか（5個の 事業）', 'read once: the word, not its reading');
    for (const [, name] of names) assert.doesNotMatch(name, /事業じぎょう|目標もくひょう/, `read twice: ${name}`);
    noErrors(v);
  });
});

test('easy Japanese: the first screen (before the code) and the no-WebGL page show <ruby>, read once', async () => {
  // The first screen: the viewer's code held back.
  const context = await env.browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    let release;
    const gate = new Promise((r) => { release = r; });
    await page.route('**/kpi_viewer.wasm', async (route) => { await gate; await route.continue(); });
    await page.goto(env.base + '?lang=easy');
    await page.waitForFunction(() => window.kpiFirstScreen && window.kpiFirstScreen.state() === 'shown', null, { timeout: 15000 });
    const r = await page.evaluate(() => ({
      ruby: document.querySelectorAll('#first-screen ruby').length,
      rtShown: [...document.querySelectorAll('#first-screen rt')].filter((e) => e.getAttribute('aria-hidden') !== 'true').length,
      h1: document.querySelector('#first-screen h1').innerHTML,
    }));
    assert.ok(r.ruby > 5, `readings on the first screen (${r.ruby})`);
    assert.equal(r.rtShown, 0);
    assert.match(r.h1, /<ruby>事業<rt aria-hidden="true">じぎょう<\/rt><\/ruby>/);
    await shot(page, 'easy-first-screen-390');
    const names = await axNames({ page, context });
    assert.ok(names.some(([role, name]) => role === 'heading' && name === '事業ごとの けっか（5個の 事業）'), 'the heading read once');
    for (const [, name] of names) assert.doesNotMatch(name, /事業じぎょう|目標もくひょう/, `read twice: ${name}`);
    release();
  } finally { await context.close(); }
  // Without WebGL 2 the page is the current view as a document (#print-doc), on a phone and a desktop.
  const nogl = await launch({ args: ['--disable-webgl', '--disable-3d-apis'] });
  try {
    for (const [device, layer] of [[KIOSK, '#print-doc'], [PHONE, '#print-doc']]) {
      const ctx = await nogl.browser.newContext(device);
      try {
        const page = await ctx.newPage();
        await page.goto(nogl.base + '?lang=easy');
        await page.waitForSelector('#nogl-note', { state: 'visible', timeout: 10000 });
        await page.waitForFunction((l) => document.querySelector(l + ' ruby'), layer, { timeout: 15000 });
        const r = await page.evaluate((l) => ({
          ruby: document.querySelectorAll(l + ' ruby').length,
          rtShown: [...document.querySelectorAll(l + ' rt')].filter((e) => e.getAttribute('aria-hidden') !== 'true').length,
          visible: [...document.querySelectorAll(l + ' rt')].some((e) => e.getBoundingClientRect().height > 0),
        }), layer);
        assert.ok(r.ruby > 5, `${layer}: readings (${r.ruby})`);
        assert.equal(r.rtShown, 0);
        assert.ok(r.visible, `${layer}: the readings are shown`);
        await shot(page, `easy-nogl-${device === KIOSK ? '1920' : '390'}`);
        const names = await axNames({ page, context: ctx });
        for (const [, name] of names) assert.doesNotMatch(name, /事業じぎょう|目標もくひょう/, `read twice: ${name}`);
      } finally { await ctx.close(); }
    }
  } finally { await nogl.close(); }
});
