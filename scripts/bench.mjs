// Prints the shell's benchmark figures. Run through scripts/bench (which builds the app,
// the minimal Yew app in bench/minimal-yew and installs twiggy first).
//   sizes:   raw and gzip (level 9) of the wasm, JS and CSS in dist/, against size-budget.json
//   wasm:    its largest contributors (twiggy, on a copy built the same way that keeps names),
//            by function and data segment and by crate
//   load:    navigation start to the first render (the "cx:first-render" mark, set by an
//            effect of the root component once it is on the page), for the app and, in the
//            same run, alternating, for the minimal Yew app (the framework's floor):
//            cold (a fresh browser context each time: no HTTP cache, no service worker) and
//            warm (a context whose first visit installed the service worker; a later visit)
//   storage: the app's own "cx:load" and "cx:save" measures with 200 projects stored
import { launchChromium } from './bench-map.mjs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { serve } from '../tests/e2e/static-server.mjs';
import { KINDS, check, measure, readBudget, toKb } from './size-budget.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const MINIMAL_DIST = join(ROOT, 'bench/minimal-yew/dist');
const RUNS = Number(process.env.CX_BENCH_RUNS || 15);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
const ms = (n) => n.toFixed(2).padStart(8) + ' ms';

// ---- sizes ----
const sum = (files, key) => files.reduce((s, f) => s + f[key], 0);
const sizes = measure(DIST);
const minimalSizes = measure(MINIMAL_DIST);
const budget = readBudget(join(ROOT, 'size-budget.json'));
console.log('Bundle (dist/, loaded at start), gzip level 9; budget: size-budget.json:');
for (const kind of Object.keys(KINDS)) {
  const files = sizes[kind];
  console.log(`  ${kind.padEnd(5)} raw ${kb(sum(files, 'raw'))}   gzip ${kb(sum(files, 'gzip'))}   ` +
    `(limit ${budget.gzip_kb[kind].toFixed(1)} KB; minimal Yew app: gzip ${kb(sum(minimalSizes[kind], 'gzip'))})`);
}
const all = Object.values(sizes).flat();
console.log(`  total raw ${kb(sum(all, 'raw'))}   gzip ${kb(sum(all, 'gzip'))}   ` +
  `(minimal Yew app: gzip ${kb(sum(Object.values(minimalSizes).flat(), 'gzip'))})`);
for (const line of check(sizes, budget)) if (!line.ok) console.log(`  ${line.text}`);
const sw = readFileSync(join(DIST, 'sw.js'));
console.log(`  (service worker, fetched after start: raw ${kb(sw.length)}, gzip ${kb(gzipSync(sw, { level: 9 }).length)})`);

// ---- the wasm's largest contributors ----
// The release wasm has no names, so the same cargo output is put through the same
// wasm-bindgen and wasm-opt level again, with wasm-opt keeping the name section (-g).
const index = readFileSync(join(ROOT, 'index.html'), 'utf8');
const rustLink = index.match(/<link data-trunk rel="rust"[^>]*>/)[0];
const optLevel = rustLink.match(/data-wasm-opt="([^"]+)"/)?.[1] ?? 'z';
const optParams = rustLink.match(/data-wasm-opt-params="([^"]+)"/)?.[1]?.split(/\s+/) ?? [];
const cargoWasm = join(process.env.CX_CARGO_TARGET_DIR || join(ROOT, 'target'),
  'wasm32-unknown-unknown/release/cx-workbench.wasm');
const namesDir = join(ROOT, 'target/bench-names');
mkdirSync(namesDir, { recursive: true });
execFileSync('wasm-bindgen', ['--target=web', `--out-dir=${namesDir}`, '--out-name=cx-workbench',
  '--no-typescript', cargoWasm]);
const named = join(namesDir, 'named.wasm');
execFileSync('wasm-opt', [`-O${optLevel}`, '-g', ...optParams, join(namesDir, 'cx-workbench_bg.wasm'), '-o', named]);
const items = JSON.parse(execFileSync('twiggy', ['top', '--format', 'json', named],
  { maxBuffer: 256 << 20 }).toString());
// The name section is there only for this count: leave it out of every figure.
const counted = items.filter((it) => !/^"name" section|" subsection$/.test(it.name));
const codeBytes = sum(counted, 'shallow_size');
console.log(`\nLargest contributors to the wasm (twiggy 0.8 on a copy that keeps names: ` +
  `${kb(codeBytes)} raw without its names, the release wasm is ${kb(sum(sizes.wasm, 'raw'))}):`);
const pct = (n) => (100 * n / codeBytes).toFixed(1).padStart(5) + ' %';
const short = (name) => (name.length > 110 ? name.slice(0, 107) + '...' : name);
console.log('  top 20 functions and data by own (shallow) size:');
for (const it of counted.slice(0, 20)) console.log(`  ${kb(it.shallow_size)} ${pct(it.shallow_size)}  ${short(it.name)}`);

// By crate: a function's crate is the first path in its name; generic code of the
// standard library (drop glue, Vec, Rc, RefCell, ...) counts to the crate of the first
// type it was made for, as that crate is why it is there.
const STD = new Set(['core', 'alloc', 'std']);
const crateOf = (raw) => {
  const name = raw.replace(/\[[0-9a-f]+\]::/g, '::'); // crate disambiguators: core[c593..]::fmt
  if (/^data segment /.test(name)) return '(data segments: strings, constant tables)';
  // A function component's body is inlined into Yew's view::<COMP> for it.
  if (/^<yew::html::component::lifecycle::CompStateInner<COMP> as [^>]*>::view::/.test(name)) {
    return "(the app's function components: their bodies inlined into Yew's view::<COMP>)";
  }
  if (/^(__wbg_|__wbindgen|__externref|wasm_bindgen::)/.test(name)) return 'wasm_bindgen';
  // Crate roots: the first segment of each path in the name (not `ptr` of `core::ptr`).
  const paths = [...name.matchAll(/(?<![A-Za-z0-9_:])([A-Za-z_][A-Za-z0-9_]*)::/g)].map((m) => m[1]);
  if (paths.length === 0) return '(other: element table, exports, shims, unnamed)';
  return paths.find((p) => !STD.has(p)) ?? paths[0];
};
const crates = new Map();
for (const it of counted) crates.set(crateOf(it.name), (crates.get(crateOf(it.name)) ?? 0) + it.shallow_size);
console.log('  by crate:');
for (const [crate, bytes] of [...crates].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(`  ${kb(bytes)} ${pct(bytes)}  ${crate}`);
}

// ---- cold and warm load, app and minimal Yew app, alternating ----
const server = await serve(DIST);
const minimalServer = await serve(MINIMAL_DIST);
const browser = await launchChromium();
// The first render's time, waited for without running a script of the harness in the
// page while it loads. Playwright's waitForFunction first sends the page its injected
// script (about 330 KB of JavaScript, parsed and run on the page's main thread, about
// 20 ms here): it arrived in the middle of the app's start-up (the minimal app has
// drawn by then) and was counted to the app. A PerformanceObserver sent through the
// DevTools protocol is a few bytes.
async function firstRender(page) {
  const cdp = await page.context().newCDPSession(page);
  const wait = cdp.send('Runtime.evaluate', {
    awaitPromise: true,
    returnByValue: true,
    expression: `new Promise((resolve) => new PerformanceObserver((list, observer) => {
      const mark = list.getEntriesByName('cx:first-render')[0];
      if (mark) { observer.disconnect(); resolve(mark.startTime); }
    }).observe({ type: 'mark', buffered: true }))`,
  });
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${page.url()}: no first render within 30 s`)), 30_000);
  });
  try {
    const { result, exceptionDetails } = await Promise.race([wait, late]);
    if (exceptionDetails) throw new Error(`${page.url()}: ${exceptionDetails.text}`);
    return result.value;
  } finally {
    clearTimeout(timer);
    await cdp.detach().catch(() => {});
  }
}
const timings = (page) => page.evaluate(() => ({
  start: performance.getEntriesByName('cx:start')[0].startTime,
  wasm: performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm')).responseEnd,
  controlled: navigator.serviceWorker.controller !== null,
}));

/** One load to first render: cold in a fresh context, or warm as the second visit of one. */
async function load(url, warm) {
  const context = await browser.newContext({ serviceWorkers: warm ? 'allow' : 'block' });
  try {
    if (warm) {
      const first = await context.newPage();
      await first.goto(url);
      await firstRender(first);
      // Installed: every file precached and the worker active.
      await first.evaluate(() => navigator.serviceWorker.ready);
      await first.close();
    }
    const page = await context.newPage();
    await page.goto(url);
    const render = await firstRender(page);
    const t = await timings(page);
    if (t.controlled !== warm) throw new Error(`${url}: served by the service worker: ${t.controlled}, expected ${warm}`);
    return { render, start: t.start, wasm: t.wasm };
  } finally {
    await context.close();
  }
}

const apps = { app: server.url, minimal: minimalServer.url };
const results = { app: { cold: [], warm: [] }, minimal: { cold: [], warm: [] } };
for (let i = 0; i < RUNS + 1; i++) {
  // Alternating, and each pair in turn first, so a slow spell of the machine falls on both.
  const order = i % 2 ? ['minimal', 'app'] : ['app', 'minimal'];
  for (const mode of ['cold', 'warm']) {
    for (const which of order) {
      const r = await load(apps[which], mode === 'warm');
      if (i > 0) results[which][mode].push(r); // the first round also warms the OS file cache
    }
  }
}
const med = (rs, f) => median(rs.map(f));
const TARGET = { cold: 1.6, warm: 1.4 };
console.log(`\nLoad to first render, median of ${RUNS} (app and minimal Yew app alternating):`);
for (const mode of ['cold', 'warm']) {
  const a = med(results.app[mode], (r) => r.render);
  const m = med(results.minimal[mode], (r) => r.render);
  const ratio = a / m;
  console.log(`  ${mode}: app ${ms(a)}   minimal ${ms(m)}   ratio ${ratio.toFixed(2)}x ` +
    `(target <= ${TARGET[mode]}x: ${ratio <= TARGET[mode] ? 'met' : 'NOT met'})`);
  for (const which of ['app', 'minimal']) {
    const rs = results[which][mode];
    console.log(`    ${which.padEnd(7)} wasm ${mode === 'warm' ? 'from the cache' : 'downloaded'} at ` +
      `${ms(med(rs, (r) => r.wasm))}, running (compiled, instantiated) at ${ms(med(rs, (r) => r.start))}, ` +
      `first render ${ms(med(rs, (r) => r.render - r.start))} later ` +
      `(min ${Math.min(...rs.map((r) => r.render)).toFixed(1)}, max ${Math.max(...rs.map((r) => r.render)).toFixed(1)})`);
  }
}
await minimalServer.close();

// ---- storage with 200 projects ----
const at = '2026-11-24T10:00:00.000Z';
const workspace = {
  settings: { organisation: 'Acme Retail', complaint_model: 'Heat', date_style: 'DayMonthName' },
  projects: Array.from({ length: 200 }, (_, i) => ({
    id: `p${i.toString(16).padStart(12, '0')}`,
    name: `Project ${i + 1}: late deliveries in region ${i % 12}`,
    description: 'Customers report parcels arriving three or more days after the promised date; '
      + 'complaints doubled since the carrier changed. Scope: web and phone orders.',
    created_at: at,
    updated_at: at,
  })),
};
const envelope = JSON.stringify({ schema_version: 2, saved_at: at, app_version: 'bench', writer: 'bench', data: workspace });
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
await page.goto(server.url);
await firstRender(page);
await page.evaluate((text) => localStorage.setItem('cx-workbench:workspace', text), envelope);
const loadTimes = [];
const saveTimes = [];
for (let i = 0; i < RUNS; i++) {
  await page.reload();
  await firstRender(page);
  loadTimes.push(await page.evaluate(() => performance.getEntriesByName('cx:load')[0].duration));
  await page.getByRole('textbox', { name: 'Project name' }).fill(`Bench ${i}`);
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.waitForFunction(() => performance.getEntriesByName('cx:save').length > 0);
  saveTimes.push(await page.evaluate(() => performance.getEntriesByName('cx:save')[0].duration));
  await page.getByRole('button', { name: 'Undo' }).click(); // back to 200 projects
  await page.waitForFunction(() => performance.getEntriesByName('cx:save').length > 1);
}
// Since schema 3 the workspace is an index and a key per project: all of them count.
const stored = await page.evaluate(() => Object.keys(localStorage)
  .filter((k) => k.startsWith('cx-workbench:'))
  .reduce((n, k) => n + k.length + localStorage.getItem(k).length, 0));
console.log(`\nWorkspace of 200 projects (${kb(stored * 2)} stored, median of ${RUNS}):`);
console.log(`  load (read, check version, parse, validate): ${ms(median(loadTimes))}`);
console.log(`  save (conflict check, serialise, write):      ${ms(median(saveTimes))}`);

await browser.close();
await server.close();
