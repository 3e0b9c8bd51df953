// Screenshots of the main views from two builds of the site, compared byte for byte: a refactor
// that keeps behaviour keeps every pixel.
//   node scripts/compare-screens.mjs BEFORE_SITE AFTER_SITE
// Each view is opened in a fresh context of one Chromium, at the phone (390x844 at 3x) or kiosk
// (1920x1080) size (the kiosk with reduced motion: its tour scrolls by the clock otherwise), settled (no frame drawn for a few animation frames), then shot. Exits 1 when
// any pair differs; both PNGs of a differing pair stay in build/e2e-artifacts/compare-screens/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, openViewer, settle, PHONE, KIOSK, ARTIFACTS } from '../tests/e2e/browser.mjs';

const VIEWS = [
  ['overview-phone', '', PHONE],
  ['overview-en-phone', '?lang=en', PHONE],
  ['project-phone', '?project=smart-city', PHONE],
  ['kpi-phone', '?project=smart-city&kpi=2', PHONE],
  ['compare-phone', '?view=compare', PHONE],
  ['filters-phone', '?status=not-met&era=western', PHONE],
  ['overview-kiosk-size', '', KIOSK],
  ['kpi-kiosk-size', '?project=digital-innovation&kpi=1', KIOSK],
  ['kiosk', '?kiosk=1&rotate=600', { ...KIOSK, reducedMotion: 'reduce' }],
  ['embed', '?project=smart-city&kpi=2&embed=1', PHONE],
  ['project-en-western-kiosk-size', '?project=uij-turn&lang=en&era=western', KIOSK],
];

// One fixed port for both sites: the kiosk's QR code carries the page's address.
const PORT = 8791;

async function shoot(root) {
  const env = await launch({ root, port: PORT });
  const shots = new Map();
  try {
    for (const [name, query, device] of VIEWS) {
      const v = await openViewer(env, query, device);
      try {
        await settle(v.page, 6);
        shots.set(name, await v.page.screenshot());
      } finally { await v.context.close(); }
    }
  } finally { await env.close(); }
  return shots;
}

const [before, after] = process.argv.slice(2).map((p) => resolve(p));
if (!before || !after) {
  console.error('usage: node scripts/compare-screens.mjs BEFORE_SITE AFTER_SITE');
  process.exit(2);
}
const a = await shoot(before), b = await shoot(after);
const out = join(ARTIFACTS, 'compare-screens');
mkdirSync(out, { recursive: true });
let differ = 0;
for (const [name] of VIEWS) {
  const same = a.get(name).equals(b.get(name));
  console.log(`${same ? 'same     ' : 'DIFFERENT'} ${name} (${a.get(name).length} / ${b.get(name).length} bytes)`);
  if (!same) {
    differ++;
    writeFileSync(join(out, name + '.before.png'), a.get(name));
    writeFileSync(join(out, name + '.after.png'), b.get(name));
  }
}
console.log(differ ? `${differ} of ${VIEWS.length} views differ (see ${out})` : `all ${VIEWS.length} views byte-identical`);
process.exit(differ ? 1 : 0);
