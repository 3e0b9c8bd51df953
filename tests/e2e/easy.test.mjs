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
const semText = (v) => v.page.evaluate(() => document.getElementById('sem').textContent);

test('easy Japanese at 390 and 320 px: no text cut off, <html lang="ja">, controls named in easy Japanese', async () => {
  for (const q of ['?lang=easy', '?project=smart-city&kpi=2&lang=easy', '?view=compare&lang=easy']) {
    for (const [dname, device] of [['390', PHONE], ['320', NARROW]]) {
      await withViewer(q, device, async (v) => {
        const s = await settle(v.page);
        await shot(v.page, `easy-${(q.match(/project|compare/) || ['overview'])[0]}-${dname}`);
        assert.equal(s.lang, 'easy');
        assert.equal(s.clippedText, 0, `${q} at ${dname} px: texts cut off`);
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
