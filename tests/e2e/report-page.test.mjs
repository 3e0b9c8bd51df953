// The standalone report page `make site` writes beside each dataset (data/NAME.html, `kpi-tool html`,
// src/core/document.h): opened from file:// in Chromium it requests nothing, axe-core finds no
// WCAG 2.2 A/AA violation at phone and desktop width, and printed to an A4 PDF (background graphics
// off, the default) every number of every KPI is in the PDF's text under its KPI; its KPI tables are
// the viewer's (the tables the viewer gives screen readers). The site's catalog lists the pages, and
// the viewer's service worker lets them open as pages of their own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { launch, openViewer, settle, SITE, ARTIFACTS, PHONE } from './browser.mjs';
import { fmt, CIRCLED } from './lib/helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, screen: { width: 1920, height: 1080 } };
const DATA = JSON.parse(readFileSync('data/sapporo.json', 'utf8'));
const PAGES = { ja: join(SITE, 'data', 'sapporo.html'), en: join(SITE, 'data', 'sapporo.en.html') };

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });


// Every KPI of the dataset in document order, with the numbers its table shows.
function kpis() {
  const out = [];
  for (const prog of DATA.programs)
    for (const p of prog.projects)
      for (const k of p.kpis) {
        const nums = [k.baseline?.plan, k.baseline?.actual, ...k.years.flatMap((y) => [y.plan, y.actual])]
          .filter((v) => v !== null && v !== undefined).map((v) => fmt(v, k.decimals || 0));
        out.push({ project: p.id, no: k.no, heading: `KPI${CIRCLED[k.no - 1]}${k.name.ja}`, nums });
      }
  return out;
}

// Open a report page from file:// and record every request the page makes.
async function openFile(path, device) {
  const context = await env.browser.newContext(device);
  const page = await context.newPage();
  const requests = [], errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const url = pathToFileURL(path).href;
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300);   // anything lazy (a font, an image) would ask by now
  return { context, page, url, requests, errors };
}

test('the request watch sees what a page asks for from file:// (so "no request" below means something)', async () => {
  const probe = join(ARTIFACTS, 'report-page-probe.html');
  writeFileSync(probe, '<!doctype html><html lang="en"><title>probe</title><link rel="stylesheet" href="probe-missing.css"><p>x</p>');
  const v = await openFile(probe, DESKTOP);
  try {
    assert.ok(v.requests.some((u) => u.endsWith('/probe-missing.css')), `seen: ${v.requests.join(' ')}`);
  } finally { await v.context.close(); }
});

test('the report page opens from file:// with no request and no error, axe-core 0 violations (ja and en, phone and desktop)', async () => {
  for (const [lang, path] of Object.entries(PAGES)) {
    assert.ok(existsSync(path), `${path}: written by make site`);
    for (const [dname, device] of [['390', PHONE], ['desktop', DESKTOP]]) {
      const v = await openFile(path, device);
      try {
        assert.deepEqual(v.requests.filter((u) => u !== v.url), [], `${lang} ${dname}: no request but the page itself`);
        assert.deepEqual(v.errors, [], `${lang} ${dname}: errors`);
        const info = await v.page.evaluate(() => ({
          lang: document.documentElement.lang,
          scripts: document.scripts.length,
          h1: [...document.querySelectorAll('h1')].map((h) => h.textContent),
          tables: document.querySelectorAll('table').length,
          charts: [...document.querySelectorAll('svg.kpi-chart')].map((s) => s.getAttribute('role')),
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        }));
        assert.equal(info.lang, lang);
        assert.equal(info.scripts, 0);
        assert.equal(info.h1.length, 1);
        assert.equal(info.charts.length, 13);
        assert.ok(info.charts.every((r) => r === 'img'));
        assert.ok(info.overflow <= 0, `${lang} ${dname}: no sideways scrolling (${info.overflow} px)`);
        await v.page.evaluate(AXE);   // through the DevTools protocol: the page itself runs no script
        const res = await v.page.evaluate(() => window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }));
        const bad = res.violations.map((x) => `${x.id}: ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        assert.deepEqual(bad, [], `${lang} ${dname}`);
        assert.ok(res.passes.some((p) => p.id === 'color-contrast'), 'axe checked the contrast');
        await v.page.screenshot({ path: join(ARTIFACTS, `report-page-${lang}-${dname}.png`), fullPage: true });
      } finally { await v.context.close(); }
    }
  }
});

test('printed to A4 (background graphics off), the PDF holds every number of every KPI under its KPI', async () => {
  const v = await openFile(PAGES.ja, DESKTOP);
  const pdf = join(ARTIFACTS, 'report-page-ja.pdf');
  try {
    writeFileSync(pdf, await v.page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true }));
  } finally { await v.context.close(); }
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
  assert.ok(pages >= 4 && pages <= 30, `page count: ${pages}`);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  // Headings and captions may wrap: find each KPI by its text with the white space taken out,
  // then look for its numbers as whole words between it and the next KPI.
  const flat = [];
  const offsets = [];   // flat index -> text index
  for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i])) { flat.push(text[i]); offsets.push(i); }
  const joined = flat.join('');
  const list = kpis();
  assert.equal(list.length, 13);
  let cursor = 0;
  const starts = list.map((k) => {
    const at = joined.indexOf(k.heading.replace(/\s/g, ''), cursor);
    assert.ok(at >= 0, `${k.project} KPI${k.no}: heading "${k.heading}" in the PDF's text, in order`);
    cursor = at + 1;
    return offsets[at];
  });
  let checked = 0;
  list.forEach((k, i) => {
    const words = new Set(text.slice(starts[i], i + 1 < list.length ? starts[i + 1] : text.length).split(/[\s（）()%]+/));
    for (const n of k.nums) {
      assert.ok(words.has(n), `${k.project} KPI${k.no}: ${n} in the PDF under its KPI`);
      checked++;
    }
  });
  assert.ok(checked >= 50, `numbers checked: ${checked}`);
  assert.match(text, /未達成/);
  assert.match(text, /2026年11月29日/);
  // Page 1 rendered: a printed sheet, not a dark or an empty one.
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '30', '-f', '1', '-l', '1', pdf], { maxBuffer: 1 << 24 });
  const header = pgm.toString('latin1', 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+255\s/);
  assert.ok(header, 'pdftoppm wrote a PGM');
  const pixels = pgm.subarray(header[0].length);
  const mean = pixels.reduce((a, b) => a + b, 0) / pixels.length;
  const ink = pixels.filter((p) => p < 128).length / pixels.length;
  assert.ok(mean > 180, `page 1 is not dark (mean ${mean.toFixed(0)})`);
  assert.ok(ink > 0.01, `page 1 is not empty (${(ink * 100).toFixed(1)} % ink)`);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, join(ARTIFACTS, 'report-page-ja-a4')]);
});

test('the catalog lists each report page; over HTTP with the viewer\'s service worker it opens as itself', async () => {
  const catalog = JSON.parse(readFileSync(join(SITE, 'data', 'index.json'), 'utf8'));
  const entry = catalog.datasets.find((d) => d.name === 'sapporo');
  assert.deepEqual(entry.report, { ja: 'sapporo.html', easy: 'sapporo.easy.html', en: 'sapporo.en.html' });
  for (const f of Object.values(entry.report)) assert.ok(existsSync(join(SITE, 'data', f)), f);
  const v = await openViewer(env, '', DESKTOP);
  try {
    await v.page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30000 });
    await v.page.goto(env.base + 'data/sapporo.html');
    const h1 = await v.page.evaluate(() => document.querySelector('h1')?.textContent);
    assert.equal(h1, DATA.title.ja, 'the report page, not the viewer');
    const link = await v.page.evaluate(() => document.querySelector('a.live')?.getAttribute('href'));
    assert.equal(link, '../?data=sapporo');
  } finally { await v.context.close(); }
});

test('the report page\'s KPI tables are the viewer\'s: the same rows and cells as the tables the viewer gives screen readers (ja and en)', async () => {
  const rowsOf = (tables) => tables.map((t) => [...t.querySelectorAll('tr')].map((r) => [...r.cells].map((c) => c.textContent.trim())));
  for (const [lang, path] of Object.entries(PAGES)) {
    const doc = await openFile(path, DESKTOP);
    try {
      for (const prog of DATA.programs)
        for (const p of prog.projects) {
          const mine = await doc.page.evaluate(([id, n]) => {
            const out = [];
            for (let no = 1; no <= n; no++) {
              const t = document.querySelector(`#kpi-${id}-${no} table`);
              out.push(t ? [...t.querySelectorAll('tr')].map((r) => [...r.cells].map((c) => c.textContent.trim())) : null);
            }
            return out;
          }, [p.id, p.kpis.length]);
          const v = await openViewer(env, `?project=${p.id}&lang=${lang}`, DESKTOP);
          try {
            await settle(v.page);
            const viewer = await v.page.evaluate(() => [...document.querySelectorAll('table')]
              .map((t) => [...t.querySelectorAll('tr')].map((r) => [...r.cells].map((c) => c.textContent.trim()))));
            assert.equal(viewer.length, p.kpis.length, `${lang} ${p.id}: the viewer's tables`);
            assert.deepEqual(mine, viewer, `${lang} ${p.id}: report page vs viewer`);
          } finally { await v.context.close(); }
        }
    } finally { await doc.context.close(); }
  }
});
