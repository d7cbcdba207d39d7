// The complaint list draws only the rows in view and reuses their elements while it
// scrolls. Keyboard focus must stay on the complaint it was on: tabbing down a long
// list visits every complaint in turn, and a scroll keeps the focused complaint focused
// (or, once it has left the view, the list itself); axe-core on the page.
import { test, expect, expectAccessible, addFromBackup } from './fixtures.mjs';

const ENTRIES = 300;

function backup() {
  const at = '2026-10-01T09:00:00Z';
  const start = Date.UTC(2026, 0, 5, 9);
  const complaints = Array.from({ length: ENTRIES }, (_, i) => ({
    id: `n${String(i + 1).padStart(16, '0')}`,
    received: new Date(start + i * 3_600_000).toISOString().slice(0, 19),
    channel: 'email', category: 'Late delivery', customer: `ACC-${30000 + i}`,
    summary: `Parcel late, complaint ${i + 1}`, closed: '2026-03-01',
  }));
  return {
    format: 'cx-workbench-backup', schema_version: 6, scope: 'workspace',
    data: { projects: [{ id: 'p1', name: 'Long log', created_at: at, updated_at: at, complaints }] },
  };
}

const focusedText = (page) => page.evaluate(() => document.activeElement?.textContent.trim());

test('keyboard focus stays on its complaint while the list scrolls', async ({ page, app }) => {
  await app.open();
  await addFromBackup(page, backup(), 'Long log');
  await page.getByRole('link', { name: 'Complaint log', exact: true }).first().click();
  const list = page.getByRole('region', { name: 'Complaints list' });
  await expect(list.getByRole('link', { name: 'Parcel late, complaint 1', exact: true })).toBeVisible();
  await expect(list.getByRole('row')).not.toHaveCount(ENTRIES + 1); // only what is in view

  // Tab down the list: every complaint in turn, well past the rows first drawn.
  await list.getByRole('link', { name: 'Parcel late, complaint 1', exact: true }).focus();
  for (let n = 2; n <= 60; n++) {
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe(`Parcel late, complaint ${n}`);
  }
  await expect(list.getByRole('link', { name: 'Parcel late, complaint 60', exact: true })).toBeInViewport();

  // A short scroll keeps the focused complaint focused, its row reused for another.
  const before = await list.evaluate((el) => el.scrollTop);
  await list.evaluate((el) => { el.scrollTop += 120; });
  await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBeGreaterThan(before);
  await expect.poll(() => focusedText(page)).toBe('Parcel late, complaint 60');
  // A long one takes it out of view: focus goes to the list, not to another complaint.
  await list.evaluate((el) => { el.scrollTop += 4000; });
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Complaints list');
  await expectAccessible(page);
});

test('the summary keeps its room on a phone, a tablet and beside an open entry', async ({ page, app }) => {
  await app.open();
  await addFromBackup(page, backup(), 'Long log');
  await page.getByRole('link', { name: 'Complaint log', exact: true }).first().click();
  const list = page.getByRole('region', { name: 'Complaints list' });
  const summaryWidth = () => list.locator('td.entry-row__summary').first().evaluate((td) => td.getBoundingClientRect().width);
  for (const [width, height] of [[390, 844], [800, 1000], [1920, 1080]]) {
    await page.setViewportSize({ width, height });
    await expect(list.getByRole('link', { name: 'Parcel late, complaint 1', exact: true })).toBeVisible();
    expect(await summaryWidth(), `summary at ${width} px`).toBeGreaterThanOrEqual(160);
  }
  // Beside an open entry the optional columns give way to the summary.
  await page.setViewportSize({ width: 1280, height: 800 });
  await list.getByRole('link', { name: 'Parcel late, complaint 1', exact: true }).click();
  await expect(list.locator('tr.entry-row--selected')).toContainText('Parcel late, complaint 1 (open)');
  expect(await summaryWidth(), 'summary beside the open entry').toBeGreaterThanOrEqual(160);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page, 'the complaint log on a phone');
});
