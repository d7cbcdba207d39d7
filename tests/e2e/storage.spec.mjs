// Storage past one key's worth: a workspace whose plain JSON is three times the
// origin's localStorage quota (5,242,880 UTF-16 units in Chromium) is imported through
// the Backup page, saved, and found whole after a reload.
import { test, expect, stored, saved } from './fixtures.mjs';
import { bigData, backupFile } from './big-workspace.mjs';

const QUOTA = 5_242_880;

test('a workspace three times the quota is saved and reloaded intact', async ({ page, app }, info) => {
  test.setTimeout(240_000);
  const data = bigData({ projects: 24, notes: true });
  const file = backupFile(data);
  const plain = JSON.stringify(data).length;
  expect(plain).toBeGreaterThanOrEqual(3 * QUOTA);

  await app.open();
  await page.getByRole('link', { name: 'Backup' }).click();
  await page.getByLabel('Backup file (.json)').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByText('is a backup of a whole workspace')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Replace the whole workspace…' }).click();
  await page.getByRole('button', { name: 'Yes, replace the workspace' }).click();
  await expect(page.getByText('The workspace was replaced from the backup')).toBeVisible({ timeout: 60_000 });
  await saved(page);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // What is stored fits: every key of the app, counted as the browser counts it.
  const units = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cx-workbench:'))
    .reduce((n, k) => n + k.length + localStorage.getItem(k).length, 0));
  expect(units).toBeLessThan(QUOTA);
  info.annotations.push({ type: 'size', description: `plain JSON ${plain} characters, stored ${units} UTF-16 units` });

  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('link', { name: 'Projects' }).click();
  for (const p of [data.projects[0], data.projects[11], data.projects[23]]) {
    await expect(page.getByRole('link', { name: p.name })).toBeVisible();
  }

  // Everything is there: every project, map and card text, decoded from storage here.
  const back = (await stored(page)).data;
  expect(back.settings.organisation).toBe('Acme Retail');
  expect(back.projects.map((p) => p.name)).toEqual(data.projects.map((p) => p.name));
  for (const [i, p] of data.projects.entries()) {
    const q = back.projects[i];
    expect(q.description).toBe(p.description);
    expect(q.journeys.map((j) => j.cards.map((c) => c.text))).toEqual(p.journeys.map((j) => j.cards.map((c) => c.text)));
    expect(q.journeys.map((j) => j.stages.map((s) => s.name))).toEqual(p.journeys.map((j) => j.stages.map((s) => s.name)));
  }

  // And the app shows it: the last project's notes map, with its cards.
  await page.getByRole('link', { name: data.projects[23].name }).click();
  await page.getByRole('link', { name: 'Journey maps' }).first().click();
  await page.getByRole('link', { name: 'Complaint notes' }).click();
  await expect(page.getByText(data.projects[23].journeys[1].cards[0].text)).toBeVisible();
});
