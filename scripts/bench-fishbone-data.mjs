// The fishbone the benchmark and its profile open: 8 categories × 15 causes × 3 levels
// (360 causes), each main cause with a cause of its own, and that one too.
import { serve } from '../tests/e2e/static-server.mjs';
import { WORKSPACE_KEY, workspaceText, launchChromium } from './bench-map.mjs';

export const CATEGORIES = 8, PER = 15, LEVELS = 3;

/** The diagram as stored. */
export function diagram() {
  const names = ['People', 'Process', 'Technology', 'Policy', 'Customer', 'Partners', 'Measurement', 'Environment'];
  let n = 0;
  const cause = (depth, text) => {
    n += 1;
    const c = { id: `k${n.toString(16).padStart(16, '0')}`, text };
    if (depth < LEVELS) c.children = [cause(depth + 1, `${text}, because of step ${depth}`)];
    return c;
  };
  return {
    id: 'fbench',
    effect: '34% of late-delivery callers in Q3 were transferred more than twice',
    categories: names.slice(0, CATEGORIES).map((name, g) => ({
      id: `g${g.toString(16).padStart(16, '0')}`,
      name,
      causes: Array.from({ length: PER }, (_, i) => cause(1, `${name} cause ${i + 1} of the transfers`)),
    })),
    workshop: { dots_per_participant: 3, participants: [] },
  };
}

/** The project that holds it, as stored. */
export const fishboneProject = () => ({
  id: 'pbench', name: 'Bench', description: '', created_at: '2026-11-01T00:00:00Z',
  updated_at: '2026-11-01T00:00:00Z', fishbones: [diagram()],
});

/**
 * Headless Chromium with the app from `dist` served and its page at `hash`, the
 * workspace holding only that project: { server, browser, context, page }.
 */
export async function openWithFishbone(dist, hash) {
  const server = await serve(dist);
  const browser = await launchChromium();
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log('page error:', e.message));
  await page.goto(server.url + 'no-app-here');
  await page.evaluate((kv) => localStorage.setItem(...kv), [WORKSPACE_KEY, workspaceText([fishboneProject()])]);
  await page.goto(server.url + hash);
  return { server, browser, context, page };
}
