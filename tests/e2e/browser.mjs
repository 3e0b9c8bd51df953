// Shared set-up for browser tests and benchmarks: serve build/site on loopback and drive Debian's
// Chromium through playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';

export const SITE = resolve(process.env.KPI_SITE || 'build/site');
export const ARTIFACTS = resolve('build/e2e-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true,
  screen: { width: 430, height: 932 } };
export const KIOSK = { viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1, screen: { width: 2560, height: 1440 } };

const FLAGS = ['--headless', '--no-sandbox', '--enable-unsafe-swiftshader', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Debian's Chromium. Compositing: `gpu` false (the tests' default) composites in software
// (--disable-gpu); true takes the GPU path with SwiftShader standing in for a GPU.
export function launchBrowser({ gpu = false, args = [] } = {}) {
  const mode = gpu ? ['--use-angle=swiftshader'] : ['--disable-gpu'];
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...FLAGS, ...mode, ...args] });  // a fresh profile each time
}

// opts.root: serve another copy of the site (error tests); opts.args: extra Chromium flags;
// opts.port: a fixed port (links and QR codes then say the same address in two runs), else any free one.
export async function launch(opts = {}) {
  const server = await startServer(opts.root || SITE, opts.port || 0);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await launchBrowser({ args: opts.args || [] });
  return { browser, base, server, async close() { await browser.close(); server.close(); } };
}

// The site ships a Content-Security-Policy (web/index.html): any violation becomes a console error,
// which every test's error check fails on.
export async function watchCsp(context) {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}

// Open a page and collect page errors; resolves when the viewer reports ready or an error.
export async function openViewer(env, query = '', device = PHONE) {
  const context = await env.browser.newContext(device);
  await watchCsp(context);
  const page = await context.newPage();
  const errors = [];
  const consoleErrors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text() + (m.location()?.url ? ` (${m.location().url})` : ''));
  });
  await page.goto(env.base + query);
  await page.waitForFunction(() => {
    // (snapshot() can throw while the wasm is still being instantiated; a test in viewer.test.mjs
    // checks that separately, so waiting here tolerates it.)
    let s = null;
    try { s = window.kpiViewer && window.kpiViewer.snapshot(); } catch (e) { return false; }
    return s && (s.ready || s.dataError);
  }, null, { timeout: 30000 });
  return { page, context, errors, consoleErrors, device, snapshot: () => page.evaluate(() => window.kpiViewer.snapshot()) };
}

// --- helpers for driving the canvas like a person -------------------------------------------------
// Rendering is event-driven, so tests wait for the snapshot to change instead of sleeping.

// Wait until pred(snapshot, arg) is true; returns that snapshot. The predicate runs here, in node:
// the page's Content-Security-Policy forbids evaluating strings as code inside it.
export async function waitSnap(page, pred, arg = null, timeout = 10000) {
  const t0 = Date.now();
  for (;;) {
    const s = await page.evaluate(() => {
      try { return window.kpiViewer ? window.kpiViewer.snapshot() : null; } catch (e) { return null; }
    }).catch(() => null);   // (a navigation in progress)
    if (s && pred(s, arg)) return s;
    if (Date.now() - t0 > timeout) throw new Error(`waitSnap: not true within ${timeout} ms: ${pred.toString().slice(0, 160)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Wait until the viewer stops drawing (a new page lays itself out over a frame or two after the
// input that opened it; a fling scrolls on for a while); returns the snapshot of the settled frame.
// The viewer draws in requestAnimationFrame callbacks only when something asked for a frame, so
// `quietTicks` browser animation frames without a new viewer frame mean it is idle. Counting
// animation frames (not milliseconds) keeps this right however slow software GL makes a frame.
export async function settle(page, quietTicks = 3, timeout = 15000) {
  return page.evaluate(([quietTicks, timeout]) => new Promise((resolve, reject) => {
    const t0 = performance.now();
    let last = window.kpiViewer.snapshot().framesRendered, quiet = 0;
    const tick = () => {
      const s = window.kpiViewer.snapshot();
      if (s.framesRendered !== last) { last = s.framesRendered; quiet = 0; }
      else if (++quiet >= quietTicks) { resolve(s); return; }
      if (performance.now() - t0 > timeout) { reject(new Error('viewer never stopped drawing (frame ' + last + ')')); return; }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }), [quietTicks, timeout]);
}

// waitSnap, then settle: the condition holds and the frame on screen is the final layout.
export async function waitSettled(page, pred, arg = null, timeout = 10000) {
  await waitSnap(page, pred, arg, timeout);
  const s = await settle(page);
  // eslint-disable-next-line no-new-func
  if (!pred(s, arg)) throw new Error('condition no longer holds after settling');
  return s;
}

export const findTarget = (s, id) => s.targets.find((t) => t.id === id) || null;
export const centre = (t) => ({ x: t.x + t.w / 2, y: t.y + t.h / 2 });

// Wait for the next drawn frame (after an input that may or may not change anything).
export async function nextFrames(page, after, n = 1) {
  return waitSnap(page, (s, a) => s.framesRendered >= a, after + n);
}

// Scroll the view under (x, y) by dy CSS px: mouse wheel, or a one-finger drag on touch devices
// (CDP touch events, the same route a finger takes: touch -> pointer events -> the viewer).
export async function scrollBy(v, dy, { x, y, touch } = {}) {
  const { page } = v;
  const vp = page.viewportSize();
  x ??= Math.round(vp.width * 0.6); y ??= Math.round(vp.height * 0.55);
  const before = (await v.snapshot()).framesRendered;
  if (touch ?? v.device.hasTouch) {
    const cdp = v._cdp ??= await v.context.newCDPSession(page);
    const steps = 8, span = Math.max(-y + 80, Math.min(vp.height - y - 20, -dy));   // finger moves opposite to content
    const pt = (yy) => [{ x, y: yy, id: 1 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: pt(y) });
    for (let i = 1; i <= steps; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: pt(y + (span * i) / steps) });
      await page.waitForTimeout(16);
    }
    await page.waitForTimeout(120);   // rest the finger before lifting: no fling
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } else {
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, dy);
  }
  await nextFrames(page, before, 1);
  return settle(page);
}

// Scroll (down, or up with dir = -1) until target `id` is drawn with at least minH px visible.
export async function scrollToTarget(v, id, { dir = 1, minH = 30, step = 300, max = 20, touch } = {}) {
  let s = await v.snapshot();
  for (let i = 0; i <= max; i++) {
    const t = findTarget(s, id);
    if (t && t.h >= minH) return t;
    const prev = JSON.stringify(s.targets);
    s = await scrollBy(v, dir * step, { touch });
    if (JSON.stringify(s.targets) === prev) break;   // nothing moved: end of the page
  }
  const t = findTarget(s, id);
  if (t) return t;
  throw new Error(`target ${id} not found; drawn: ${s.targets.map((t) => t.id).join(' ')}`);
}

// Click (mouse) or tap (touchscreen) the centre of a drawn target, scrolling to it first if needed.
export async function press(v, id, { tap = false, scroll = 1 } = {}) {
  const s = await settle(v.page);
  let t = findTarget(s, id);
  if (!t && scroll) t = await scrollToTarget(v, id, { dir: scroll, touch: tap ? true : undefined });
  const c = centre(t);
  if (tap) await v.page.touchscreen.tap(c.x, c.y);
  else await v.page.mouse.click(c.x, c.y);
  return t;
}
export const click = (v, id, o = {}) => press(v, id, { ...o, tap: false });
export const tap = (v, id, o = {}) => press(v, id, { ...o, tap: true });
