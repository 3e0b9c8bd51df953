// The browser tests' shared helpers, one home (the launcher and page driving are ../browser.mjs):
// sessions, error checks, CSV and PNG reading, the viewer's number format.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { ARTIFACTS, openViewer } from '../browser.mjs';

export const ALL = ['uij-turn', 'digital-innovation', 'ishikari-lifestyle', 'smart-city', 'shin-sapporo'];

export const shot = (page, name) => page.screenshot({ path: join(ARTIFACTS, name + '.png') });

// /favicon.ico 404s are the load test's business (viewer.test.mjs); here only our own problems count.
export const ownConsoleErrors = (v) => v.consoleErrors.filter((m) => !m.includes('/favicon.ico'));

// No page error and no console error. `favicon`: a /favicon.ico 404 counts too (the load test's check).
export function noErrors(v, what = '', { favicon = false } = {}) {
  assert.deepEqual(v.errors, [], `${what} page errors`);
  assert.deepEqual(favicon ? v.consoleErrors : ownConsoleErrors(v), [], `${what} console errors`);
}

// Open the viewer in `env` (launch() from browser.mjs), run fn, always close the context.
export async function withViewer(env, query, device, fn) {
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

// The RGB of pixel (x, y) of a PNG (8-bit RGB or RGBA). Rows must be unfiltered (scripts/make-images.py
// writes them so), except that the first pixel of the first row reads the same under every filter
// (a 1x1 screenshot's only pixel).
export function pngPixel(png, x = 0, y = 0) {
  let pos = 8, width = 0, channels = 3;
  const idat = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos), type = png.toString('latin1', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') { width = data.readUInt32BE(0); channels = data[9] === 6 ? 4 : 3; }
    if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const row = y * (1 + channels * width);
  assert.ok(raw[row] === 0 || (x === 0 && y === 0), `PNG row ${y} is filtered (type ${raw[row]}); pngPixel reads unfiltered rows`);
  const i = row + 1 + channels * x;
  return [raw[i], raw[i + 1], raw[i + 2]];
}
