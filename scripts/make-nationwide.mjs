// Write a synthetic nationwide-size dataset (kpi-report/1) for benchmarks and scale tests: every
// municipality's grant projects in one file. Deterministic (a seeded generator), so two runs give
// the same bytes; generated at bench/test time and never committed.
//   default shape: 1,741 municipalities x 5 projects x 3 KPIs x 5 years, five programs
//   (8,705 projects, 26,115 KPIs, about 12-13 MB), shaped like the real report: some "—" (null)
//   plans and actuals, joint applications with partners, notes, a few long summaries.
//   --catalog INDEX.json also writes a site catalog (kpi-catalog/1, as `kpi-tool catalog` writes it)
//   listing one dataset per municipality (c0001 … c1741, files that are not written: for the
//   dataset picker's benchmark) after the entries of INDEX.json when it exists, and NAME (OUT's name).
// Usage: node scripts/make-nationwide.mjs OUT.json [--cities N] [--projects-per-city N] [--kpis N] [--catalog INDEX.json]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const args = process.argv.slice(2);
const out = args[0];
if (!out || out.startsWith('--')) {
  console.error('usage: make-nationwide.mjs OUT.json [--cities N] [--projects-per-city N] [--kpis N] [--catalog INDEX.json]');
  process.exit(2);
}
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i > 0 ? Number(args[i + 1]) : fallback;
};
const CITIES = option('--cities', 1741);
const PER_CITY = option('--projects-per-city', 5);
const KPIS = option('--kpis', 3);
const YEARS = 5;

// mulberry32: small, fast, and the same sequence on every machine.
let seed = 0x4b5049;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const text = (ja, en) => ({ ja, en });

const KANJI = ['北', '南', '東', '西', '山', '川', '田', '野', '原', '島', '浜', '松', '杉', '森', '岡', '沢', '宮', '高', '大', '小',
  '石', '岩', '井', '本', '中', '上', '下', '富', '福', '吉', '長', '広', '美', '桜', '若', '新', '古', '白', '黒', '青'];
const ROMAJI = ['kita', 'minami', 'higashi', 'nishi', 'yama', 'kawa', 'ta', 'no', 'hara', 'shima', 'hama', 'matsu', 'sugi', 'mori',
  'oka', 'sawa', 'miya', 'taka', 'o', 'ko', 'ishi', 'iwa', 'i', 'moto', 'naka', 'kami', 'shimo', 'tomi', 'fuku', 'yoshi', 'naga',
  'hiro', 'mi', 'sakura', 'waka', 'shin', 'furu', 'shiro', 'kuro', 'ao'];
const KIND = [['市', 'City'], ['町', 'Town'], ['村', 'Village']];
const THEMES = [
  ['スマートシティ推進', 'smart city promotion'], ['移住定住支援', 'relocation and settlement support'],
  ['観光DX推進', 'tourism digital transformation'], ['子育て支援拠点整備', 'child-rearing support centres'],
  ['地域公共交通再編', 'local public transport redesign'], ['農林水産業の担い手育成', 'training farm, forest and fishery workers'],
  ['中心市街地にぎわい創出', 'reviving the town centre'], ['脱炭素まちづくり', 'decarbonised town planning'],
  ['スマート農業実証', 'smart farming trial'], ['関係人口創出', 'building ties with non-residents'],
  ['創業支援', 'start-up support'], ['健康づくり推進', 'health promotion'],
];
const KPI_KINDS = [
  ['参加者数', 'participants', '人', 'people'], ['新規就業者数', 'new workers', '人', 'people'],
  ['観光入込客数', 'visitors', '千人', 'thousand people'], ['導入事業者数', 'businesses taking part', '社', 'companies'],
  ['利用件数', 'uses', '件', 'cases'], ['満足度', 'satisfaction', '%', '%'], ['売上額', 'sales', '百万円', 'million yen'],
];
const PROGRAMS = [
  [2019, 'suishin', '地方創生推進交付金', 'Regional Revitalisation Promotion Grant'],
  [2020, 'kyoten', '地方創生拠点整備交付金', 'Regional Revitalisation Base Development Grant'],
  [2021, 'digital', 'デジタル田園都市国家構想推進交付金', 'Digital Garden City Nation Grant'],
  [2022, 'dx', 'デジタル田園都市国家構想交付金（地方創生推進タイプ）', 'Digital Garden City Nation Grant (promotion type)'],
  [2023, 'new', '新しい地方経済・生活環境創生交付金', 'New Regional Economy and Living Environment Grant'],
];

const cities = [];
const used = new Set();
for (let c = 0; c < CITIES; ++c) {
  let ja, en;
  do {
    const a = Math.floor(random() * KANJI.length), b = Math.floor(random() * KANJI.length);
    const [kj, ke] = KIND[random() < 0.45 ? 0 : random() < 0.8 ? 1 : 2];
    ja = KANJI[a] + KANJI[b] + kj;
    en = ROMAJI[a][0].toUpperCase() + ROMAJI[a].slice(1) + ROMAJI[b] + ' ' + ke;
  } while (used.has(ja) && used.size < KANJI.length * KANJI.length * 3);
  used.add(ja);
  cities.push({ ja, en });
}

function kpi(no, first_fy) {
  const [nja, nen, uja, uen] = pick(KPI_KINDS);
  const percent = uja === '%';
  const base = percent ? 40 + Math.floor(random() * 40) : Math.floor(10 + random() * 2000);
  const years = [];
  for (let y = 0; y < YEARS; ++y) {
    const plan = percent ? Math.min(100, base + 5 * (y + 1)) : Math.round(base * (1 + 0.1 * (y + 1)));
    const roll = random();
    // Like the real report: some years have no plan (—), later years no actual yet, a few shortfalls.
    const actual = y >= YEARS - 1 && roll < 0.5 ? null : Math.round(plan * (0.6 + random() * 0.7));
    years.push({ fy: first_fy + y, plan: roll < 0.08 ? null : plan, actual });
  }
  return {
    no, name: text(nja, nen[0].toUpperCase() + nen.slice(1)), unit: text(uja, uen), decimals: 0,
    direction: 'increase', baseline: { plan: null, actual: percent ? base : null }, years, notes: [],
  };
}

const programs = PROGRAMS.map(([fy, slug, ja, en]) => ({
  id: `fy${fy}-${slug}`, adopted_fy: fy, name: text(ja, en),
  funding: text('1/2国費', 'Half funded by the national government'),
  period: text(`R${fy - 2018}年度から5年間実施`, `Implemented for 5 years from FY${fy}`),
  notes: [], projects: [],
}));

let serial = 0;
cities.forEach((city, c) => {
  for (let j = 0; j < PER_CITY; ++j) {
    const program = programs[(c + j) % programs.length];
    const [tja, ten] = pick(THEMES);
    const joint = random() < 0.25;
    const partners = joint ? [cities[(c + 1 + Math.floor(random() * 7)) % cities.length]] : [];
    const long = random() < 0.05;
    const summary = `${city.ja}の${tja}に取り組み、地域の課題解決と活性化を図る。` +
      (long ? '関係機関と連携し、計画の進み具合を毎年度検証して、必要に応じて取組を見直す。'.repeat(3) : '');
    program.projects.push({
      id: `c${String(c + 1).padStart(4, '0')}-p${j + 1}-${++serial}`,
      name: text(`${city.ja} ${tja}事業`, `${city.en}: ${ten} project`),
      application: joint ? 'joint' : 'single',
      partners: partners.map((p) => text(p.ja, p.en)),
      summary: text(summary, `${city.en} works on ${ten} to solve local issues.`),
      notes: random() < 0.1 ? [text('※ 実績は速報値', '* Actuals are preliminary')] : [],
      kpis: Array.from({ length: KPIS }, (_, k) => kpi(k + 1, program.adopted_fy)),
    });
  }
});

const dataset = {
  format: 'kpi-report/1',
  title: text('全国 地方創生関連交付金事業のKPI（合成データ）', 'Nationwide KPIs of regional revitalisation grant projects (synthetic)'),
  publisher: text('全国（合成データ）', 'Nationwide (synthetic)'),
  source: { title: text('ベンチマーク用に生成したデータ', 'Generated for benchmarks'), url: '' },
  as_of: '2026-03-31',
  notes: [text('※ 性能測定のための合成データです。', '* Synthetic data for performance measurement.')],
  programs,
};
const json = JSON.stringify(dataset);
writeFileSync(out, json);
const kpis = programs.reduce((n, p) => n + p.projects.reduce((m, q) => m + q.kpis.length, 0), 0);
console.log(`${out}: ${serial} projects, ${kpis} KPIs, ${(json.length / 1e6).toFixed(1)} MB (JS chars)`);

const catalogOut = args.includes('--catalog') ? args[args.indexOf('--catalog') + 1] : null;
if (catalogOut) {
  const before = existsSync(catalogOut) ? JSON.parse(readFileSync(catalogOut, 'utf8')).datasets : [];
  const name = basename(out, '.json');
  const entries = [...before.filter((e) => e.name !== name),
    { name, publisher: dataset.publisher, title: dataset.title, as_of: dataset.as_of, projects: serial, kpis }];
  cities.forEach((city, c) => entries.push({
    name: `c${String(c + 1).padStart(4, '0')}`, publisher: text(city.ja, city.en),
    title: text(`${city.ja} 地方創生関連交付金事業のKPI`, `${city.en}: KPIs of regional revitalisation grants`),
    as_of: dataset.as_of, projects: PER_CITY, kpis: PER_CITY * KPIS,
  }));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  writeFileSync(catalogOut, JSON.stringify({ format: 'kpi-catalog/1', datasets: entries }, null, 1) + '\n');
  console.log(`${catalogOut}: ${entries.length} datasets`);
}
