// Print from the viewer (src/app/printing.cpp, web/print.js, web/print.css): the browser's print
// (beforeprint) and the share panel's Print control print the current view — overview with its
// filters, a project, a KPI, compare; its language — as the document renderer's A4 handout, never the
// canvas: every number of the KPIs in view is in the PDF's text under its KPI, page 1 is a printed
// sheet (not dark, not empty) and its QR code decodes to the view's link. It works the same without
// WebGL, where the document of the current view is the page itself (a normal page: the keyboard
// scrolls it). The share panel's SVG of a chart has the document's bars; the footer's
// 「印刷用・テキスト版」 link is a real href to the report page make site writes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openViewer, settle, waitSettled, findTarget, click, scrollToTarget, SITE, ARTIFACTS, PHONE, KIOSK } from './browser.mjs';
import { shot, noErrors, fmt, CIRCLED } from './lib/helpers.mjs';

const DATA = JSON.parse(readFileSync('data/sapporo.json', 'utf8'));
const DESKTOP = { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, screen: { width: 1920, height: 1080 }, acceptDownloads: true };

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const text = (t, lang) => t[lang] ?? t.ja;

// The KPIs a view shows, in order, each with its heading and the numbers the printed page must hold.
function kpisOf({ lang = 'ja', projects = null, kpi = null, fy = null }) {
  const out = [];
  for (const prog of DATA.programs)
    for (const p of prog.projects) {
      if (projects && !projects.includes(p.id)) continue;
      for (const k of p.kpis) {
        if (kpi && k.no !== kpi) continue;
        const d = k.decimals || 0;
        let values;
        if (fy) {   // compare: that year's plan and actual
          const y = k.years.find((y) => y.fy === fy);
          values = y ? [y.plan, y.actual] : [];
        } else {
          values = [k.baseline?.plan, k.baseline?.actual, ...k.years.flatMap((y) => [y.plan, y.actual])];
        }
        // (In the compare table a long name wraps beside the row's numbers: its start is what is looked for.)
        const name = fy ? text(k.name, lang).slice(0, 12) : text(k.name, lang);
        out.push({ where: `${p.id} KPI${k.no}`, heading: `KPI${CIRCLED[k.no - 1]}${name}`,
          nums: values.filter((v) => v !== null && v !== undefined).map((v) => fmt(v, d)) });
      }
    }
  return out;
}

// Print the page as Chromium's print to PDF does (A4, background graphics off) and read it back.
async function printToPdf(page, name) {
  const pdf = join(ARTIFACTS, `print-${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true }));
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }));
  const txt = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', pdf, join(ARTIFACTS, `print-${name}-p1`)]);
  return { pdf, pages, width: Number(size[1]), height: Number(size[2]), text: txt };
}

// Every KPI's heading in order in the PDF's text, its numbers as whole words between it and the next.
function checkNumbers(txt, list, what) {
  const flat = [], offsets = [];
  for (let i = 0; i < txt.length; i++) if (!/\s/.test(txt[i])) { flat.push(txt[i]); offsets.push(i); }
  const joined = flat.join('');
  let cursor = 0;
  const starts = list.map((k) => {
    const at = joined.indexOf(k.heading.replace(/\s/g, ''), cursor);
    assert.ok(at >= 0, `${what}: ${k.where} heading "${k.heading}" in the PDF's text, in order`);
    cursor = at + 1;
    return offsets[at];
  });
  let checked = 0;
  list.forEach((k, i) => {
    const words = new Set(txt.slice(starts[i], i + 1 < list.length ? starts[i + 1] : txt.length).split(/[\s（）()%]+/));
    for (const n of k.nums) { assert.ok(words.has(n), `${what}: ${k.where}: ${n} in the PDF under its KPI`); checked++; }
  });
  return checked;
}

// Page 1: a printed sheet (light, with ink) whose QR code decodes to the view's link.
function checkPageOne(pdf, url, what) {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '50', '-f', '1', '-l', '1', pdf], { maxBuffer: 1 << 24 });
  const header = pgm.toString('latin1', 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+255\s/);
  assert.ok(header, 'pdftoppm wrote a PGM');
  const pixels = pgm.subarray(header[0].length);
  const mean = pixels.reduce((a, b) => a + b, 0) / pixels.length;
  const ink = pixels.filter((p) => p < 128).length / pixels.length;
  assert.ok(mean > 180, `${what}: page 1 is not dark (mean ${mean.toFixed(0)})`);
  assert.ok(ink > 0.01, `${what}: page 1 is not empty (${(ink * 100).toFixed(1)} % ink)`);
  const png = join(ARTIFACTS, `print-${what}-qr`);
  execFileSync('pdftoppm', ['-png', '-r', '200', '-f', '1', '-l', '1', '-singlefile', pdf, png]);
  const codes = execFileSync('zbarimg', ['--raw', '-q', '-Sdisable', '-Sqrcode.enable', png + '.png'], { encoding: 'utf8' })
    .split('\n').filter(Boolean);
  assert.deepEqual(codes, [url], `${what}: the printed QR code is the view's link`);
}

// Ask the page to print as Ctrl+P does (the browser fires beforeprint) and wait for the document.
async function beforePrint(page) {
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction(() => document.querySelector('#print-doc article.kpi-doc'), null, { timeout: 5000 });
}

const VIEWS = [
  { name: 'overview-joint', query: '?app=joint', pages: [2, 12],
    list: kpisOf({ projects: DATA.programs.flatMap((g) => g.projects).filter((p) => p.application === 'joint').map((p) => p.id) }),
    absent: ['スマートシティ'] },
  { name: 'project', query: '?project=smart-city', pages: [1, 6], list: kpisOf({ projects: ['smart-city'] }) },
  { name: 'kpi-en', query: '?project=smart-city&kpi=2&lang=en', pages: [1, 3],
    list: kpisOf({ lang: 'en', projects: ['smart-city'], kpi: 2 }), words: ['Not met', 'Sapporo'] },
  { name: 'compare', query: '?view=compare&fy=2022', pages: [1, 8], list: kpisOf({ fy: 2022 }) },
];

for (const view of VIEWS) {
  test(`Ctrl+P (beforeprint) on ${view.name} prints the view as an A4 document: its numbers, a QR code of its link`, async () => {
    const v = await openViewer(env, view.query, DESKTOP);
    try {
      const s = await settle(v.page);
      await beforePrint(v.page);
      const r = await printToPdf(v.page, view.name);
      assert.ok(Math.abs(r.width - 595) < 2 && Math.abs(r.height - 842) < 2, `A4 portrait (${r.width} x ${r.height})`);
      assert.ok(r.pages >= view.pages[0] && r.pages <= view.pages[1], `page count ${r.pages} in ${view.pages}`);
      const n = checkNumbers(r.text, view.list, view.name);
      assert.ok(n >= 4, `numbers checked: ${n}`);
      for (const w of view.words || []) assert.ok(r.text.includes(w), `${view.name}: "${w}" printed`);
      for (const w of view.absent || []) assert.ok(!r.text.includes(w), `${view.name}: "${w}" (filtered out) not printed`);
      assert.ok(r.text.replace(/\s/g, '').includes(s.url), `${view.name}: the link is written out (${s.url})`);
      checkPageOne(r.pdf, s.url, view.name);
      // After printing, the container is empty again (no second copy of the view for screen readers).
      assert.equal(await v.page.evaluate(() => document.querySelectorAll('#print-doc *').length), 0);
      noErrors(v);
    } finally { await v.context.close(); }
  });
}

test('the share panel\'s Print asks the browser to print, with the current view\'s document in place', async () => {
  const v = await openViewer(env, '?project=uij-turn', KIOSK);
  try {
    // (Headless Chromium has no print dialog: record the call instead.)
    await v.page.evaluate(() => { window.kpiPrinted = 0; window.print = () => { window.kpiPrinted++; }; });
    await settle(v.page);
    await click(v, 'share', { scroll: -1 });
    await waitSettled(v.page, (s) => !!findTarget(s, 'share:print'));
    await click(v, 'share:print');
    await v.page.waitForFunction(() => window.kpiPrinted === 1, null, { timeout: 5000 });
    const h1 = await v.page.evaluate(() => document.querySelector('#print-doc h1')?.textContent);
    assert.equal(h1, DATA.programs.flatMap((g) => g.projects).find((p) => p.id === 'uij-turn').name.ja);
    const s = await settle(v.page);
    const r = await printToPdf(v.page, 'share-print');
    checkNumbers(r.text, kpisOf({ projects: ['uij-turn'] }), 'share-print');
    checkPageOne(r.pdf, s.url, 'share-print');
    noErrors(v);
  } finally { await v.context.close(); }
});

test('without WebGL: the page is the document of the current view, scrolls with the keyboard, and prints', async () => {
  const nogl = await launch({ args: ['--disable-webgl', '--disable-3d-apis'] });
  try {
    const v = await openViewer(nogl, '?project=smart-city', PHONE);
    try {
      const { page } = v;
      assert.equal(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2')), false);
      await page.waitForSelector('#print-doc h1', { state: 'visible', timeout: 15000 });
      const r = await page.evaluate(() => ({
        h1: document.querySelector('#print-doc h1').textContent,
        main: document.querySelector('#print-doc').getAttribute('role'),
        charts: document.querySelectorAll('#print-doc svg.kpi-chart').length,
        tables: document.querySelectorAll('#print-doc table').length,
        sem: getComputedStyle(document.getElementById('sem')).display,
        canvas: getComputedStyle(document.getElementById('canvas')).display,
        note: getComputedStyle(document.getElementById('nogl-note')).display,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));
      assert.equal(r.h1, DATA.programs.flatMap((g) => g.projects).find((p) => p.id === 'smart-city').name.ja);
      assert.equal(r.main, 'main');
      assert.equal(r.charts, 3);
      assert.equal(r.tables, 3);
      assert.equal(r.sem, 'none', 'the HTML twins are not the page');
      assert.equal(r.canvas, 'none');
      assert.notEqual(r.note, 'none', 'the page says why');
      assert.ok(r.overflow <= 0, `no sideways scrolling at 390 px (${r.overflow} px)`);
      await shot(page, 'print-no-webgl-phone');
      // A normal page: PageDown and the arrow keys scroll it.
      await page.keyboard.press('PageDown');
      await page.waitForFunction(() => window.scrollY > 100, null, { timeout: 5000 });
      const y = await page.evaluate(() => window.scrollY);
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction((y) => window.scrollY > y, y, { timeout: 5000 });
      // Printing it: the same document, with the link and QR code of the view.
      const s = await settle(page);
      await beforePrint(page);
      const p = await printToPdf(page, 'no-webgl');
      checkNumbers(p.text, kpisOf({ projects: ['smart-city'] }), 'no-webgl');
      checkPageOne(p.pdf, s.url, 'no-webgl');
      // After printing the page shows its screen document again.
      assert.equal(await page.evaluate(() => document.querySelector('#print-doc h1')?.textContent), r.h1);
      noErrors(v);
    } finally { await v.context.close(); }
  } finally { await nogl.close(); }
});

// The bars of a chart SVG: [class, data-fy, x, y, width, height] of each rect.bar.
function bars(svg) {
  return [...svg.matchAll(/<rect class="bar (plan|actual)"([^>]*)>/g)].map((m) => [m[1],
    ...['data-fy', 'x', 'y', 'width', 'height'].map((a) => new RegExp(`\\s${a}="([^"]*)"`).exec(m[2])?.[1])]);
}

test('the share panel\'s SVG of the selected chart: the document\'s bars, and it says what it shows', async () => {
  const v = await openViewer(env, '?project=smart-city&kpi=2', { ...KIOSK, acceptDownloads: true });
  try {
    const { page } = v;
    await waitSettled(page, (s) => s.selection.kpi === 2);
    await click(v, 'share', { scroll: -1 });
    await waitSettled(page, (s) => !!findTarget(s, 'share:svg'));
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }), click(v, 'share:svg')]);
    assert.equal(download.suggestedFilename(), 'kpi-sapporo-smart-city-kpi2.svg');
    const svg = readFileSync(await download.path(), 'utf8');
    await download.saveAs(join(ARTIFACTS, 'print-share-chart.svg'));
    assert.match(svg, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const k = DATA.programs.flatMap((g) => g.projects).find((p) => p.id === 'smart-city').kpis[1];
    const s = await settle(page);
    for (const part of ['KPI②', '札幌市', '単位', '計画', '実績', '当初値', '出典', s.asOf, k.unit.ja])
      assert.ok(svg.includes(part), `the SVG says ${part}`);
    const fromFile = bars(svg);
    assert.ok(fromFile.length >= 4, `bars drawn: ${fromFile.length}`);
    await beforePrint(page);
    const doc = await page.evaluate(() => document.querySelector('#print-doc svg.kpi-chart').outerHTML);
    assert.deepEqual(fromFile, bars(doc), 'the same bars as the document\'s chart');
    // It is a picture an image viewer opens: the browser renders it on its own.
    const img = await page.evaluate(async (text) => {
      const i = new Image();
      i.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
      await i.decode();
      return [i.naturalWidth, i.naturalHeight];
    }, svg);
    assert.ok(img[0] >= 480 && img[1] >= 300, `SVG renders (${img})`);
    noErrors(v);
  } finally { await v.context.close(); }
});

test('every view\'s footer links to the text version: data/NAME.html (NAME.en.html in English), a real href', async () => {
  for (const [query, href] of [['', 'data/sapporo.html'], ['?project=smart-city', 'data/sapporo.html'],
    ['?view=compare&lang=en', 'data/sapporo.en.html'], ['?project=uij-turn&kpi=1&lang=en', 'data/sapporo.en.html']]) {
    const v = await openViewer(env, query, DESKTOP);
    try {
      await settle(v.page);
      await scrollToTarget(v, 'report:open', { step: 600, max: 40 });   // (at the foot of the content)
      await v.page.waitForFunction(() => document.querySelector('#sem a[data-id="report:open"]'), null, { timeout: 5000 });
      const a = await v.page.evaluate(() => {
        const el = document.querySelector('#sem a[data-id="report:open"]');
        return { href: el.getAttribute('href'), text: el.textContent };
      });
      assert.equal(a.href, href, `${query || 'overview'}: the link's href`);
      assert.equal(a.text, href.includes('.en.') ? 'Text version' : '印刷用・テキスト版');
      assert.ok(existsSync(join(SITE, href)), `${href} exists in the site`);
      if (query === '?project=smart-city') {
        // Pressed on the canvas, it opens that page.
        await Promise.all([v.page.waitForURL(/\/data\/sapporo\.html$/, { timeout: 10000 }), click(v, 'report:open')]);
        assert.equal(await v.page.evaluate(() => document.querySelector('h1')?.textContent), DATA.title.ja);
      }
      noErrors(v);
    } finally { await v.context.close(); }
  }
});
