// Offline and installable: the service worker precaches the build, a reload with the
// server gone still starts the app with its data, and a new deployment is offered.
import { cp, mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, saved, DIST } from './fixtures.mjs';
import { serve } from './static-server.mjs';

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
}

test('manifest and icons are served, and the app reloads with the network off', async ({ page, app, server }) => {
  await app.open();
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector('link[rel=manifest]').href;
    return (await fetch(href)).json();
  });
  expect(manifest.name).toBe('CX Workbench');
  expect(manifest.start_url).toBe('./');
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));

  await page.getByRole('textbox', { name: 'Project name' }).fill('Works offline');
  await page.getByRole('button', { name: 'Create project' }).click();
  await saved(page);
  await controlled(page);

  await server.close(); // the intranet server is gone
  await page.reload();
  await expect(page.getByRole('link', { name: 'Works offline' })).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('a new deployment is offered as a reload', async ({ page, foreignRequests }) => {
  const folder = await mkdtemp(join(tmpdir(), 'cx-deploy-'));
  await cp(DIST, folder, { recursive: true });
  const deployed = await serve(folder, { prefix: '/intranet/tools/cx/' });
  foreignRequests.allow(deployed.url);
  try {
    await page.goto(deployed.url);
    await controlled(page);
    await expect(page.getByText('A new version of CX Workbench is ready')).toHaveCount(0);

    // Deploy a new build: the generated service worker changes with every build.
    const sw = join(folder, 'sw.js');
    await writeFile(sw, (await readFile(sw, 'utf8')).replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-next"'));
    await page.reload();
    const banner = page.getByRole('status').filter({ hasText: 'A new version of CX Workbench is ready' });
    await expect(banner).toBeVisible({ timeout: 20_000 });
    await Promise.all([
      page.waitForEvent('load'),
      banner.getByRole('button', { name: 'Reload now' }).click(),
    ]);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByText('A new version of CX Workbench is ready')).toHaveCount(0);
    // The new version's cache is in use and the old one is gone.
    const caches = await page.evaluate(() => caches.keys());
    expect(caches).toHaveLength(1);
    expect(caches[0]).toMatch(/-next$/);
  } finally {
    await deployed.close();
    await rm(folder, { recursive: true, force: true });
  }
});
