// Projects: create (keyboard only), reload, edit, duplicate, delete, undo and redo; the
// project page's tools by step of the cycle and the bar between them.
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

test('the project page lists its tools by step of the cycle; a bar moves between them', async ({ page, app }) => {
  await app.open();
  await create(page, 'Late deliveries, Q3');
  await page.getByRole('link', { name: 'Late deliveries, Q3' }).click();
  const tools = page.getByRole('navigation', { name: 'Tools of this project' });
  // The project page lists the tools itself, each with what the project holds in it.
  await expect(tools).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Detect', 'Analyse', 'Resolve']);
  await expect(page.getByRole('main')).toContainText('Complaint log · No complaints logged yet');
  await expect(page.getByRole('main')).toContainText('KPIs · No survey data or contact records yet');
  await expect(page.getByRole('main')).toContainText('Journey maps · No journey maps yet');
  await expect(page.getByRole('main')).toContainText('Fishbone diagrams · No fishbone diagrams yet');
  await expect(page.getByRole('main')).toContainText('5 Whys · No 5 Whys yet');
  await expect(page.getByRole('main')).toContainText('PDCA plans · No PDCA plans yet');

  await page.getByRole('link', { name: 'Journey maps' }).click();
  await expect(tools.getByRole('link')).toHaveText(['Complaint log', 'KPIs', 'Fishbone diagrams', '5 Whys', 'PDCA plans']);
  await expect(tools.getByText('Journey maps')).toHaveAttribute('aria-current', 'page');
  await page.getByRole('textbox', { name: 'Title' }).fill('Complaint call');
  await page.getByRole('combobox', { name: 'Start from' }).selectOption({ label: 'Contact-centre complaint' });
  await page.getByRole('button', { name: 'Create map' }).click();
  // In a map the tool is still marked, as the section the page belongs to.
  await expect(tools.getByText('Journey maps')).toHaveAttribute('aria-current', 'true');
  await page.getByRole('group', { name: /^Pain points at Contact us:/ }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Transferred three times');
  await page.keyboard.press('Enter');

  await tools.getByRole('link', { name: 'KPIs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'KPIs' })).toBeVisible();
  await expect(tools.getByRole('link')).toHaveText(['Complaint log', 'Journey maps', 'Fishbone diagrams', '5 Whys', 'PDCA plans']);
  await expect(page).toHaveTitle('KPIs · CX Workbench');
  await page.getByRole('link', { name: 'Late deliveries, Q3' }).click();
  // The one typed, and the two of the template's worked example.
  await expect(page.getByRole('main')).toContainText('Journey maps · 1 journey map, 3 pain points');

  // A tool's address for a project that is not there has no bar of links to it.
  await app.open('/project/nope/kpis');
  await expect(page.getByRole('heading', { level: 1, name: 'Project not found' })).toBeVisible();
  await expect(tools).toHaveCount(0);
});

test('moving to another page puts focus on its content and leaves the header in view', async ({ page, app }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await app.open();
  await page.getByRole('textbox', { name: 'Project name' }).fill('Late deliveries, Q3');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name: 'Late deliveries, Q3' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Late deliveries, Q3' })).toBeVisible();
  await expect(page.locator('main')).toBeFocused();
  // The page is shown from its top: the app's name, Undo and the tools are on the screen.
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await expect(page.getByRole('button', { name: /^Undo/ })).toBeInViewport();
  await page.getByRole('link', { name: 'Journey maps' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journey maps' })).toBeVisible();
  await expect(page.locator('main')).toBeFocused();
  expect(await page.evaluate(() => scrollY)).toBe(0);
});
