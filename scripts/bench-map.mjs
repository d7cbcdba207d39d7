// The big journey map the benchmarks open (60 stages × 12 lanes, 1,000 cards) and the
// stored workspace text that holds it, shared by bench-journey.mjs and
// bench-workspace.mjs so both measure the same map.
//
// The text is in the schema 2 format (the whole workspace under one localStorage key,
// `WORKSPACE_KEY`): the app migrates it on load whatever its own storage layout is.
// Also what every benchmark shares: the browser it runs in and the percentiles it prints.
import { chromium } from '@playwright/test';

/** Headless Chromium as every benchmark runs it (`CX_CHROMIUM`, or Debian's). */
export const launchChromium = () => chromium.launch({
  executablePath: process.env.CX_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});

export const STAGES = 60, LANES = 12, CARDS = 1000;
export const WORKSPACE_KEY = 'cx-workbench:workspace';

/** The `p`-th value (0–1) of `xs`, nearest rank. */
export const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]; };
/** Milliseconds, aligned for a table. */
export const ms = (n) => `${n.toFixed(1).padStart(7)} ms`;

/** A map of STAGES × LANES with CARDS cards: every built-in lane plus custom ones,
 * touchpoints with channels, moments of truth, dots on the pain points. */
export function bigMap(id = 'big', title = 'Big workshop map') {
  const builtIn = ['CustomerActions', 'Touchpoints', 'ThinkingAndFeeling', 'PainPoints', 'Opportunities', 'Backstage', 'Kpis'];
  const lanes = builtIn.map((kind, i) => ({ id: `l${i}`, kind }));
  for (let i = builtIn.length; i < LANES; i++) lanes.push({ id: `l${i}`, kind: { Custom: `Team lane ${i}` } });
  const stages = Array.from({ length: STAGES }, (_, i) => ({ id: `s${i}`, name: `Stage ${i + 1}`, emotion: (i % 5) - 2 }));
  const channels = ['Phone', 'Email', 'Chat', 'Web', 'App', 'Store', 'Social', 'Letter'];
  const cards = Array.from({ length: CARDS }, (_, i) => ({
    id: `c${i}`, stage: `s${i % STAGES}`, lane: `l${Math.floor(i / STAGES) % LANES}`,
    text: `Card ${i}: the customer waits for an answer about the order`,
    channel: Math.floor(i / STAGES) % LANES === 1 ? channels[i % 8] : null,
    moment_of_truth: i % 37 === 0,
    votes: Math.floor(i / STAGES) % LANES === 3 && i % 3 > 0 ? [['Ann', i % 3]] : [],
  }));
  return { id, title, scope: 'the whole year', personas: [], state: 'Current', stages, lanes, cards };
}

/** A project holding one big map. */
export function bigProject(id, name, map = bigMap()) {
  return { id, name, description: '', created_at: '2026-11-01T00:00:00Z', updated_at: '2026-11-01T00:00:00Z', journeys: [map] };
}

/** The stored workspace text (schema 2) holding `projects`. */
export function workspaceText(projects) {
  return JSON.stringify({ schema_version: 2, saved_at: '2026-11-24T00:00:00.000Z', app_version: '0.1.0', writer: 'tbench000', data: { settings: { organisation: '', complaint_model: 'Heat', date_style: 'DayMonthName' }, projects } });
}
