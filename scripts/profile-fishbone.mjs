// Where a key's time goes in the fishbone outline (360 causes, as scripts/bench-fishbone.mjs
// builds it): a CPU profile over Enter presses, summed by function (self and inclusive).
// Usage: node scripts/profile-fishbone.mjs <dist> [presses] [Enter|Tab|type|none]; ONE=1
// clicks one cause before all the keys, NOPROF=1 prints Chromium's own times alone, TRACE=1
// writes a trace to /tmp/prof/fishbone-trace.json. Use a build whose wasm
// keeps its names (see README, Benchmarks) for readable function names.
import { mkdirSync, writeFileSync } from 'node:fs';
import { openWithFishbone } from './bench-fishbone-data.mjs';
import { summarise } from './profile-summary.mjs';

const dist = process.argv[2];
const PRESSES = Number(process.argv[3] || 30);
const KEY = process.argv[4] || 'Enter';
mkdirSync('/tmp/prof', { recursive: true });
const { server, browser, context, page } = await openWithFishbone(dist, '#/project/pbench/fishbones/fbench');
await page.waitForSelector('.fb-picture g.cause');
await page.waitForTimeout(1000);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Performance.enable');
const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
let m0 = null;
for (let i = 0; i < PRESSES + 3; i++) {
  if (i === 3 && !process.env.NOPROF) await cdp.send('Profiler.start');
  if (i === 3) m0 = await metrics();
  if (i === 3 && process.env.TRACE) await browser.startTracing(page, { path: '/tmp/prof/fishbone-trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8', 'toplevel'] });
  // Each key in a cause of its own, clicked first; with ONE=1, one click before all (so
  // the profile holds the keys alone: Enter then adds cause after cause).
  if (!process.env.ONE || i === 0) {
    await page.locator('.fb-category').nth(i % 8).locator('input.fb-cause__text').nth(3).click();
    await page.waitForTimeout(200);
  }
  if (KEY === 'none') { /* the click alone */ } else if (KEY === 'type') await page.keyboard.type('N');
  else await page.keyboard.press(KEY);
  await page.waitForTimeout(200);
  if (KEY === 'Tab') { await page.keyboard.press('Shift+Tab'); await page.waitForTimeout(200); }
}
const m1 = await metrics();
if (process.env.TRACE) await browser.stopTracing();
const per = (k) => ((m1[k] - m0[k]) * 1000 / PRESSES).toFixed(1);
const count = (k) => ((m1[k] - m0[k]) / PRESSES).toFixed(1);
console.log(`per click and ${KEY}: task ${per('TaskDuration')} ms, script ${per('ScriptDuration')} ms, ` +
  `layout ${per('LayoutDuration')} ms (${count('LayoutCount')} layouts), style ${per('RecalcStyleDuration')} ms (${count('RecalcStyleCount')})`);
if (!process.env.NOPROF) {
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync('/tmp/prof/fishbone.cpuprofile', JSON.stringify(profile));
  summarise(profile, PRESSES);
}
await browser.close();
await server.close();
