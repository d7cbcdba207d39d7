// Two tabs of one browser: a save in one shows in the other; a tab with unsaved
// changes of its own is never silently overwritten, and the user chooses.
import { test, expect, stored, saved } from './fixtures.mjs';

const theirs = () => ({
  schema_version: 1,
  saved_at: new Date().toISOString(),
  app_version: 'other-tab',
  writer: 'other-tab',
  data: {
    settings: {},
    projects: [{ id: 'other1', name: 'Saved by the other tab', description: '', created_at: '2026-11-24T10:00:00Z', updated_at: '2026-11-24T10:00:00Z' }],
  },
});

test('a change saved in one tab appears in the other', async ({ context, page, app, server }) => {
  await app.open();
  const other = await context.newPage();
  await other.goto(server.url);
  await expect(other.getByText('No projects yet')).toBeVisible();

  await page.getByRole('textbox', { name: 'Project name' }).fill('Shared across tabs');
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(other.getByRole('link', { name: 'Shared across tabs' })).toBeVisible();

  // And back the other way, including undo.
  await other.getByRole('button', { name: 'Delete Shared across tabs' }).click();
  await expect(page.getByRole('link', { name: 'Shared across tabs' })).toHaveCount(0);
  await other.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Shared across tabs' })).toBeVisible();
});

async function conflict(page, other) {
  // This tab makes a change; before its save (300 ms later) the other tab saves.
  await page.getByRole('textbox', { name: 'Project name' }).fill('Unsaved in this tab');
  await page.getByRole('button', { name: 'Create project' }).click();
  await other.evaluate((env) => localStorage.setItem('cx-workbench:workspace', JSON.stringify(env)), theirs());
  const alert = page.getByRole('alert').filter({ hasText: 'changed in another tab' });
  await expect(alert).toBeVisible();
  await expect(page.getByText('Saving paused')).toBeVisible();
  // Nothing was written over the other tab's save.
  await page.waitForTimeout(600);
  expect((await stored(page)).writer).toBe('other-tab');
  return alert;
}

test('unsaved changes meet another tab\'s save: keep this tab\'s version', async ({ context, page, app, server }) => {
  await app.open();
  const other = await context.newPage();
  await other.goto(server.url);
  const alert = await conflict(page, other);
  await alert.getByRole('button', { name: "Keep this tab's version" }).click();
  await expect(alert).toHaveCount(0);
  await saved(page);
  expect((await stored(page)).data.projects.map((p) => p.name)).toEqual(['Unsaved in this tab']);
  await expect(other.getByRole('link', { name: 'Unsaved in this tab' })).toBeVisible();
});

test('unsaved changes meet another tab\'s save: load the other version, undo brings mine back', async ({ context, page, app, server }) => {
  await app.open();
  const other = await context.newPage();
  await other.goto(server.url);
  const alert = await conflict(page, other);
  await alert.getByRole('button', { name: "Load the other tab's version" }).click();
  await expect(page.getByRole('link', { name: 'Saved by the other tab' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Unsaved in this tab' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Unsaved in this tab' })).toBeVisible();
  await saved(page);
  expect((await stored(page)).data.projects.map((p) => p.name)).toEqual(['Unsaved in this tab']);
});
