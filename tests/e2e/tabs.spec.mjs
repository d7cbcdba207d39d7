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

async function twoTabsWithAProject(context, page, app, server, name) {
  await app.open();
  await page.getByRole('textbox', { name: 'Project name' }).fill(name);
  await page.getByRole('button', { name: 'Create project' }).click();
  await saved(page);
  const other = await context.newPage();
  await other.goto(server.url);
  await expect(other.getByRole('link', { name })).toBeVisible();
  return other;
}

test('erasing everything in one tab empties the other, which does not save it back', async ({ context, page, app, server }) => {
  const other = await twoTabsWithAProject(context, page, app, server, 'To be erased');
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Erase all data on this device…' }).click();
  await page.getByRole('button', { name: 'Erase everything' }).click();
  await expect(other.getByText('All data was erased in another tab')).toBeVisible();
  await expect(other.getByRole('link', { name: 'To be erased' })).toHaveCount(0);
  await other.waitForTimeout(600);
  expect(await stored(other)).toBeNull();
});

test('data removed by another program is saved again from the open tab', async ({ context, page, app, server }) => {
  const other = await twoTabsWithAProject(context, page, app, server, 'Only copy left');
  await other.evaluate(() => localStorage.clear());
  await expect.poll(async () => (await stored(page))?.data.projects.map((p) => p.name)).toEqual(['Only copy left']);
  await expect(page.getByRole('link', { name: 'Only copy left' })).toBeVisible();
});

test('keeping this tab over data it cannot read copies that data aside first', async ({ context, page, app, server }) => {
  const other = await twoTabsWithAProject(context, page, app, server, 'Mine');
  const newer = JSON.stringify({ schema_version: 99, saved_at: 'later', writer: 'newer-app', data: { future: true } });
  await other.evaluate((t) => localStorage.setItem('cx-workbench:workspace', t), newer);
  const alert = page.getByRole('alert').filter({ hasText: 'Another tab saved data this tab cannot read' });
  await expect(alert).toContainText('newer version');
  await alert.getByRole('button', { name: "Keep this tab's version" }).click();
  await expect(page.getByText('What the other tab saved was kept as a recovered copy')).toBeVisible();
  expect((await stored(page)).data.projects.map((p) => p.name)).toEqual(['Mine']);
  const copies = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cx-workbench:unreadable:')).map((k) => localStorage.getItem(k)));
  expect(copies).toEqual([newer]);
});
