// Fishbone benchmark, in headless Chromium against the release build: a diagram of
// 8 categories × 15 causes × 3 levels (360 causes).
//   - layout and first render: a click on the diagram's link → the picture in the page
//     (every cause laid out, those near the view drawn), and → the next frame;
//   - keys in the outline that change the diagram: Enter (a new cause after this one),
//     Tab (nest it), Shift+Tab (back out), each from the keydown (captured before the
//     app's handlers) to the first task at which the picture shows the change, with
//     layout forced there;
//   - typing a character in a cause's field: keydown → the first task after it.
// Target (issue "Root-cause analysis"): first render ≤ 50 ms; a key → the diagram
// updated ≤ 16 ms at the 95th percentile. Run through scripts/bench (which builds first).
import { join } from 'node:path';
import { pct, ms } from './bench-map.mjs';
import { CATEGORIES, PER, LEVELS, openWithFishbone } from './bench-fishbone-data.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const ROUNDS = 20;

const { server, browser, page } = await openWithFishbone(DIST, '#/project/pbench/fishbones');
await page.waitForSelector('a[href$="/fishbones/fbench"]');
const CAUSES = CATEGORIES * PER * LEVELS;

// ---- layout and first render ----
const renders = [], frames = [];
for (let i = 0; i < 12; i++) {
  const r = await page.evaluate(async (want) => {
    const link = document.querySelector('a[href$="/fishbones/fbench"]');
    const t0 = performance.now();
    link.click();
    // Laid out whole (the description counts every cause), drawn near the view.
    const done = () => document.querySelector('.fb-picture desc')?.textContent.includes(`${want} causes`)
      && document.querySelector('.fb-picture g.cause');
    while (!done()) await new Promise((r) => setTimeout(r, 0));
    document.body.getBoundingClientRect();
    const render = performance.now() - t0;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return { render, frame: performance.now() - t0 };
  }, CAUSES);
  if (i > 0) { renders.push(r.render); frames.push(r.frame); } // the first warms up
  await page.evaluate(() => { location.hash = '#/project/pbench/fishbones'; });
  await page.waitForSelector('a[href$="/fishbones/fbench"]');
}
await page.evaluate(() => { location.hash = '#/project/pbench/fishbones/fbench'; });
await page.waitForSelector('.fb-picture g.cause');

// The cause whose field has focus, and its piece in the picture.
await page.evaluate(() => {
  window.focusedCause = () => document.activeElement?.getAttribute('data-cause');
  window.drawnAt = (id, depth) => !!id && !!document.querySelector(`.fb-picture g[data-cause="${id}"][data-depth="${depth}"]`);
});

// ---- keys that change the diagram ----
// The time of a key: keydown → the first task at which `done()` holds (the picture
// shows the change), with layout forced there.
await page.evaluate(() => {
  window.keyTimes = [];
  addEventListener('keydown', (e) => {
    if (!window.wantDone) return;
    const t0 = e.timeStamp;
    const done = window.wantDone;
    window.wantDone = null;
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      const took = performance.now() - t0;
      if (done() || took > 5_000) { document.body.getBoundingClientRect(); window.keyTimes.push({ ms: performance.now() - t0, ok: done() }); }
      else ch.port2.postMessage(0);
    };
    ch.port2.postMessage(0);
  }, true);
});
async function timed(key, doneSource) {
  await page.evaluate((src) => { window.wantDone = new Function(`return (${src})`)(); }, doneSource);
  await page.keyboard.press(key);
  const t = await page.waitForFunction(() => window.keyTimes.length && window.keyTimes.shift()).then((h) => h.jsonValue());
  if (!t.ok) throw new Error(`${key}: the picture did not change within 5 s`);
  await page.waitForTimeout(50);
  return t.ms;
}
const enter = [], tab = [], untab = [], typing = [];
for (let r = 0; r < ROUNDS; r++) {
  // A main cause of a category part way down, focused as a user would click it.
  const field = page.locator('.fb-category').nth(r % CATEGORIES).locator('input.fb-cause__text').nth(3);
  await field.click();
  const before = await page.evaluate(() => window.focusedCause());
  enter.push(await timed('Enter', `() => window.focusedCause() !== '${before}' && window.drawnAt(window.focusedCause(), 1)`));
  // Typing in the new cause: keydown → the next task (the field shows the letter).
  await page.evaluate(() => {
    window.typed = new Promise((resolve) => {
      addEventListener('keydown', (e) => { const t0 = e.timeStamp; setTimeout(() => { document.body.getBoundingClientRect(); resolve(performance.now() - t0); }, 0); }, { once: true, capture: true });
    });
  });
  await page.keyboard.type('N');
  typing.push(await page.evaluate(() => window.typed));
  // Tab nests the new cause under the one above; the picture shows it a level deeper.
  tab.push(await timed('Tab', '() => window.drawnAt(window.focusedCause(), 2)'));
  untab.push(await timed('Shift+Tab', '() => window.drawnAt(window.focusedCause(), 1)'));
  // Leave the new cause in: the diagram grows a little each round, as in a workshop.
}

await browser.close();
await server.close();
const row = (name, xs, target) => console.log(`| ${name} (${xs.length}) | ${ms(pct(xs, 0.5))} | ${ms(pct(xs, 0.95))} | ${ms(Math.max(...xs))} | ${target} |`);
console.log(`\nFishbone: ${CATEGORIES} categories × ${PER} causes × ${LEVELS} levels = ${CAUSES} causes (release build, headless Chromium)`);
console.log('| Measure | Median | p95 | Max | Target |');
console.log('|---|---|---|---|---|');
row('Open the diagram: layout and first render (what is near the view drawn)', renders, `≤ 50 ms: ${pct(renders, 0.5) <= 50 ? 'met' : 'NOT met'} (median)`);
row('… and the next frame', frames, '');
row('Enter in the outline → new cause in the picture', enter, `p95 ≤ 16 ms: ${pct(enter, 0.95) <= 16 ? 'met' : 'NOT met'}`);
row('Tab (nest) → the picture redrawn', tab, `p95 ≤ 16 ms: ${pct(tab, 0.95) <= 16 ? 'met' : 'NOT met'}`);
row('Shift+Tab (un-nest) → the picture redrawn', untab, `p95 ≤ 16 ms: ${pct(untab, 0.95) <= 16 ? 'met' : 'NOT met'}`);
row('Typing a character → the next task', typing, '');
