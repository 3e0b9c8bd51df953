// Scale benchmark: the built site on Sapporo's dataset and on a synthetic nationwide-size one
// (scripts/make-nationwide.mjs: 8,705 projects, 26,115 KPIs, ~13 MB, generated here, never
// committed), with a national catalog beside them (data/index.json listing 1,741 municipalities,
// so the dataset picker is offered and its fetch happens on every load), in Debian's Chromium
// (headless, software GL). For each dataset it prints:
//   bytes (gzip) before the first data frame, first data frame on screen (median of 5 cold loads)
//   and its parts: when the file reached the viewer, reading it into the model, the rest
//   peak wasm memory (the memory's size after load: it never shrinks, so it is the peak of reading
//   the file) against the file's size, and malloc's bytes in use then
//   p50/p95 main-thread time of the frames drawn while scrolling the overview and the compare view
//   (30 wheel steps each, desktop 1280x800) and while typing a search (keystroke to the end of its
//   first frame, the first keystroke on its own line)
//   frames drawn in 10 s of idle after load
// and, on the nationwide page, the dataset picker over the 1,742-entry catalog: the frames that open
// it, scroll it (30 wheel steps) and type a search in it (keystroke to frame).
// Frame times are the viewer's own (snapshot().timings.frameMs: from the start of a frame's work to
// its end, GL submission included); the browser's compositing is not in them.
// Prints figures and PASS/OVER; exits non-zero only when it cannot measure.
// Usage: node scripts/bench-scale.mjs [SITE_DIR]
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';

const site = resolve(process.argv[2] || 'build/site');
if (!existsSync(`${site}/index.html`)) {
  console.error(`bench-scale: no site at ${site} (build it with make site)`);
  process.exit(1);
}
// A copy of the site with the nationwide dataset beside Sapporo's.
const root = mkdtempSync(join(tmpdir(), 'kpi-scale-'));
cpSync(site, root, { recursive: true });
execFileSync(process.execPath, [resolve('scripts/make-nationwide.mjs'), `${root}/data/nationwide.json`,
  '--catalog', `${root}/data/index.json`], { stdio: 'inherit' });
process.env.KPI_SITE = root;
const { launch, PHONE, waitSnap, settle } = await import('../tests/e2e/browser.mjs');

const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };
const TARGET = { firstMs: 1000, p95: 16, memoryRatio: 3, idle: 0, keystrokeMs: 16, frameMs: 16 };
const LOADS = 5, STEPS = 30, IDLE_MS = 10000;
const verdict = (ok) => (ok ? 'PASS' : 'OVER');
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const pct = (xs, p) => (xs.length ? sorted(xs)[Math.min(xs.length - 1, Math.floor(p * xs.length))] : NaN);
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '-');
const snap = (page) => page.evaluate(() => window.kpiViewer.snapshot());

async function open(env, query, device) {
  const context = await env.browser.newContext(device);
  const page = await context.newPage();
  await page.goto(env.base + query);
  const s = await waitSnap(page, (x) => x.ready || x.dataError, null, 120000);
  if (!s.ready) throw new Error(`${query}: the viewer did not load its data: ${s.dataError}`);
  return { context, page, s };
}

// Frame times of the frames drawn since `framesBefore` (the snapshot keeps the last 600).
function framesSince(s, framesBefore) {
  const n = Math.min(s.framesRendered - framesBefore, s.timings.frameMs.length);
  return n > 0 ? s.timings.frameMs.slice(-n) : [];
}

async function scrollFrames(env, query) {
  const { context, page } = await open(env, query, DESKTOP);
  await settle(page, 3, 60000);
  const f0 = (await snap(page)).framesRendered;
  await page.mouse.move(700, 450);
  for (let i = 0; i < STEPS; i++) {
    const before = (await snap(page)).framesRendered;
    await page.mouse.wheel(0, 240);
    await waitSnap(page, (s, b) => s.framesRendered > b, before, 30000);
  }
  const s = await settle(page, 3, 60000);
  await context.close();
  return framesSince(s, f0);
}

// Type into the text field `fieldId` one key at a time: the time from each keystroke to the end of
// the first frame after it (the one that filters and draws the result), and every frame's own time.
async function typeTimed(page, fieldId, word) {
  const field = (await snap(page)).targets.find((t) => t.id === fieldId);
  if (!field) throw new Error(`no ${fieldId} field on screen`);
  await page.mouse.click(field.x + field.w / 2, field.y + field.h / 2);
  await settle(page, 3, 60000);
  await page.evaluate(() => {
    // (a character typed by Playwright arrives as beforeinput without a keydown)
    for (const type of ['keydown', 'beforeinput']) document.addEventListener(type, () => { window.__keyAt = performance.now(); }, true);
  });
  const f0 = (await snap(page)).framesRendered;
  const latency = [];
  for (const ch of word) {
    await page.keyboard.type(ch);
    const s = await settle(page, 3, 60000);
    const at = await page.evaluate(() => window.__keyAt);
    const i = s.timings.frameStartMs.findIndex((t) => t >= at);
    latency.push(i < 0 ? NaN : s.timings.frameStartMs[i] + s.timings.frameMs[i] - at);
  }
  return { frames: framesSince(await snap(page), f0), latency };
}

async function searchFrames(env, query, word) {
  const { context, page } = await open(env, query, DESKTOP);
  await settle(page, 3, 60000);
  const typed = await typeTimed(page, 'search', word);
  const s = await snap(page);
  await context.close();
  return { ...typed, shown: s.visibleProjects.length };
}

// The dataset picker over the national catalog: open it (the frames from the tap until it is still),
// scroll its list, type a search.
async function pickerFrames(env, query, word) {
  const { context, page } = await open(env, query, DESKTOP);
  await settle(page, 3, 60000);
  let s = await waitSnap(page, (x) => x.targets.some((t) => t.id === 'tab:datasets'), null, 60000);   // (the catalog comes after the first view)
  const chip = s.targets.find((t) => t.id === 'tab:datasets');
  const catalogLabel = chip.name;
  let f0 = s.framesRendered;
  await page.mouse.click(chip.x + chip.w / 2, chip.y + chip.h / 2);
  s = await settle(page, 3, 60000);
  const opening = framesSince(s, f0);
  f0 = s.framesRendered;
  await page.mouse.move(640, 500);
  for (let i = 0; i < STEPS; i++) {
    const before = (await snap(page)).framesRendered;
    await page.mouse.wheel(0, 400);
    await waitSnap(page, (x, b) => x.framesRendered > b, before, 30000);
  }
  s = await settle(page, 3, 60000);
  const scrolling = framesSince(s, f0);
  const rowsDrawn = s.targets.filter((t) => t.id.startsWith('dataset:')).length;
  await page.mouse.wheel(0, -1e6);   // back to the top, where the field is
  await settle(page, 3, 60000);
  const typing = await typeTimed(page, 'datasets:q', word);
  s = await snap(page);
  const matches = s.targets.filter((t) => t.id.startsWith('dataset:')).length;
  await context.close();
  return { catalogLabel, opening, scrolling, rowsDrawn, typing, matches };
}

const env = await launch({ root });
try {
  console.log(`site: ${site} (copied to ${root} with data/nationwide.json)`);
  console.log(`browser: Chromium ${env.browser.version()} headless (software GL)`);
  for (const [name, query, word] of [['sapporo', '', 'スマート'], ['nationwide', '?data=nationwide', 'スマート']]) {
    const fileBytes = statSync(`${root}/data/${name}.json`).size;
    console.log(`\n== ${name} (${(fileBytes / 1e6).toFixed(2)} MB) ==`);
    // Warm-up: the test server compresses each file once.
    { const w = await open(env, query, PHONE); await w.context.close(); }

    const firsts = [], arrived = [], read = [];
    let bytesBefore = 0, memory = 0, heapUsed = 0;
    for (let i = 0; i < LOADS; i++) {
      const { context, page, s } = await open(env, query, PHONE);
      firsts.push(s.timings.firstDataFrameMs);
      arrived.push(s.timings.dataArrivedMs);
      read.push(s.timings.dataReadMs);
      if (i === 0) {
        const t = s.timings.firstDataFrameMs;
        bytesBefore = await page.evaluate((t) => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
          .filter((e) => e.responseEnd <= t).reduce((a, e) => a + e.encodedBodySize, 0), t);
        const after = await settle(page, 3, 60000);
        memory = after.wasmMemoryBytes;
        heapUsed = after.heapUsedBytes;
      }
      await context.close();
    }
    const firstMedian = pct(firsts, 0.5);
    console.log(`${name}.bytes_before_first_data_frame_gzip: ${bytesBefore}`);
    console.log(`${name}.first_data_frame_ms_median: ${firstMedian.toFixed(0)}   (${firsts.map((x) => x.toFixed(0)).join(', ')}; target <= ${TARGET.firstMs}) ${verdict(firstMedian <= TARGET.firstMs)}`);
    // Where it went: the file's bytes reached the viewer, reading them into the model, the rest
    // (first layout passes, drawing, presenting).
    console.log(`${name}.first_data_frame_parts_ms_median: file at the viewer ${pct(arrived, 0.5).toFixed(0)}, reading it ${pct(read, 0.5).toFixed(0)}, then to the frame on screen ${pct(firsts.map((f, i) => f - arrived[i] - read[i]), 0.5).toFixed(0)}`);
    const ratio = memory / fileBytes;
    console.log(`${name}.peak_wasm_memory: ${(memory / 1048576).toFixed(1)} MiB, malloc in use after load ${(heapUsed / 1048576).toFixed(1)} MiB   (${f1(ratio)}x the file; target <= ${TARGET.memoryRatio}x for large files) ${name === 'sapporo' ? '' : verdict(ratio <= TARGET.memoryRatio)}`);

    for (const [label, q] of [['overview', query], ['compare', (query ? query + '&' : '?') + 'view=compare']]) {
      const frames = await scrollFrames(env, q);
      const p95 = pct(frames, 0.95);
      console.log(`${name}.scroll_${label}_frame_ms: p50 ${f1(pct(frames, 0.5))}  p95 ${f1(p95)}  max ${f1(Math.max(...frames))}  (${frames.length} frames; target p95 <= ${TARGET.p95}) ${verdict(p95 <= TARGET.p95)}`);
    }
    const search = await searchFrames(env, query, word);
    const p95 = pct(search.frames, 0.95);
    console.log(`${name}.search_keystroke_to_frame_ms: ${search.latency.map((x) => x.toFixed(0)).join(', ')}   (frames p50 ${f1(pct(search.frames, 0.5))} p95 ${f1(p95)}; ${search.shown} projects match; target p95 <= ${TARGET.p95}) ${verdict(p95 <= TARGET.p95)}`);
    console.log(`${name}.search_first_keystroke_ms: ${f1(search.latency[0])}   (target <= ${TARGET.keystrokeMs}) ${verdict(search.latency[0] <= TARGET.keystrokeMs)}`);

    if (name === 'nationwide') {
      const p = await pickerFrames(env, query, '北山');
      const line = (label, frames) => {
        const worst = Math.max(...frames);
        console.log(`${name}.picker_${label}_frame_ms: p50 ${f1(pct(frames, 0.5))}  p95 ${f1(pct(frames, 0.95))}  max ${f1(worst)}  (${frames.length} frames; target <= ${TARGET.frameMs} a frame) ${verdict(worst <= TARGET.frameMs)}`);
      };
      console.log(`${name}.picker: "${p.catalogLabel}", ${p.rowsDrawn} rows drawn after scrolling, ${p.matches} rows for the search`);
      line('open', p.opening);
      line('scroll', p.scrolling);
      line('search', p.typing.frames);
      console.log(`${name}.picker_search_keystroke_to_frame_ms: ${p.typing.latency.map((x) => x.toFixed(0)).join(', ')}   (target <= ${TARGET.keystrokeMs}) ${verdict(Math.max(...p.typing.latency) <= TARGET.keystrokeMs)}`);
    }

    {
      const { context, page } = await open(env, query, PHONE);
      await settle(page, 3, 60000);
      await page.waitForTimeout(1000);   // the idle-time work after the first view (catalog, fonts)
      const f0 = (await snap(page)).framesRendered;
      await page.waitForTimeout(IDLE_MS);
      const idle = (await snap(page)).framesRendered - f0;
      console.log(`${name}.idle_frames_10s: ${idle}   (target ${TARGET.idle}) ${verdict(idle <= TARGET.idle)}`);
      await context.close();
    }
  }
} finally {
  await env.close();
  rmSync(root, { recursive: true, force: true });
}
process.exit(0);
