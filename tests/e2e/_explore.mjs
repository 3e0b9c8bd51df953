import { launch, openViewer, PHONE, KIOSK, click, tap, waitSnap, settle, findTarget, waitSettled, scrollBy } from './browser.mjs';
const env = await launch();
const p = await openViewer(env, '', PHONE);
await p.page.exposeFunction('logSnap', (x) => console.log(x));
await p.page.evaluate(() => {
  const t0 = performance.now();
  const c = document.getElementById('canvas');
  for (const ev of ['pointerdown','pointermove','pointerup','pointercancel']) c.addEventListener(ev, e => logSnap(`${(performance.now()-t0).toFixed(0)} ${ev} ${e.pointerType} ${e.clientY.toFixed(1)}`));
  let last = -1; const f = () => { const s = window.kpiViewer.snapshot(); if (s.framesRendered !== last) { last = s.framesRendered; logSnap(`${(performance.now()-t0).toFixed(0)} frame ${s.framesRendered} uij=${JSON.stringify(s.targets.find(t=>t.id==='project:uij-turn'))}`); } requestAnimationFrame(f); }; f(); });
console.log('--- scroll');
await scrollBy(p, 300);
console.log('--- settled');
await env.close();
