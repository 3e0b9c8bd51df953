// The viewer against its peer (issue 12), part (e) of `make bench` (scripts/bench.mjs calls it):
// a plain page a city's web developer could write instead (scripts/peer/: Chart.js 4.5.1 from npm,
// the same data/sapporo.json, the same 13 KPIs as plan-vs-actual bar charts, animation off, its mark
// in the animation frame after the charts were created). The peer is assembled at bench time into
// build/peer/ (never part of the site, never committed); one server (scripts/serve.mjs: precompressed brotli/gzip copies, made for both by
// scripts/precompress.mjs, else gzip on the fly)
// serves both, the viewer under /viewer/ and the peer under /peer/. Both are loaded cold (a fresh
// browser context each time) at phone size, alternately, LOADS times each, in each compositing mode
// (software: --disable-gpu; the GPU path with SwiftShader standing in for a GPU) and each network
// profile (unthrottled loopback; Lighthouse's mobile profile through CDP: 150 ms RTT, 1.6 Mbps
// down, 750 kbps up, CPU 4x slower). It prints both medians and ranges, the ratio viewer/peer, the
// bytes (compressed, as sent) each fetched before its first data was on screen and the main thread's long tasks
// (> 50 ms) in the 2 s after it. The viewer's mark is taken from outside: the first animation frame
// in which the project outcomes are on screen, as the first screen's HTML (web/first-screen.js) or
// in the canvas, whichever came first.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const CHART = resolve(here, '..', 'node_modules', 'chart.js');   // (npm ci, scripts/setup.sh)
const LOADS = 7;
const TARGET_RATIO = { unthrottled: 0.9, mobile: 0.5 };
const PROFILES = {
  unthrottled: null,
  mobile: { latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8), cpu: 4 },
};
const MODES = { software: { gpu: false }, 'gpu-swiftshader': { gpu: true } };

// build/peer/: the page's source (scripts/peer/), Chart.js's browser build, the site's dataset.
export function buildPeer(site, out = resolve(site, '..', 'peer')) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'data'), { recursive: true });
  cpSync(join(here, 'peer'), out, { recursive: true });
  cpSync(join(CHART, 'dist', 'chart.umd.min.js'), join(out, 'chart.umd.min.js'));
  cpSync(join(site, 'data', 'sapporo.json'), join(out, 'data', 'sapporo.json'));
  execFileSync(process.execPath, [join(here, 'precompress.mjs'), out], { stdio: 'ignore' });   // as the site's files are
  return out;
}

// One cold load: the mark (ms after navigation start) and the bytes (compressed, as sent) of every
// response that was complete by then (Resource Timing, on the page's own clock).
// Each page's mark is a plain variable read (polled every 10 ms); `verify` then asks the page, once,
// whether what it showed was its data.
async function coldLoad(browser, device, url, mark, verify, profile) {
  const context = await browser.newContext(device);
  try {
    const page = await context.newPage();
    // Long tasks from the page's start, for "none over 50 ms in the 2 s after the mark".
    await page.addInitScript(() => {
      window.benchLongTasks = [];
      try {
        new PerformanceObserver((l) => { for (const e of l.getEntries()) window.benchLongTasks.push([e.startTime, e.duration]); })
          .observe({ type: 'longtask', buffered: true });
      } catch (e) { /* no long task timing */ }
    });
    if (profile) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: profile.latency,
        downloadThroughput: profile.downloadThroughput, uploadThroughput: profile.uploadThroughput });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    }
    await page.goto(url);
    const h = await page.waitForFunction(mark, null, { timeout: 30000, polling: 10 });
    const t = await h.jsonValue();
    const problem = verify ? await page.evaluate(verify) : null;
    if (typeof t !== 'number' || problem) throw new Error(`${url}: ${problem || t}`);
    const bytes = await page.evaluate((t) => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
      .filter((e) => e.responseEnd <= t).reduce((a, e) => a + e.encodedBodySize, 0), t);
    await page.waitForFunction((t) => performance.now() > t + 2000, t, { timeout: 30000, polling: 100 });
    const longest = await page.evaluate((t) => window.benchLongTasks.filter(([s, d]) => s + d > t && s < t + 2000)
      .reduce((m, [, d]) => Math.max(m, d), 0), t);
    return { t, bytes, longest };
  } finally {
    await context.close();
  }
}

// The viewer's mark: the animation frame in which the outcomes were first on screen, as the first
// screen's HTML (kpiFirstScreen.presentedMs) or the canvas's first data frame (kpiViewer.presentedMs,
// read without calling into the wasm), whichever was first; then the page is asked once whether what
// it showed was the data: the first screen's five project outcomes, or a snapshot without error.
function viewerMark() {
  const marks = [window.kpiFirstScreen && window.kpiFirstScreen.presentedMs(), window.kpiViewer && window.kpiViewer.presentedMs()];
  const seen = marks.filter((m) => m != null);
  return seen.length ? Math.min(...seen) : null;
}
function viewerVerify() {
  if (window.kpiFirstScreen && window.kpiFirstScreen.presentedMs() != null) {
    const n = window.kpiFirstScreen.outcomesShown();
    return n === 5 ? null : `first screen shows ${n} project outcomes, not 5`;
  }
  const s = window.kpiViewer.snapshot();
  return s.dataError ? 'data error: ' + s.dataError : s.ready ? null : 'not ready after its first frame';
}
function peerMark() {
  if (window.peerError) return 'peer error: ' + window.peerError;
  return window.peerCharts === 13 ? window.peerMark : (window.peerCharts ? `peer drew ${window.peerCharts} charts, not 13` : null);
}

export async function benchPeer({ launchBrowser, site, device, loads = LOADS }) {
  const peer = buildPeer(site);
  const root = mkdtempSync(join(tmpdir(), 'kpi-bench-'));
  symlinkSync(site, join(root, 'viewer'));
  symlinkSync(peer, join(root, 'peer'));
  const server = await startServer(root, 0);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const kb = (n) => (n / 1024).toFixed(1) + ' KB';
  console.log(`\n(e) first data on screen, the viewer against a plain Chart.js ${chartVersion()} page (same server, brotli/gzip), ${loads} cold loads each at phone size:`);
  try {
    for (const [modeName, mode] of Object.entries(MODES)) {
      const browser = await launchBrowser(mode);
      try {
        for (const [profileName, profile] of Object.entries(PROFILES)) {
          const pages = [
            { name: 'viewer', url: base + 'viewer/', mark: viewerMark, verify: viewerVerify, runs: [] },
            { name: 'Chart.js peer', url: base + 'peer/', mark: peerMark, runs: [] },
          ];
          for (const p of pages) await coldLoad(browser, device, p.url, p.mark, p.verify, profile);   // warm-up: the server's gzip cache
          for (let i = 0; i < loads; i++) {
            // Alternate which goes first, so neither always follows the other's leftovers.
            for (const p of i % 2 ? [...pages].reverse() : pages) p.runs.push(await coldLoad(browser, device, p.url, p.mark, p.verify, profile));
          }
          console.log(`  ${modeName}, ${profileName}:`);
          const result = {};
          for (const p of pages) {
            const ts = p.runs.map((r) => r.t);
            result[p.name] = med(ts);
            console.log(`    ${p.name.padEnd(14)} median ${med(ts).toFixed(0).padStart(5)} ms  (range ${Math.min(...ts).toFixed(0)}-${Math.max(...ts).toFixed(0)})` +
              `   bytes before first data ${kb(med(p.runs.map((r) => r.bytes)))} as sent   longest task in the 2 s after: ${med(p.runs.map((r) => r.longest)).toFixed(0)} ms (median)`);
          }
          const ratio = result.viewer / result['Chart.js peer'];
          const target = TARGET_RATIO[profileName];
          console.log(`viewer_vs_peer_ratio[${modeName},${profileName}]: ${ratio.toFixed(2)}   (target <= ${target}) ${ratio <= target ? 'PASS' : 'OVER'}`);
          const longest = med(pages[0].runs.map((r) => r.longest));
          console.log(`viewer_longest_task_after_first_data[${modeName},${profileName}]: ${longest.toFixed(0)} ms   (target <= 50) ${longest <= 50 ? 'PASS' : 'OVER'}`);
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    server.closeAllConnections();
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
}

const chartVersion = () => JSON.parse(readFileSync(join(CHART, 'package.json'), 'utf8')).version;
