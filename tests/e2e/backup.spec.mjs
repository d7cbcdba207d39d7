// Backup: export the workspace, erase, import it back (replace, after confirmation),
// import as new projects, and refuse bad files naming the JSON path, changing nothing.
import { readFile } from 'node:fs/promises';
import { test, expect, stored, storedKeys, saved } from './fixtures.mjs';

async function create(page, name) {
  await page.getByRole('textbox', { name: 'Project name' }).fill(name);
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('link', { name })).toBeVisible();
}

test('export, erase everything, import back', async ({ page, app }, info) => {
  await app.open();
  await create(page, 'Late deliveries, Q3');
  await create(page, 'Billing errors');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Organisation name' }).fill('Acme Retail');
  await page.getByRole('textbox', { name: 'Organisation name' }).press('Tab');
  await expect(page.locator('.header__org')).toHaveText('Acme Retail');

  await page.getByRole('link', { name: 'Backup' }).click();
  await expect(page.getByText('Saves your settings and both projects to one JSON file.')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup of everything' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^cx-workbench-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = info.outputPath('backup.json');
  await download.saveAs(file);
  const backup = JSON.parse(await readFile(file, 'utf8'));
  expect(backup.format).toBe('cx-workbench-backup');
  expect(backup.schema_version).toBe(6);
  expect(backup.data.projects.map((p) => p.name).sort()).toEqual(['Billing errors', 'Late deliveries, Q3']);

  // Erase, with a last backup offered first.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Erase all data on this device…' }).click();
  await expect(page.getByRole('button', { name: 'Download a last backup' })).toBeFocused();
  await page.getByRole('button', { name: 'Erase everything' }).click();
  await expect(page.getByText('All CX Workbench data on this device was erased.')).toBeVisible();
  // Only the marker with the time of the erase is left (other tabs follow it).
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cx-workbench:')))).toEqual(['cx-workbench:erased']);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  // Import replaces the (now empty) workspace after confirmation.
  await page.getByRole('link', { name: 'Backup' }).click();
  await page.getByLabel('Backup file (.json)').setInputFiles(file);
  await expect(page.getByText('is a backup of a whole workspace')).toBeVisible();
  await page.getByRole('button', { name: 'Replace the whole workspace…' }).click();
  await page.getByRole('button', { name: 'Yes, replace the workspace' }).click();
  await expect(page.getByText('The workspace was replaced from the backup')).toBeVisible();
  await saved(page);
  await page.reload();
  await page.getByRole('link', { name: 'Projects' }).click();
  await expect(page.getByRole('link', { name: 'Late deliveries, Q3' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Billing errors' })).toBeVisible();
  await expect(page.locator('.header__org')).toHaveText('Acme Retail');

  // Importing again adds copies beside them; nothing is merged.
  await page.getByRole('link', { name: 'Backup' }).click();
  await page.getByLabel('Backup file (.json)').setInputFiles(file);
  await page.getByRole('button', { name: 'Add 2 as new projects' }).click();
  await saved(page);
  const names = (await stored(page)).data.projects.map((p) => p.name).sort();
  expect(names).toEqual(['Billing errors', 'Billing errors (imported)', 'Late deliveries, Q3', 'Late deliveries, Q3 (imported)']);
});

test('one project exported from its page imports as a new project', async ({ page, app }, info) => {
  await app.open();
  await create(page, 'Only this one');
  await page.getByRole('link', { name: 'Only this one' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export this project' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^cx-workbench-project-only-this-one-/);
  const file = info.outputPath('project.json');
  await download.saveAs(file);
  await page.getByRole('link', { name: 'Backup' }).click();
  await page.getByLabel('Backup file (.json)').setInputFiles(file);
  await expect(page.getByText('is a single exported project')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Replace the whole workspace…' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Add 1 as new project' }).click();
  await saved(page);
  expect((await stored(page)).data.projects.map((p) => p.name)).toEqual(['Only this one', 'Only this one (imported)']);
});

const badFiles = [
  ['not JSON at all', 'this is not json', /not valid JSON at line 1, column \d+/],
  ['another program\'s JSON', '{"hello": "world"}', /not a CX Workbench backup/],
  ['a project with an empty name',
    JSON.stringify({ format: 'cx-workbench-backup', schema_version: 1, scope: 'workspace', data: { projects: [
      { id: 'a', name: 'Fine', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' },
      { id: 'b', name: '   ', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' },
    ] } }),
    /data\.projects\[1\]\.name: Enter a name for the project/],
  ['a wrong type deep inside',
    JSON.stringify({ format: 'cx-workbench-backup', schema_version: 1, scope: 'workspace', data: { projects: [
      { id: 'a', name: 'Fine', created_at: 12, updated_at: '2026-01-01T00:00:00Z' },
    ] } }),
    /data\.projects\[0\]\.created_at/],
  ['a newer version', JSON.stringify({ format: 'cx-workbench-backup', schema_version: 7, data: {} }), /newer version/],
  ['hostile nesting', '['.repeat(100000), /not valid JSON at line 1, column \d+/],
];

for (const [what, text, message] of badFiles) {
  test(`a backup file with ${what} is refused and changes nothing`, async ({ page, app }) => {
    await app.open();
    await create(page, 'Existing work');
    await saved(page);
    const before = await storedKeys(page);
    await page.getByRole('link', { name: 'Backup' }).click();
    await page.getByLabel('Backup file (.json)').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('bad.json was not imported');
    await expect(alert).toContainText('Nothing has been changed');
    await expect(alert).toContainText(message);
    expect(await storedKeys(page)).toEqual(before);
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /create project "Existing work"/);
  });
}
