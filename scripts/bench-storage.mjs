// Storage benchmark, in headless Chromium against the release build: the time of the
// real save code (the app's own "cx:save" measure around it) after an edit in one
// project, with 1 and with 24 big projects (each a 60-stage × 12-lane map of 1,000
// cards) in the same run; and the size stored against the plain JSON.
// Each workspace is brought in as a user would: a backup file imported on the Backup
// page (replacing the workspace). The edit is a rename of the first project on its page.
// Run through scripts/bench (which builds first).
import { launchChromium } from './bench-map.mjs';
import { join } from 'node:path';
import { serve } from '../tests/e2e/static-server.mjs';
import { bigData, backupFile } from '../tests/e2e/big-workspace.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const SAVES = 20, WARM_UP = 3;
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]; };
const ms = (n) => `${n.toFixed(2).padStart(7)} ms`;

const server = await serve(DIST);
const browser = await launchChromium();

async function run(projects) {
  const data = bigData({ projects });
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByRole('link', { name: 'Backup' }).click();
  await page.getByLabel('Backup file (.json)').setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(backupFile(data)) });
  await page.getByRole('button', { name: 'Replace the whole workspace…' }).click({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Yes, replace the workspace' }).click();
  await page.getByText('All changes saved').waitFor({ timeout: 60_000 });
  const firstSave = await page.evaluate(() => performance.getEntriesByName('cx:save').at(-1).duration);
  const size = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cx-workbench:'))
    .reduce((n, k) => n + k.length + localStorage.getItem(k).length, 0));

  await page.goto(server.url + '#/project/p0');
  await page.getByRole('button', { name: 'Edit name and description' }).waitFor();
  const times = [];
  for (let i = 0; i < WARM_UP + SAVES; i++) {
    const before = await page.evaluate(() => performance.getEntriesByName('cx:save').length);
    await page.getByRole('button', { name: 'Edit name and description' }).click();
    await page.getByRole('textbox', { name: 'Project name' }).fill(`Renamed for the bench, take ${i}`);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForFunction((n) => performance.getEntriesByName('cx:save').length > n, before);
    const t = await page.evaluate(() => performance.getEntriesByName('cx:save').at(-1).duration);
    if (i >= WARM_UP) times.push(t);
  }
  const alerts = await page.getByRole('alert').count();
  if (alerts) throw new Error(`${alerts} alert(s) on the page after the saves`);
  await context.close();
  return { times, size, plain: JSON.stringify(data).length, firstSave };
}

const one = await run(1);
const many = await run(24);
await browser.close();
await server.close();

const median = (xs) => pct(xs, 0.5);
console.log('\nStorage: save after renaming one project (the app\'s "cx:save" measure; release build, headless Chromium)');
console.log('| Workspace | Saves | Median | p95 | Max | Target |');
console.log('|---|---|---|---|---|---|');
for (const [label, r, target] of [['1 big project', one, ''], ['24 big projects', many, 'median ≤ 5 ms']]) {
  console.log(`| ${label} | ${r.times.length} | ${ms(median(r.times))} | ${ms(pct(r.times, 0.95))} | ${ms(Math.max(...r.times))} | ${target} |`);
}
const ratio = median(many.times) / median(one.times);
console.log(`Ratio of medians, 24 projects / 1 project: ${ratio.toFixed(2)} (target ≤ 1.5)`);
console.log(`First save after the import (every project written): 1 project ${ms(one.firstSave)}, 24 projects ${ms(many.firstSave)}`);
console.log('| Workspace | Plain JSON (characters) | Stored (UTF-16 units, keys included) | Stored / plain |');
console.log('|---|---|---|---|');
for (const [label, r] of [['1 big project', one], ['24 big projects', many]]) {
  console.log(`| ${label} | ${r.plain} | ${r.size} | ${(r.size / r.plain).toFixed(3)} |`);
}
