// The screen-reader mirror: what the canvas shows, as text, links and tables in a hidden <main>.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openViewer, PHONE, KIOSK, settle } from './browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const mirror = (page) => page.evaluate(() => {
  const m = document.getElementById('a11y');
  return {
    text: m.innerText || m.textContent,
    links: [...m.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    tables: [...m.querySelectorAll('table')].map((t) => [...t.rows].map((r) => [...r.cells].map((c) => c.textContent))),
    hidden: getComputedStyle(m).clip !== 'auto' || m.getBoundingClientRect().width <= 1,
    canvasHidden: document.getElementById('canvas').getAttribute('aria-hidden'),
  };
});

test('overview mirror: title, summary and a link per project; the canvas is hidden from screen readers', async () => {
  const v = await openViewer(env, '', KIOSK);
  try {
    await settle(v.page);
    const m = await mirror(v.page);
    assert.match(m.text, /札幌市 地方創生関連交付金事業のKPI/);
    assert.match(m.text, /KPI 13件：達成 2・未達成 4・実績なし 3・目標なし 4/);
    assert.deepEqual(m.links, ['?project=uij-turn', '?project=digital-innovation', '?project=ishikari-lifestyle',
      '?project=smart-city', '?project=shin-sapporo']);
    assert.equal(m.hidden, true, 'visually hidden');
    assert.equal(m.canvasHidden, 'true');
    assert.deepEqual(v.errors, []);
  } finally { await v.context.close(); }
});

test('project mirror: every KPI as a table with the report numbers, "—" for missing; follows language', async () => {
  const v = await openViewer(env, '?project=smart-city&lang=en', PHONE);
  try {
    await settle(v.page);
    const m = await mirror(v.page);
    assert.equal(m.tables.length, 3);
    const downloads = m.tables[1];
    assert.deepEqual(downloads[0], ['FY', 'Plan', 'Actual', '%', 'Status']);
    assert.deepEqual(downloads[1].slice(0, 3), ['Baseline', '3,000', '3,000']);
    assert.deepEqual(downloads[2], ['FY2022 (R4)', '23,000', '4,320', '19%', 'Not met']);
    assert.deepEqual(downloads[3].slice(0, 3), ['FY2023 (R5)', '31,000', '—']);
    assert.equal(m.links[0], '?lang=en', 'back link keeps the language');
  } finally { await v.context.close(); }
});
