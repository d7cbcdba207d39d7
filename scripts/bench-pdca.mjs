// PDCA benchmark, in headless Chromium against the release build: the dashboard of
// every plan over 50 projects of 10 cycles each (500 cycles, 3,000 actions by 8 owners):
// a click on its link on the Projects page → the table of the plans under way and each
// owner's open and overdue count in the page (layout forced), and → the next frame. Median of 11 after a first
// warm-up. Target (issue "PDCA improvement planner"): opens in ≤ 100 ms.
// Run through scripts/bench (which builds first).
import { join } from 'node:path';
import { serve } from '../tests/e2e/static-server.mjs';
import { WORKSPACE_KEY, pct, ms, workspaceText, launchChromium } from './bench-map.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const PROJECTS = 50, CYCLES = 10, ACTIONS = 6, ROUNDS = 12;
const OWNERS = ['IT', 'Sam', 'Priya', 'Team leaders', 'Quality', 'Billing', 'Jo', 'Facilities'];
const PHASES = ['plan', 'do', 'check', 'act', 'closed'];

function cycle(p, c) {
  const id = `d${p}x${c}`;
  return {
    id, title: `Plan ${c + 1} of project ${p + 1}`, phase: PHASES[c % PHASES.length],
    problem: '34% of late-delivery callers in Q3 were transferred more than twice',
    objective: 'Fewer than 10% transferred twice by 31 March 2027',
    criteria: ['Cost', 'Feasibility', 'Impact on the customer', 'Risk', 'Time to deliver'].map((name, i) => ({ id: `r${i}`, name, weight: 1 + i })),
    options: [0, 1, 2].map((o) => ({ id: `o${o}`, name: `Option ${o + 1}`, scores: { r0: 1 + o, r1: 3, r2: 5 - o, r3: 2, r4: 4 } })),
    chosen: 'o0', justification: 'Removes the cause',
    actions: Array.from({ length: ACTIONS }, (_, a) => ({
      id: `t${a}`, what: `Action ${a + 1} of plan ${c + 1}`, owner: OWNERS[(p + c + a) % OWNERS.length],
      due: `2026-${String(1 + ((c + a) % 12)).padStart(2, '0')}-${String(1 + ((p + a) % 28)).padStart(2, '0')}`,
      status: ['not_started', 'in_progress', 'done'][a % 3],
    })),
  };
}

const projects = Array.from({ length: PROJECTS }, (_, p) => ({
  id: `p${p}`, name: `Project ${p + 1}`, description: '', created_at: '2026-11-01T00:00:00Z', updated_at: '2026-11-01T00:00:00Z',
  pdca: Array.from({ length: CYCLES }, (_, c) => cycle(p, c)),
}));

// Closed plans are listed only when their group is opened; the table shows the rest.
const UNDER_WAY = projects.flatMap((p) => p.pdca).filter((c) => c.phase !== 'closed').length;
const server = await serve(DIST);
const browser = await launchChromium();
const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1366, height: 900 } });
const page = await context.newPage();
page.on('pageerror', (e) => console.log('page error:', e.message));
await page.goto(server.url + 'no-app-here');
await page.evaluate((kv) => localStorage.setItem(...kv), [WORKSPACE_KEY, workspaceText(projects)]);
await page.goto(server.url);
const LINK = 'a[href$="/plans"]';
await page.waitForSelector(LINK);

const opens = [], frames = [];
for (let i = 0; i < ROUNDS; i++) {
  const r = await page.evaluate(async ({ link, rows }) => {
    const t0 = performance.now();
    document.querySelector(link).click();
    const done = () => document.querySelectorAll('main table tbody tr').length === rows && document.querySelector('.pdca-owner');
    while (!done()) await new Promise((r) => setTimeout(r, 0));
    document.body.getBoundingClientRect();
    const open = performance.now() - t0;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return { open, frame: performance.now() - t0 };
  }, { link: LINK, rows: UNDER_WAY });
  if (i > 0) { opens.push(r.open); frames.push(r.frame); }
  await page.evaluate(() => { location.hash = '#/'; });
  await page.waitForSelector(LINK);
}
await browser.close();
await server.close();

const row = (name, xs, target) => console.log(`| ${name} (${xs.length}) | ${ms(pct(xs, 0.5))} | ${ms(pct(xs, 0.95))} | ${ms(Math.max(...xs))} | ${target} |`);
console.log(`\nPDCA dashboard: ${PROJECTS} projects × ${CYCLES} cycles = ${PROJECTS * CYCLES} plans, ${PROJECTS * CYCLES * ACTIONS} actions (release build, headless Chromium)`);
console.log('| Measure | Median | p95 | Max | Target |');
console.log('|---|---|---|---|---|');
row('click → plans and owners in the page', opens, '≤ 100 ms');
row('click → next frame', frames, '');
