// The canvas follows the window with no input: a resize, a phone turned on its side and a change
// of the device pixel ratio (browser zoom) each resize the canvas's backing store and draw it again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openViewer, PHONE, settle } from './browser.mjs';
import { noErrors, shot } from './lib/helpers.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

// The canvas's backing store and CSS size, once it has the expected size (waited for as a signal).
const backing = (page, w, h) => page.waitForFunction(([w, h]) => {
  const c = document.getElementById('canvas');
  return c.width === w && c.height === h ? { w: c.width, h: c.height } : null;
}, [w, h], { timeout: 10000 }).then((r) => r.jsonValue());

test('resize, rotate and zoom resize the canvas with no input', async () => {
  const v = await openViewer(env, '?project=smart-city&kpi=2', PHONE);
  try {
    const { page } = v;
    let s = await settle(page);
    assert.deepEqual(await backing(page, 390 * 3, 844 * 3), { w: 1170, h: 2532 });
    // Turned on its side.
    let painted = s.framesPainted;
    await page.setViewportSize({ width: 844, height: 390 });
    await backing(page, 844 * 3, 390 * 3);
    s = await settle(page);
    assert.ok(s.framesPainted > painted, 'drawn again at the new size');
    await shot(page, 'resize-rotated');
    // A window made narrower.
    painted = s.framesPainted;
    await page.setViewportSize({ width: 600, height: 390 });
    await backing(page, 600 * 3, 390 * 3);
    s = await settle(page);
    assert.ok(s.framesPainted > painted);
    // Zoom: the device pixel ratio changes (the CSS size with it, as the browser's zoom does).
    const cdp = await v.context.newCDPSession(page);
    painted = s.framesPainted;
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 300, height: 195, deviceScaleFactor: 6, mobile: true });
    await backing(page, 300 * 6, 195 * 6);
    s = await settle(page);
    assert.ok(s.framesPainted > painted);
    assert.equal(s.clippedText, 0, 'no text cut at 200 % zoom');
    await shot(page, 'resize-zoomed');
    noErrors(v);
  } finally { await v.context.close(); }
});
