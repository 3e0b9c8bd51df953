// What `make site` must produce: the first-frame font subset covers every character the UI can draw
// before data arrives (its strings, core's era names), the page ships its CSP, the catalog exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE } from './browser.mjs';
import { pngPixel } from './lib/helpers.mjs';

test('the first-frame font subset holds every UI string and every era name core can write', () => {
  const chars = new Set(readFileSync(join(SITE, 'fonts', '.ui-subset-chars.txt'), 'utf8'));
  const strings = readFileSync('src/core/strings.cpp', 'utf8');
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

// The release kpi_viewer.js is minified by Closure Compiler, which renames what it does not know.
// Every name the EM_JS code shares with the page's scripts (window.kpi*: kpiGlue.*, kpiWeb.*,
// kpiPrint.*, kpiShare.*) must be in web/closure-externs.js, and must come out of the compiler with
// its own spelling.
test('the minified kpi_viewer.js keeps every name it shares with the page\'s scripts (web/*.js)', () => {
  const externs = readFileSync('web/closure-externs.js', 'utf8');
  const built = readFileSync(join(SITE, 'kpi_viewer.js'), 'utf8');
  const platform = execFileSync('sh', ['-c', 'cat src/platform/*.cpp'], { encoding: 'utf8' });
  const shared = new Set();
  for (const m of platform.matchAll(/window\.(kpi\w+)(?:\.(\w+))?/g)) {
    shared.add(m[1]);
    if (m[2]) shared.add(`${m[1]}.${m[2]}`);
  }
  for (const name of ['kpiGlue.fetchFile', 'kpiWeb.semantics', 'kpiPrint.print', 'kpiShare.downloadCanvasPng'])
    assert.ok(shared.has(name), `found ${name} among the shared names in src/platform`);
  for (const name of shared) {
    const [obj, prop] = name.split('.');
    const declared = prop ? new RegExp(`^${obj}\\.${prop} =`, 'm') : new RegExp(`^var ${obj};`, 'm');
    assert.match(externs, declared, `${name} is declared in web/closure-externs.js`);
    assert.ok(built.includes(prop ? `.${prop}` : obj), `${name} kept its spelling in the built kpi_viewer.js`);
  }
  assert.ok(built.length < 40000, `kpi_viewer.js is minified (${built.length} B)`);
});

// The palette (src/core/palette.h) is the only source of colour: the site's style.css is the block
// `kpi-tool palette --css` writes followed by web/style.css (which has no colour of its own:
// tests/source/test_palette.cpp), and the images are drawn in the same palette — not stale copies.
const KPI_TOOL = process.env.KPI_TOOL || 'build/native/kpi-tool';


test('the site\'s colours are the palette: style.css starts with its generated block, the images are drawn in it', () => {
  const generated = execFileSync(KPI_TOOL, ['palette', '--css'], { encoding: 'utf8' });
  assert.equal(readFileSync(join(SITE, 'style.css'), 'utf8'), generated + readFileSync('web/style.css', 'utf8') + readFileSync('web/first-screen.css', 'utf8'));
  const palette = JSON.parse(execFileSync(KPI_TOOL, ['palette', '--json'], { encoding: 'utf8' }));
  assert.deepEqual(JSON.parse(readFileSync(join(SITE, '.palette.json'), 'utf8')), palette);
  const accent = palette.accent.slice(0, 3);
  for (const f of ['og-image.png', 'icon-192.png', 'icon-512.png', 'icon-maskable-512.png'])
    assert.deepEqual(pngPixel(readFileSync(join(SITE, f)), 0, 0), accent, `${f}: background is the palette's accent`);
  assert.deepEqual(pngPixel(readFileSync(join(SITE, 'og-image.png')), 600, 100), palette.card.slice(0, 3), 'og-image.png: the card');
  const hex = (c) => '#' + c.slice(0, 3).map((v) => v.toString(16).padStart(2, '0')).join('');
  assert.match(readFileSync(join(SITE, 'index.html'), 'utf8'), new RegExp(`<meta name="theme-color" content="${hex(palette.accent)}">`));
  const manifest = JSON.parse(readFileSync(join(SITE, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.theme_color, hex(palette.accent));
  assert.equal(manifest.background_color, hex(palette.page));
});
