// Soak: the kiosk's attract loop run fast (rotate=0.02 s) for 1000 steps (about 52 passes through
// every project page and KPI chart), sampling the bytes allocated in the wasm heap (malloc's own
// count, which goes down again when memory is freed) and the JS heap every 250 steps. A kiosk runs
// for weeks: neither may grow with the number of steps. A run that stops short of its steps fails.
// Run: node --test --test-concurrency=1 tests/e2e/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openViewer, KIOSK } from './browser.mjs';
import { shot, noErrors } from './lib/helpers.mjs';

const STEPS = Number(process.env.SOAK_STEPS || 1000);
const EVERY = 250;
const BUDGET_MS = 240000;   // the suite's time budget for this test: not reaching STEPS in it fails

let env;
// Precise performance.memory figures (without the flag Chromium rounds them and refreshes rarely).
before(async () => { env = await launch({ args: ['--enable-precise-memory-info'] }); });
after(async () => { await env?.close(); });

test(`soak: ${STEPS} kiosk steps without growth of wasm allocations or JS heap`, { timeout: BUDGET_MS + 60000 }, async () => {
  const v = await openViewer(env, '?kiosk=1&rotate=0.02&idle=3600', KIOSK);
  try {
    const { page } = v;
    const cdp = await v.context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const sample = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const m = await page.evaluate(() => {
        const s = window.kpiViewer.snapshot();
        const heap = (window.Module && Module.HEAPU8) || (typeof HEAPU8 !== 'undefined' ? HEAPU8 : null);
        return { steps: s.kiosk.steps, frames: s.framesRendered, wasm: heap ? heap.length : null, used: s.heapUsedBytes,
          js: performance.memory.usedJSHeapSize, paused: s.kiosk.paused, t: performance.now() };
      });
      const cdpHeap = await cdp.send('Runtime.getHeapUsage');
      return { ...m, cdpUsed: cdpHeap.usedSize };
    };
    const rows = [];
    const t0 = Date.now();
    rows.push(await sample());
    assert.equal(typeof rows[0].used, 'number', 'the wasm allocation count is readable');
    let stoppedEarly = false;
    for (let target = EVERY; target <= STEPS; target += EVERY) {
      const left = BUDGET_MS - (Date.now() - t0);
      try {
        await page.waitForFunction((n) => window.kpiViewer.snapshot().kiosk.steps >= n, target, { timeout: Math.max(1000, left), polling: 200 });
      } catch (e) { stoppedEarly = true; break; }
      rows.push(await sample());
    }
    await shot(page, 'soak-end');

    // The table.
    const mb = (n) => (n / 1048576).toFixed(2);
    const lines = ['  steps  frames   secs  steps/s  wasm MiB  malloc MiB  JS heap MiB  (CDP used MiB)'];
    for (const r of rows) {
      const secs = (r.t - rows[0].t) / 1000;
      lines.push(`${String(r.steps).padStart(7)} ${String(r.frames).padStart(7)} ${secs.toFixed(1).padStart(6)} ` +
        `${(secs > 0 ? r.steps / secs : 0).toFixed(1).padStart(8)} ${mb(r.wasm).padStart(9)} ${mb(r.used).padStart(11)} ${mb(r.js).padStart(12)} ${mb(r.cdpUsed).padStart(15)}`);
    }
    const last = rows[rows.length - 1];
    const rate = last.steps / ((last.t - rows[0].t) / 1000);
    lines.push(`rate: ${rate.toFixed(1)} steps/s, ${((last.frames - rows[0].frames) / Math.max(1, last.steps - rows[0].steps)).toFixed(2)} frames/step` +
      (stoppedEarly ? `; stopped at ${last.steps} steps after ${(BUDGET_MS / 1000).toFixed(0)} s (${STEPS} would take ~${(STEPS / rate).toFixed(0)} s)` : ''));
    console.log('soak figures\n' + lines.join('\n'));

    assert.equal(stoppedEarly, false, `the soak stopped at ${last.steps} of ${STEPS} steps (${rate.toFixed(1)} steps/s)`);
    assert.ok(last.steps >= STEPS && rows.length >= 3, `samples: ${rows.length - 1} after the first`);
    assert.equal(last.paused, false, 'the loop was never paused');
    const ref = rows[1];   // after the first 250 steps: every view has been drawn at least once
    // Allocations come and go with the view on screen; a leak grows with the steps. Allow a little
    // for where in the loop each sample falls, far below what a leak of one string per step makes.
    assert.ok(last.used - ref.used <= 256 * 1024,
      `wasm allocations grew: ${mb(ref.used)} MiB after ${ref.steps} steps, ${mb(last.used)} MiB after ${last.steps}`);
    assert.equal(last.wasm, ref.wasm, `wasm memory grew: ${mb(ref.wasm)} MiB after ${ref.steps} steps, ${mb(last.wasm)} MiB after ${last.steps}`);
    assert.ok(last.js - ref.js <= 5 * 1048576,
      `JS heap grew by more than 5 MB: ${mb(ref.js)} MiB after ${ref.steps} steps, ${mb(last.js)} MiB after ${last.steps}`);
    noErrors(v);
  } finally { await v.context.close(); }
});
