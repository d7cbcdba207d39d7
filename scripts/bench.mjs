// Prints the shell's benchmark figures. Run through scripts/bench (which builds first).
//   sizes:  raw and gzip (level 9) of the wasm, JS and CSS in dist/
//   load:   navigation start to the app's first render ("cx:first-render" mark), cold
//           (a fresh browser context each time: no HTTP cache, no service worker)
//   storage: the app's own "cx:load" and "cx:save" measures with 200 projects stored
import { chromium } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { serve } from '../tests/e2e/static-server.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const RUNS = Number(process.env.CX_BENCH_RUNS || 15);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
const ms = (n) => n.toFixed(2).padStart(8) + ' ms';

// ---- sizes ----
const files = readdirSync(DIST).filter((f) => statSync(join(DIST, f)).isFile());
const groups = { wasm: /\.wasm$/, js: /\.js$/, css: /\.css$/ };
let totalRaw = 0;
let totalGz = 0;
console.log('Bundle (dist/, loaded at start):');
for (const [kind, re] of Object.entries(groups)) {
  let raw = 0;
  let gz = 0;
  for (const f of files.filter((f) => re.test(f) && f !== 'sw.js')) {
    const data = readFileSync(join(DIST, f));
    raw += data.length;
    gz += gzipSync(data, { level: 9 }).length;
  }
  totalRaw += raw;
  totalGz += gz;
  console.log(`  ${kind.padEnd(5)} raw ${kb(raw)}   gzip ${kb(gz)}`);
}
console.log(`  total raw ${kb(totalRaw)}   gzip ${kb(totalGz)}   (target: <= 150 KB gzip)`);
const sw = readFileSync(join(DIST, 'sw.js'));
console.log(`  (service worker, fetched after start: raw ${kb(sw.length)}, gzip ${kb(gzipSync(sw, { level: 9 }).length)})`);

// ---- browser ----
const server = await serve(DIST);
const browser = await chromium.launch({
  executablePath: process.env.CX_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const firstRender = (page) =>
  page.waitForFunction(() => performance.getEntriesByName('cx:first-render')[0]?.startTime, null, { timeout: 30_000 })
    .then((h) => h.jsonValue());

const loads = [];
const starts = [];
const wasmDone = [];
for (let i = 0; i < RUNS + 1; i++) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(server.url);
  const t = await firstRender(page);
  const parts = await page.evaluate(() => ({
    start: performance.getEntriesByName('cx:start')[0].startTime,
    wasm: performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm')).responseEnd,
  }));
  if (i > 0) { // the first load also warms the OS file cache
    loads.push(t);
    starts.push(parts.start);
    wasmDone.push(parts.wasm);
  }
  await context.close();
}
console.log(`\nCold load to first render (median of ${RUNS}): ${ms(median(loads))}   ` +
  `(min ${Math.min(...loads).toFixed(1)}, max ${Math.max(...loads).toFixed(1)}; target: <= 150 ms)`);
console.log(`  of which: wasm downloaded at ${ms(median(wasmDone))}, wasm running (compiled, instantiated) at ` +
  `${ms(median(starts))}, then the app's first render took ${ms(median(loads.map((l, i) => l - starts[i])))}`);

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
const stored = await page.evaluate(() => localStorage.getItem('cx-workbench:workspace').length);
console.log(`\nWorkspace of 200 projects (${kb(stored * 2)} stored, median of ${RUNS}):`);
console.log(`  load (read, check version, parse, validate): ${ms(median(loadTimes))}`);
console.log(`  save (conflict check, serialise, write):      ${ms(median(saveTimes))}`);

await browser.close();
await server.close();
