// Stored data the app cannot read: it still starts, moves the text aside untouched,
// says so in an alert, and offers it for download. It never writes over it.
import { readFile } from 'node:fs/promises';
import { test, expect, stored, saved } from './fixtures.mjs';

async function startWith(page, app, text) {
  await app.open();
  await page.evaluate((t) => localStorage.setItem('cx-workbench:workspace', t), text);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

const unreadableKeys = (page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('cx-workbench:unreadable:'))
      .map((k) => [k, localStorage.getItem(k)]),
  );

test('corrupt data: moved aside untouched, announced, downloadable', async ({ page, app }) => {
  const corrupt = '{"schema_version":1,"saved_at":"x","data":{"projects":[{"id":"a","name":';
  await startWith(page, app, corrupt);

  const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(alert).toContainText('The work stored in this browser could not be read');
  await expect(alert).toContainText('not valid JSON at line 1');
  const copies = await unreadableKeys(page);
  expect(copies).toHaveLength(1);
  expect(copies[0][1]).toBe(corrupt);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download the unreadable data' }).click(),
  ]);
  expect(await readFile(await download.path(), 'utf8')).toBe(corrupt);

  // The app works, and new work never touches the copy.
  await page.getByRole('textbox', { name: 'Project name' }).fill('Fresh start');
  await page.getByRole('button', { name: 'Create project' }).click();
  await saved(page);
  expect((await stored(page)).data.projects.map((p) => p.name)).toEqual(['Fresh start']);
  expect(await unreadableKeys(page)).toEqual(copies);

  // The copy is listed on the Backup page until the user removes it.
  await page.getByRole('link', { name: 'Backup' }).click();
  await expect(page.getByRole('heading', { name: 'Recovered copies' })).toBeVisible();
  await page.getByRole('button', { name: /^Remove the copy moved aside/ }).click();
  await expect(page.getByRole('heading', { name: 'Recovered copies' })).toHaveCount(0);
  expect(await unreadableKeys(page)).toEqual([]);
});

test('data from a newer version is kept and explained', async ({ page, app }) => {
  const newer = JSON.stringify({ schema_version: 99, saved_at: '2030-01-01T00:00:00Z', data: { projects: [], future: true } });
  await startWith(page, app, newer);
  await expect(page.getByRole('alert')).toContainText('saved by a newer version of CX Workbench');
  const copies = await unreadableKeys(page);
  expect(copies.map(([, v]) => v)).toEqual([newer]);
});

test('a full storage quota: visible error, work kept in the tab, export still works', async ({ page, app }) => {
  await app.open();
  // Fill this origin's localStorage to the brim with another app's data.
  await page.evaluate(() => {
    for (const size of [1 << 20, 1 << 16, 1 << 10, 64]) {
      const chunk = 'x'.repeat(size);
      for (let i = 0; ; i++) {
        try { localStorage.setItem(`other-app:${size}:${i}`, chunk); } catch { break; }
      }
    }
  });
  await page.getByRole('textbox', { name: 'Project name' }).fill('Kept in memory');
  await page.getByRole('button', { name: 'Create project' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText("Your latest changes could not be saved: the browser's storage for this site is full");
  await expect(alert).toContainText('delete projects you no longer need');
  await expect(page.getByText('Not saved')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kept in memory' })).toBeVisible();

  await page.getByRole('link', { name: 'Backup' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup of everything' }).click(),
  ]);
  const backup = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(backup.data.projects.map((p) => p.name)).toEqual(['Kept in memory']);

  // Space freed elsewhere: trying again saves.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('other-app:')).forEach((k) => localStorage.removeItem(k)));
  await page.getByRole('button', { name: 'Try saving again' }).click();
  await saved(page);
  expect((await stored(page)).data.projects.map((p) => p.name)).toEqual(['Kept in memory']);
});
