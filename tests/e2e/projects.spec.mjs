// Projects: create (keyboard only), reload, edit, duplicate, delete, undo and redo.
import { test, expect, stored, saved } from './fixtures.mjs';

test('a project created by keyboard alone survives a reload', async ({ page, app }) => {
  await app.open();
  const name = page.getByRole('textbox', { name: 'Project name' });
  for (let i = 0; i < 30 && !(await name.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(name).toBeFocused();
  await page.keyboard.type('Late deliveries, Q3');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Description (optional)' })).toBeFocused();
  await page.keyboard.type('Parcels arriving three or more days late');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Create project' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('link', { name: 'Late deliveries, Q3' })).toBeVisible();
  await expect(name).toHaveValue('');
  await expect(name).toBeFocused();
  await saved(page);
  expect((await stored(page)).data.projects.map((p) => p.name)).toEqual(['Late deliveries, Q3']);

  await page.reload();
  await expect(page.getByRole('link', { name: 'Late deliveries, Q3' })).toBeVisible();
  await expect(page.getByText('Parcels arriving three or more days late')).toBeVisible();
});

test('an empty name is refused with a message, and nothing is created', async ({ page, app }) => {
  await app.open();
  await page.getByRole('textbox', { name: 'Description (optional)' }).fill('Kept after the error');
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter a name for the project');
  await expect(page.getByRole('textbox', { name: 'Project name' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Description (optional)' })).toHaveValue('Kept after the error');
  await expect(page.getByText('No projects yet')).toBeVisible();
});

async function create(page, name) {
  await page.getByRole('textbox', { name: 'Project name' }).fill(name);
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('link', { name })).toBeVisible();
}

test('undo and redo by buttons and by keys, and the result is what is saved', async ({ page, app }) => {
  await app.open();
  await create(page, 'Billing errors');
  await create(page, 'Long hold times');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Long hold times' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toContainText('Undone: create project "Long hold times"');

  await page.locator('h1').click(); // focus outside any text field
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByRole('link', { name: 'Long hold times' })).toBeVisible();
  await page.keyboard.press('Control+Z');
  await expect(page.getByRole('link', { name: 'Long hold times' })).toHaveCount(0);
  await page.keyboard.press('Control+Y');
  await expect(page.getByRole('link', { name: 'Long hold times' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete Billing errors' }).click();
  await expect(page.getByRole('link', { name: 'Billing errors' })).toHaveCount(0);
  await saved(page);
  expect((await stored(page)).data.projects.map((p) => p.name)).toEqual(['Long hold times']);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Billing errors' })).toBeVisible();
  await saved(page);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Billing errors' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Long hold times' })).toBeVisible();
});

test('Ctrl+Z inside a text field is the field\'s own undo, not the app\'s', async ({ page, app }) => {
  await app.open();
  await create(page, 'Stays put');
  const name = page.getByRole('textbox', { name: 'Project name' });
  await name.click();
  await page.keyboard.type('abc');
  await page.keyboard.press('Control+Z');
  await expect(page.getByRole('link', { name: 'Stays put' })).toBeVisible();
});

test('edit, duplicate and delete from the project page', async ({ page, app }) => {
  await app.open();
  await create(page, 'Complaints backlog');
  await page.getByRole('link', { name: 'Complaints backlog' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Complaints backlog' })).toBeVisible();
  await expect(page).toHaveURL(/#\/project\//);

  await page.getByRole('button', { name: 'Edit name and description' }).click();
  await page.getByRole('textbox', { name: 'Project name' }).fill('Complaints backlog, Q4');
  await page.getByRole('textbox', { name: 'Description (optional)' }).fill('Unanswered emails over 5 days');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Complaints backlog, Q4' })).toBeVisible();
  await expect(page.getByText('Unanswered emails over 5 days')).toBeVisible();

  await page.getByRole('button', { name: 'Duplicate project' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Complaints backlog, Q4 (copy)' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete project' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Complaints backlog, Q4 (copy)' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Complaints backlog, Q4' })).toBeVisible();
  await saved(page);
  const projects = (await stored(page)).data.projects;
  expect(projects.map((p) => p.name)).toEqual(['Complaints backlog, Q4']);
  expect(projects[0].description).toBe('Unanswered emails over 5 days');
});

test('an unknown project address says so and links home', async ({ page, app }) => {
  await app.open('/project/nope');
  await expect(page.getByRole('heading', { level: 1, name: 'Project not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to your projects' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
});
