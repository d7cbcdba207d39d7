// axe-core on every page and state a user meets; no serious or critical violations.
import { test, expect, expectAccessible } from './fixtures.mjs';

test('every page passes axe-core', async ({ page, app }) => {
  await app.open();
  await expectAccessible(page, 'projects (empty)');

  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'projects (form error)');

  await page.getByRole('textbox', { name: 'Project name' }).fill('Accessible project');
  await page.getByRole('textbox', { name: 'Description (optional)' }).fill('Checked with axe-core');
  await page.getByRole('button', { name: 'Create project' }).click();
  await expectAccessible(page, 'projects (one project)');

  await page.getByRole('link', { name: 'Accessible project' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accessible project' })).toBeVisible();
  await expectAccessible(page, 'project page');
  await page.getByRole('button', { name: 'Edit name and description' }).click();
  await expectAccessible(page, 'project edit form');

  await page.getByRole('link', { name: 'Backup' }).click();
  await page.getByLabel('Backup file (.json)').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{') });
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'backup page (import error)');

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Erase all data on this device…' }).click();
  await expectAccessible(page, 'settings (erase confirmation)');

  await app.open('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectAccessible(page, 'not found page');
});

test('the recovery banner passes axe-core', async ({ page, app }) => {
  await app.open();
  await page.evaluate(() => localStorage.setItem('cx-workbench:workspace', '{oops'));
  await page.reload();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'start-up recovery banner');
});
