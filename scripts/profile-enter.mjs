// Where Enter's time goes on the big map (see README, Benchmarks): Chromium's own
// per-edit task, script, layout and style times over card edits (click, type, Enter), the
// Enter latency as scripts/bench-workspace.mjs takes it, and a CPU profile summed by
// function (self and inclusive). Usage: node scripts/profile-enter.mjs <dist> [edits];
// NOPROF=1 skips the profile, TRACE=1 writes a Chromium trace to /tmp/prof/trace.json.
import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { serve } from '../tests/e2e/static-server.mjs';
import { WORKSPACE_KEY, bigMap, bigProject, workspaceText } from './bench-map.mjs';
import { summarise } from './profile-summary.mjs';

const dist = process.argv[2];
mkdirSync('/tmp/prof', { recursive: true });
const EDITS = Number(process.argv[3] || 40);
const server = await serve(dist);
const browser = await chromium.launch({
  executablePath: process.env.CX_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1600, height: 1000 } });
const page = await context.newPage();
page.on('pageerror', (e) => console.log('page error:', e.message));
await page.goto(server.url + 'no-app-here');
const text = workspaceText([bigProject('pbench0', 'Bench project 1', bigMap('big0', 'Big workshop map'))]);
await page.evaluate(([k, v]) => localStorage.setItem(k, v), [WORKSPACE_KEY, text]);
await page.goto(server.url);
await page.getByRole('link', { name: 'Bench project 1', exact: true }).click();
await page.getByRole('link', { name: 'Journey maps' }).first().click();
await page.getByRole('link', { name: 'Big workshop map' }).click();
await page.locator('#card-c0').waitFor();
if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
console.log('elements:', await page.evaluate(() => document.querySelectorAll('*').length));
await page.evaluate(() => {
  window.enters = [];
  addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    const t0 = e.timeStamp;
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      const a = document.activeElement;
      if (a && a.classList.contains('card') && !a.querySelector('textarea')) { document.body.getBoundingClientRect(); window.enters.push(performance.now() - t0); }
      else ch.port2.postMessage(0);
    };
    ch.port2.postMessage(0);
  }, true);
});
await page.waitForTimeout(1500);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const ids = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5'];
let profiling = false;
await cdp.send('Performance.enable');
const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
let m0 = null;
for (let i = 0; i < EDITS + 5; i++) {
  if (i === 5 && !process.env.NOPROF) { await cdp.send('Profiler.start'); profiling = true; }
  if (i === 5) m0 = await metrics();
  if (i === 5 && process.env.TRACE) await browser.startTracing(page, { path: '/tmp/prof/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8', 'toplevel', 'disabled-by-default-devtools.timeline.stack', 'disabled-by-default-devtools.timeline.invalidationTracking'] });
  const id = ids[i % ids.length];
  const box = await page.locator(`#card-${id}`).boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + 8);
  await page.waitForFunction((id) => document.activeElement?.matches(`#card-${id} textarea`), id);
  await page.keyboard.press('End');
  await page.keyboard.type(' x');
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === `card-${id}`, id);
  await page.waitForTimeout(300);
}
const m1 = await metrics();
if (process.env.TRACE) await browser.stopTracing();
const per = (k) => ((m1[k] - m0[k]) * 1000 / EDITS).toFixed(1);
console.log(`per edit: task ${per('TaskDuration')} ms, script ${per('ScriptDuration')} ms, layout ${per('LayoutDuration')} ms (${((m1.LayoutCount - m0.LayoutCount) / EDITS).toFixed(1)} layouts), style ${per('RecalcStyleDuration')} ms (${((m1.RecalcStyleCount - m0.RecalcStyleCount) / EDITS).toFixed(1)})`);
const en = await page.evaluate(() => window.enters.slice(5).sort((a, b) => a - b));
console.log(`Enter median ${en[en.length >> 1].toFixed(1)} ms, p95 ${en[Math.floor(en.length * 0.95)].toFixed(1)} ms (n=${en.length})`);
if (process.env.NOPROF) { await browser.close(); process.exit(0); }
const { profile } = await cdp.send('Profiler.stop');
writeFileSync('/tmp/prof/enter.cpuprofile', JSON.stringify(profile));
summarise(profile, EDITS);
await browser.close();
server.close?.();
process.exit(0);
