// KPI import benchmark: a 1,000,000-row survey CSV (date, 0–10 score, channel; about
// 18 MB) imported and reduced to NPS with intervals by month and channel
//   - by the app's own code (wasm) in a headless Chromium page,
//   - by Papa Parse 5 with a plain JavaScript aggregation over the same bytes, same page,
//   - natively (same Rust, `cargo run --release --example kpi_import_bench`),
// and the end-to-end time in the app from choosing the file to the figures shown.
// Run through scripts/bench (which builds first).
import { launchChromium } from './bench-map.mjs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../tests/e2e/static-server.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const ROWS = Number(process.env.CX_BENCH_ROWS || 1_000_000);
const OUT = join(ROOT, 'target', 'bench');
mkdirSync(OUT, { recursive: true });
const CSV = join(OUT, `survey-${ROWS}.csv`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n) => `${n.toFixed(1).padStart(8)} ms`;

// Native figure, and the file itself (deterministic generator in the example).
const native = execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'kpi_import_bench', String(ROWS), CSV], {
  cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
});
const nativeMs = Number(/median ([\d.]+) ms/.exec(native)[1]);
const mb = statSync(CSV).size / 1e6;

const server = await serve(DIST, { extraFiles: { 'bench/survey.csv': CSV } });
const browser = await launchChromium();

// ---- same page: wasm vs Papa Parse ----
// bypassCSP only so the benchmark can inject Papa Parse into the app's page.
const context = await browser.newContext({ serviceWorkers: 'block', bypassCSP: true });
const page = await context.newPage();
await page.goto(server.url);
await page.waitForFunction(() => window.wasmBindings && performance.getEntriesByName('cx:first-render').length);
await page.addScriptTag({ path: join(ROOT, 'node_modules', 'papaparse', 'papaparse.min.js') });
const inPage = await page.evaluate(async () => {
  const bytes = new Uint8Array(await (await fetch('bench/survey.csv')).arrayBuffer());
  const wasm = [];
  let summary = '';
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    summary = window.wasmBindings.measure_survey_import(bytes);
    if (i > 0) wasm.push(performance.now() - t); // the first run warms up the compiler
  }
  // Papa Parse + plain JavaScript: same bytes, same result (NPS with adjusted-Wald 95%
  // intervals by month and by month × channel).
  const papaRun = () => {
    const text = new TextDecoder().decode(bytes);
    const rows = Papa.parse(text, { skipEmptyLines: true }).data;
    const cells = new Map();
    for (let i = 1; i < rows.length; i++) {
      const [date, scoreText, channel] = rows[i];
      const score = Number(scoreText);
      if (!Number.isInteger(score) || score < 0 || score > 10 || !/^\d{4}-\d{2}-\d{2}/.test(date)) continue;
      const month = date.slice(0, 7);
      for (const key of [month, `${month}|${channel}`]) {
        let c = cells.get(key);
        if (!c) cells.set(key, (c = { p: 0, d: 0, n: 0 }));
        c.n++;
        if (score >= 9) c.p++;
        else if (score <= 6) c.d++;
      }
    }
    const out = [];
    for (const [key, c] of cells) {
      const n = c.n + 3, pp = (c.p + 0.75) / n, pd = (c.d + 0.75) / n;
      const se = Math.sqrt((pp + pd - (pp - pd) ** 2) / n);
      out.push([key, 100 * (c.p - c.d) / c.n, 100 * (pp - pd - 1.959964 * se), 100 * (pp - pd + 1.959964 * se)]);
    }
    return out.length;
  };
  const papa = [];
  let papaFigures = 0;
  for (let i = 0; i < 4; i++) {
    const t = performance.now();
    papaFigures = papaRun();
    if (i > 0) papa.push(performance.now() - t);
  }
  return { wasm, papa, summary, papaFigures };
});
await context.close();

// ---- end to end in the app: choose the file, import, figures shown ----
const e2e = await browser.newContext({ serviceWorkers: 'block' });
const app = await e2e.newPage();
await app.goto(server.url);
await app.getByRole('textbox', { name: 'Project name' }).fill('Benchmark');
await app.getByRole('button', { name: 'Create project' }).click();
await app.getByRole('link', { name: 'Benchmark' }).click();
await app.getByRole('link', { name: 'KPIs' }).click();
let t = Date.now();
await app.getByLabel('Survey file (.csv)').setInputFiles(CSV);
await app.getByRole('button', { name: 'Import', exact: true }).waitFor();
const toPreview = Date.now() - t;
let progressSeen = 0;
const watcher = setInterval(() => app.locator('progress').count().then((n) => { progressSeen += n; }).catch(() => {}), 10);
t = Date.now();
await app.getByRole('button', { name: 'Import', exact: true }).click();
await app.getByText(`Imported ${ROWS} answers`).waitFor({ timeout: 120_000 });
await app.getByRole('table', { name: 'NPS by month' }).waitFor();
const toFigures = Date.now() - t;
clearInterval(watcher);
await e2e.close();
await browser.close();
await server.close();

const wasmMs = median(inPage.wasm);
const papaMs = median(inPage.papa);
console.log(`\nSurvey import: ${ROWS} rows, ${mb.toFixed(1)} MB -> NPS with 95% intervals by month and channel`);
console.log(`  app (wasm) in the page:     ${ms(wasmMs)}   (median of 5; target <= 100 ms)`);
console.log(`  Papa Parse 5 + plain JS:    ${ms(papaMs)}   (median of 3, same page, same bytes)`);
console.log(`  native (same Rust):         ${ms(nativeMs)}`);
console.log(`  wasm is ${(papaMs / wasmMs).toFixed(1)}x faster than Papa Parse (target >= 10x) and ` +
  `${(wasmMs / nativeMs).toFixed(2)}x the native time (target <= 2x)`);
console.log(`  end to end in the app: file chosen -> preview ${ms(toPreview)}; Import -> figures shown ${ms(toFigures)}` +
  ` (progress bar seen: ${progressSeen > 0 ? 'yes' : 'no'})`);
console.log(`  (wasm result: ${inPage.summary.slice(0, 140)}…; Papa figures: ${inPage.papaFigures})`);
