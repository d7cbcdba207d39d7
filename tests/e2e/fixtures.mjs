// Shared fixtures: every test gets its own server for dist/ under /intranet/tools/cx/,
// and fails if any page or worker asks for anything from another origin.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from './static-server.mjs';

export const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

export const test = base.extend({
  server: async ({}, use) => {
    const server = await serve(DIST);
    await use(server);
    await server.close();
  },
  // Records every request of the context; after the test, all must have gone to the
  // app's own origin (or another test server the test started and allowed).
  foreignRequests: [
    async ({ context, server }, use) => {
      const allowed = new Set([new URL(server.url).origin]);
      const seen = [];
      context.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:')) seen.push(url);
      });
      await use({ allow: (url) => allowed.add(new URL(url).origin) });
      const foreign = seen.filter((url) => !allowed.has(new URL(url).origin));
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ page, server }, use) => {
    await use({
      url: server.url,
      async open(hash = '') {
        await page.goto(server.url + (hash ? `#${hash}` : ''));
        await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      },
    });
  },
});

export { expect };

/** Runs axe-core on the page; fails on serious or critical violations. */
export async function expectAccessible(page, what) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, `accessibility of ${what}`).toEqual([]);
}

/** The workspace envelope as stored, parsed. */
export async function stored(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('cx-workbench:workspace') || 'null'));
}

/** Waits until the app reports everything saved. */
export async function saved(page) {
  await expect(page.getByText('All changes saved')).toBeVisible();
}
