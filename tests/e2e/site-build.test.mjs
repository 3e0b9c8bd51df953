// What `make site` must produce: the first-frame font subset covers every character the UI can draw
// before data arrives (its strings, core's era names), the page ships its CSP, the catalog exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE } from './browser.mjs';

test('the first-frame font subset holds every UI string and every era name core can write', () => {
  const chars = new Set(readFileSync(join(SITE, 'fonts', '.ui-chars.txt'), 'utf8'));
  const strings = readFileSync('src/ui/strings.cpp', 'utf8');
  const quoted = [...strings.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]).join('');
  const missing = [...new Set(quoted)].filter((c) => c.trim() && !chars.has(c));
  assert.deepEqual(missing, [], 'UI string characters missing from the subset');
  for (const c of '平成令和元年度') assert.ok(chars.has(c), `era character ${c}`);
});

test('the page ships a Content-Security-Policy and the site has its catalog', () => {
  const html = readFileSync(join(SITE, 'index.html'), 'utf8');
  assert.match(html, /http-equiv="Content-Security-Policy"[^>]*script-src 'self' 'wasm-unsafe-eval'/);
  const catalog = JSON.parse(readFileSync(join(SITE, 'data', 'index.json'), 'utf8'));
  assert.equal(catalog.format, 'kpi-catalog/1');
});
