// The viewer on a generated nationwide-size dataset (scripts/make-nationwide.mjs: 8,705 projects,
// 26,115 KPIs, ~13 MB; made here, never committed): a deep link near the end lands on its KPI;
// search and filters give the same projects, in the same order, and the same counts as a plain
// reading of the file; nothing is drawn while nothing happens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, openViewer, waitSettled, settle, findTarget, SITE, KIOSK } from './browser.mjs';

let root, env, data;
before(async () => {
  root = mkdtempSync(join(tmpdir(), 'kpi-scale-'));
  cpSync(SITE, root, { recursive: true });
  execFileSync(process.execPath, [resolve('scripts/make-nationwide.mjs'), join(root, 'data', 'nationwide.json')]);
  data = JSON.parse(readFileSync(join(root, 'data', 'nationwide.json'), 'utf8'));
  env = await launch({ root });
});
after(async () => {
  await env?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

// The reference: the file read plainly, in file order.
const projects = () => data.programs.flatMap((prog) => prog.projects.map((p) => ({ prog, p })));
const texts = (t) => Object.values(t || {});
function searchable({ prog, p }) {
  return [p.name, p.summary, p.kpi_scope, prog.name, ...p.kpis.map((k) => k.name), ...(p.partners || [])].flatMap(texts).join('\n');
}
const ids = (rows) => rows.map(({ p }) => p.id);

async function open(query) {
  const v = await openViewer(env, query, KIOSK);
  assert.equal((await v.snapshot()).dataError, null);
  return v;
}

test('nationwide: a deep link to a KPI of a project near the end lands on it', { timeout: 120000 }, async () => {
  const all = projects();
  const { p } = all[all.length - 3];
  const v = await open(`?data=nationwide&project=${p.id}&kpi=3`);
  try {
    // (Settled with the heading on screen: the page may still be laying out, or reflowing in the
    // full font that this dataset's kanji bring, when it first reports ready.)
    const onScreen = (s) => s.targets.some((t) => t.id === 'kpi:3' && t.y >= 0 && t.y < 1080 / 2);
    const s = await waitSettled(v.page, (s) => s.ready && s.selection.kpi === 3 && onScreen(s), null, 60000);
    assert.deepEqual(s.selection, { project: p.id, kpi: 3 });
    assert.deepEqual(s.chart.rows, p.kpis[2].years.map((y) => ({ fy: y.fy, plan: y.plan, actual: y.actual })));
    const k = findTarget(s, 'kpi:3');
    assert.ok(k && k.y >= 0 && k.y < 1080 / 2, `the linked KPI is scrolled into view (heading at y=${k && k.y})`);
    // This dataset's kanji bring the full font after the first view, and the text reflows in it:
    // the linked KPI stays in view.
    const after = await waitSettled(v.page, (s) => s.fontsComplete, null, 60000);
    const k2 = findTarget(after, 'kpi:3');
    assert.ok(k2 && k2.y >= 0 && k2.y < 1080 / 2, `after the full font, the linked KPI is still in view (y=${k2 && k2.y})`);
    assert.deepEqual(s.notices, []);
    assert.deepEqual(v.errors, []);
  } finally {
    await v.context.close();
  }
});

test('nationwide: search and filters give the projects and counts a plain reading of the file gives', { timeout: 180000 }, async () => {
  const all = projects();
  const cases = [
    ['q=スマート', all.filter((r) => searchable(r).includes('スマート'))],
    ['app=joint', all.filter(({ p }) => p.application === 'joint')],
    ['grant=2021&unit=%E4%BA%BA', all.filter(({ prog, p }) => prog.adopted_fy === 2021 && p.kpis.some((k) => k.unit.ja === '人'))],
    ['q=スマート&app=joint', all.filter((r) => r.p.application === 'joint' && searchable(r).includes('スマート'))],
  ];
  for (const [query, expected] of cases) {
    assert.ok(expected.length > 100 && expected.length < all.length, `${query}: a real subset (${expected.length})`);
    const v = await open(`?data=nationwide&${query}`);
    try {
      const s = await settle(v.page, 3, 60000);
      assert.deepEqual(s.visibleProjects, ids(expected), `${query}: the same projects in file order`);
      // Counts beside the choices: what each would leave with the other filters as they are.
      const joint = findTarget(s, 'filter:app:joint');
      const withJoint = query.includes('app=joint') ? expected
        : expected.filter(({ p }) => p.application === 'joint');
      assert.ok(joint, 'the joint-application chip is drawn');
      assert.ok(joint.name.includes(`(${withJoint.length})`), `${query}: joint chip "${joint.name}" counts ${withJoint.length}`);
      assert.ok(s.targets.filter((t) => t.id.startsWith('project:')).length < 60, 'only the cards near the screen are drawn');
      assert.deepEqual(v.errors, []);
    } finally {
      await v.context.close();
    }
  }
});

test('nationwide: after loading, nothing is drawn while nothing happens', { timeout: 120000 }, async () => {
  const v = await open('?data=nationwide');
  try {
    // (Other kanji than Sapporo's bring the full font after the first view: wait for it to be drawn.)
    await waitSettled(v.page, (s) => s.fontsComplete, null, 60000);
    const s = await settle(v.page, 3, 60000);
    // 120 of the browser's animation frames (about 2 s) with no frame of the viewer's.
    const drawn = await v.page.evaluate(() => new Promise((done) => {
      const f0 = window.kpiViewer.snapshot().framesRendered;
      let ticks = 0;
      const tick = () => (++ticks >= 120 ? done(window.kpiViewer.snapshot().framesRendered - f0) : requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    }));
    assert.equal(drawn, 0, `frames drawn while idle: ${drawn}`);
    assert.ok(s.framesRendered > 0);
  } finally {
    await v.context.close();
  }
});

test('nationwide: Tab walks on through the projects past the part first drawn, each focused card on screen', { timeout: 180000 }, async () => {
  const all = projects();
  const v = await open('?data=nationwide');
  try {
    await settle(v.page, 3, 60000);
    const first = `glance:${all[0].p.id}`;
    await v.page.evaluate((id) => document.querySelector(`[data-id="${id}"]`).focus(), first);
    // 150 rows: more than the three screens drawn at a time.
    const STEPS = 150;
    for (let i = 1; i <= STEPS; i++) {
      await v.page.keyboard.press('Tab');
      const id = await v.page.evaluate(() => document.activeElement?.dataset?.id ?? null);
      assert.equal(id, `glance:${all[i].p.id}`, `Tab ${i} moves to the next project's row`);
    }
    const s = await waitSettled(v.page, (s, id) => s.focus === id && s.targets.some((t) => t.id === id), `glance:${all[STEPS].p.id}`);
    const t = findTarget(s, `glance:${all[STEPS].p.id}`);
    assert.ok(t.y >= 0 && t.y + t.h <= 1080, `the focused row is on screen (y=${t.y})`);
    assert.deepEqual(v.errors, []);
  } finally {
    await v.context.close();
  }
});
