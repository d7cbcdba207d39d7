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

/**
 * The stored workspace as one envelope, `{ schema_version, saved_at, writer, data }`, or
 * null when nothing is stored. Read the way the app reads it, but decoded here on its
 * own (the browser's DecompressionStream, not the app's code): the single key of schema
 * 1 and 2 when it is there and is not the leftover of its migration; else the index and
 * the project keys it names, each unpacked (15 bits a UTF-16 unit from U+0800) and
 * inflated (raw deflate).
 */
export async function stored(page) {
  return page.evaluate(async () => {
    const single = localStorage.getItem('cx-workbench:workspace');
    const indexText = localStorage.getItem('cx-workbench:index');
    const index = indexText === null ? null : JSON.parse(indexText);
    if (single !== null) {
      const envelope = JSON.parse(single);
      const from = index?.replaces;
      if (!(from && from.saved_at === envelope.saved_at && from.writer === (envelope.writer ?? ''))) return envelope;
    }
    if (index === null) return null;
    const unpack = async (text) => {
      const head = /^z(\d+):/.exec(text);
      const count = Number(head[1]);
      const bytes = new Uint8Array(count + 1);
      let acc = 0, bits = 0, n = 0;
      for (let i = head[0].length; i < text.length; i++) {
        acc = (acc << 15) | (text.charCodeAt(i) - 0x800);
        bits += 15;
        while (bits >= 8) { bits -= 8; bytes[n++] = (acc >>> bits) & 0xff; }
        acc &= (1 << bits) - 1;
      }
      const stream = new Blob([bytes.subarray(0, count)]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
      return JSON.parse(await new Response(stream).text());
    };
    const projects = [];
    for (const entry of index.projects) projects.push(await unpack(localStorage.getItem(entry.key)));
    const { schema_version, saved_at, app_version, writer, settings } = index;
    return { schema_version, saved_at, app_version, writer, data: { settings, projects } };
  });
}

/** Every key of the app in localStorage with its value, sorted: to check that nothing
 * stored changed. */
export async function storedKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cx-workbench:')).sort()
    .map((k) => [k, localStorage.getItem(k)]));
}

/**
 * Brings in `backup` (a backup file's contents) from the Backup page as new projects, as a
 * user would, waits for the save, then opens the project named `project`.
 */
export async function addFromBackup(page, backup, project) {
  await page.getByRole('link', { name: 'Backup' }).click();
  await page.getByLabel('Backup file (.json)').setInputFiles({
    name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)),
  });
  await page.getByRole('button', { name: new RegExp(`^Add ${backup.data.projects.length} as new project`) }).click();
  await saved(page);
  await page.getByRole('link', { name: 'Projects' }).click();
  await page.getByRole('link', { name: project }).click();
}

/** Waits until the app reports everything saved. */
export async function saved(page) {
  await expect(page.getByText('All changes saved')).toBeVisible();
}

/** Runs `keys` with the CPU slowed `rate` times, as on a slow machine, and back to full
 *  speed afterwards, also when they fail. */
export async function onASlowMachine(page, keys, rate = 8) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    await keys();
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}
