// The viewer against its peer (issue 12), part (e) of `make bench` (scripts/bench.mjs calls it):
// a plain page a city's web developer could write instead (scripts/peer/: Chart.js 4.5.1 from npm,
// the same data/sapporo.json, the same 13 KPIs as plan-vs-actual bar charts, animation off, its mark
// in the animation frame after the charts were created). The peer is assembled at bench time into
// build/peer/ (never part of the site, never committed); one server (scripts/serve.mjs, gzip on)
// serves both, the viewer under /viewer/ and the peer under /peer/. Both are loaded cold (a fresh
// browser context each time) at phone size, alternately, LOADS times each; it prints both medians
// and ranges, the ratio viewer/peer and the bytes (gzip) each fetched before its first data was on
// screen.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const CHART = resolve(here, '..', 'node_modules', 'chart.js');   // (npm ci, scripts/setup.sh)
const LOADS = 7;
const TARGET_RATIO = 0.9;

// build/peer/: the page's source (scripts/peer/), Chart.js's browser build, the site's dataset.
export function buildPeer(site, out = resolve(site, '..', 'peer')) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'data'), { recursive: true });
  cpSync(join(here, 'peer'), out, { recursive: true });
  cpSync(join(CHART, 'dist', 'chart.umd.min.js'), join(out, 'chart.umd.min.js'));
  cpSync(join(site, 'data', 'sapporo.json'), join(out, 'data', 'sapporo.json'));
  return out;
}

// One cold load: the mark (ms after navigation start) and the bytes (gzip, as sent) of every
// response that was complete by then (Resource Timing, on the page's own clock).
// Each page's mark is a plain variable read (polled every 10 ms); `verify` then asks the page, once,
// whether what it showed was its data.
async function coldLoad(browser, device, url, mark, verify) {
  const context = await browser.newContext(device);
  try {
    const page = await context.newPage();
    await page.goto(url);
    const h = await page.waitForFunction(mark, null, { timeout: 30000, polling: 10 });
    const t = await h.jsonValue();
    const problem = verify ? await page.evaluate(verify) : null;
    if (typeof t !== 'number' || problem) throw new Error(`${url}: ${problem || t}`);
    const bytes = await page.evaluate((t) => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
      .filter((e) => e.responseEnd <= t).reduce((a, e) => a + e.encodedBodySize, 0), t);
    return { t, bytes };
  } finally {
    await context.close();
  }
}

// The viewer's mark: timings.firstDataFrameMs (the animation frame after its first data frame),
// read without calling into the wasm (kpiViewer.presentedMs); then one snapshot says it was data.
function viewerMark() {
  return (window.kpiViewer && window.kpiViewer.presentedMs()) ?? null;
}
function viewerVerify() {
  const s = window.kpiViewer.snapshot();
  return s.dataError ? 'data error: ' + s.dataError : s.ready ? null : 'not ready after its first frame';
}
function peerMark() {
  if (window.peerError) return 'peer error: ' + window.peerError;
  return window.peerCharts === 13 ? window.peerMark : (window.peerCharts ? `peer drew ${window.peerCharts} charts, not 13` : null);
}

export async function benchPeer({ browser, site, device, loads = LOADS }) {
  const peer = buildPeer(site);
  const root = mkdtempSync(join(tmpdir(), 'kpi-bench-'));
  symlinkSync(site, join(root, 'viewer'));
  symlinkSync(peer, join(root, 'peer'));
  const server = await startServer(root, 0);
  const base = `http://127.0.0.1:${server.address().port}/`;
  try {
    const pages = [
      { name: 'viewer', url: base + 'viewer/', mark: viewerMark, verify: viewerVerify, runs: [] },
      { name: 'Chart.js peer', url: base + 'peer/', mark: peerMark, runs: [] },
    ];
    for (const p of pages) await coldLoad(browser, device, p.url, p.mark, p.verify);   // warm-up: the server's gzip cache
    for (let i = 0; i < loads; i++) {
      // Alternate which goes first, so neither always follows the other's leftovers.
      for (const p of i % 2 ? [...pages].reverse() : pages) p.runs.push(await coldLoad(browser, device, p.url, p.mark, p.verify));
    }
    const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const kb = (n) => (n / 1024).toFixed(1) + ' KB';
    console.log(`\n(e) first data on screen, the viewer against a plain Chart.js ${chartVersion()} page (same server, gzip), ${loads} cold loads each at phone size:`);
    const result = {};
    for (const p of pages) {
      const ts = p.runs.map((r) => r.t);
      const bytes = med(p.runs.map((r) => r.bytes));
      result[p.name] = med(ts);
      console.log(`    ${p.name.padEnd(14)} median ${med(ts).toFixed(0).padStart(5)} ms  (range ${Math.min(...ts).toFixed(0)}-${Math.max(...ts).toFixed(0)}: ${ts.map((x) => x.toFixed(0)).join(', ')})` +
        `   bytes before first data ${bytes} (${kb(bytes)} gzip)`);
    }
    const ratio = result.viewer / result['Chart.js peer'];
    console.log(`viewer_vs_peer_ratio: ${ratio.toFixed(2)}   (viewer ${result.viewer.toFixed(0)} ms / peer ${result['Chart.js peer'].toFixed(0)} ms; target <= ${TARGET_RATIO}) ${ratio <= TARGET_RATIO ? 'PASS' : 'OVER'}`);
  } finally {
    server.closeAllConnections();
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
}

const chartVersion = () => JSON.parse(readFileSync(join(CHART, 'package.json'), 'utf8')).version;
