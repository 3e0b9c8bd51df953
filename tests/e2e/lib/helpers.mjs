// Small helpers shared by links/kiosk/offline/soak tests (the launcher itself is ../browser.mjs).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTIFACTS } from '../browser.mjs';

export const ALL = ['uij-turn', 'digital-innovation', 'ishikari-lifestyle', 'smart-city', 'shin-sapporo'];

export const shot = (page, name) => page.screenshot({ path: join(ARTIFACTS, name + '.png') });

// /favicon.ico 404s are the load test's business (viewer.test.mjs); here only our own problems count.
export const ownConsoleErrors = (v) => v.consoleErrors.filter((m) => !m.includes('/favicon.ico'));

export function noErrors(v, what = '') {
  assert.deepEqual(v.errors, [], `${what} page errors`);
  assert.deepEqual(ownConsoleErrors(v), [], `${what} console errors`);
}

// Open the viewer (openViewer from browser.mjs), run fn, always close the context.
export async function withViewer(openViewer, env, query, device, fn) {
  const v = await openViewer(env, query, device);
  try { return await fn(v); } finally { await v.context.close(); }
}

// Minimal RFC 4180 parser (quoted fields with commas, doubled quotes, CRLF).
export function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

export const readStream = async (stream) => {
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks);
};

// The circled KPI numbers of the report (KPI①…).
export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';

// A number as the viewer writes it (core/format.h): thousands separators, the KPI's decimals.
export function fmt(v, decimals) {
  const [int, frac] = Math.abs(v).toFixed(decimals).split('.');
  return (v < 0 ? '-' : '') + int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
}
