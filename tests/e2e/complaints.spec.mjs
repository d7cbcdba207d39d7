// The complaint log: three complaints logged by keyboard alone, an entry handled
// (acknowledged, resolved, closed) with its audit trail, an overdue entry seen and
// filtered, the Pareto chart of categories with a recurring one analysed into a
// fishbone, a CSV with e-mail addresses and phone numbers imported with the personal
// data redacted before anything is kept, a customer erased across the workspace and
// another's data exported for a subject access request, and everything still there after
// a reload; axe-core on each page.
import { test, expect, saved, expectAccessible, addFromBackup } from './fixtures.mjs';
import { readFileSync } from 'node:fs';

/** A project whose log holds an old open complaint (overdue) and a few closed ones. */
function backup() {
  const at = '2026-10-01T09:00:00Z';
  const entry = (n, received, category, customer, extra = {}) => ({
    id: `n${String(n).padStart(16, '0')}`, received, channel: 'phone', category,
    summary: `${category}: complaint ${n}`, customer, ...extra,
  });
  const complaints = [
    entry(1, '2026-10-05T10:00:00', 'Late delivery', 'ACC-20001'),
    entry(2, '2026-10-12T11:00:00', 'Late delivery', 'ACC-20002', { closed: '2026-10-14' }),
    entry(3, '2026-10-19T12:00:00', 'Late delivery', 'ACC-20003', { closed: '2026-10-21' }),
    entry(4, '2026-10-26T09:30:00', 'Billing error', 'ACC-20002', { closed: '2026-10-28' }),
  ];
  return {
    format: 'cx-workbench-backup', schema_version: 6, scope: 'workspace',
    data: { projects: [{ id: 'p1', name: 'Complaints', created_at: at, updated_at: at, complaints }] },
  };
}

async function openLog(page, app) {
  await app.open();
  await addFromBackup(page, backup(), 'Complaints');
  await page.getByRole('link', { name: 'Complaint log', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Complaint log' })).toBeVisible();
}

/** The figure of the log's summary named `name`. */
const figure = (page, name) =>
  page.getByRole('definition').filter({ has: page.locator(`xpath=preceding-sibling::dt[contains(., "${name}")]`) });

test('complaints are logged by keyboard, handled with an audit trail, and kept', async ({ page, app }) => {
  await openLog(page, app);
  await expect(figure(page, 'Overdue')).toHaveText('1');
  await expectAccessible(page, 'the complaint log');

  // Three complaints by keyboard alone: the summary is typed, Tab moves on, a letter
  // picks a list's option, Enter (or Ctrl+Enter in the summary) logs it.
  const summary = page.getByLabel('What is the complaint about?');
  await summary.focus();
  await page.keyboard.type('Parcel left in the rain');
  await page.keyboard.press('Tab'); // channel
  await page.keyboard.press('e'); // e-mail
  await page.keyboard.press('Tab'); // category
  await page.keyboard.press('L'); // Late delivery
  await page.keyboard.press('Tab'); // severity
  await page.keyboard.press('h'); // high
  await page.keyboard.press('Tab'); // customer reference
  await page.keyboard.type('ACC-30001');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Logged: “Parcel left in the rain”.' })).toBeAttached();
  await expect(summary).toBeFocused();
  await page.keyboard.type('Charged twice for one order');
  await page.keyboard.press('Control+Enter');
  await expect(summary).toBeFocused();
  await page.keyboard.type('Courier rude at the door');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('7 of 7 shown')).toBeVisible();
  const list = page.getByRole('region', { name: 'Complaints list' });
  const rain = list.getByRole('row').filter({ hasText: 'Parcel left in the rain' });
  await expect(rain).toContainText('Late delivery');
  await expect(rain).toContainText('e-mail');
  await expect(rain).toContainText('high');

  // Personal data typed in the summary is found as it is typed.
  await summary.fill('Call me back on 07700 900123');
  await expect(page.getByText('Personal data found: 1 × phone number.')).toBeVisible();
  await page.getByRole('button', { name: 'Redact personal data in the summary' }).click();
  await expect(summary).toHaveValue('Call me back on [phone number removed]');
  await summary.fill('');

  // The overdue entry, by its filter; then handled.
  await page.getByRole('button', { name: 'Show overdue' }).click();
  await expect(page.getByText('1 of 7 shown')).toBeVisible();
  const old = list.getByRole('row').filter({ hasText: 'complaint 1' });
  await expect(old).toContainText('Overdue by');
  await old.getByRole('link').click();
  const entry = page.getByRole('region', { name: /^Complaint received 5 Oct 2026/ });
  await expect(entry.getByText(/Acknowledge due .* Overdue by \d+ days/)).toBeVisible();
  await entry.getByRole('button', { name: 'Acknowledge met today' }).click();
  await entry.getByLabel('Hear').check();
  await entry.getByLabel('Resolution', { exact: true }).fill('Redelivered the next morning');
  await entry.getByLabel('Resolution', { exact: true }).blur();
  await entry.getByLabel('refund', { exact: true }).check();
  await entry.getByRole('button', { name: 'Close today' }).click();
  const trail = entry.getByRole('list').last();
  await expect(trail).toContainText('“Acknowledge” met on');
  await expect(trail).toContainText('“Hear” done');
  await expect(trail).toContainText('resolution changed');
  await expect(trail).toContainText('remedies: refund');
  await expect(trail).toContainText('closed on');
  await expect(figure(page, 'Overdue')).toHaveText('0');
  // Undo takes the closing back, as one step.
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(entry.getByRole('button', { name: 'Close today' })).toBeVisible();
  await page.getByRole('button', { name: /^Redo/ }).click();
  await expect(entry.getByLabel('Closed on')).toBeVisible();
  await expectAccessible(page, 'an open complaint');
  await saved(page);

  // The log feeds the project's KPI set.
  await page.getByRole('link', { name: 'KPIs', exact: true }).first().click();
  const fromLog = page.getByRole('region', { name: 'From the complaint log' });
  await expect(fromLog).toContainText('7 complaints in the log.');
  await expect(fromLog.getByRole('table', { name: "The log's figures by period, newest first" }).getByRole('row').nth(1)).toContainText(/Dec 2026|Nov 2026|Oct 2026/);
  await page.goBack();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Complaint log' })).toBeVisible();
  await expect(figure(page, 'In the log')).toHaveText('7');
  await expect(page.getByRole('region', { name: /^Complaint received 5 Oct 2026/ }).getByLabel('Closed on')).toBeVisible();
});

test('recurring issues are found, an import is redacted, and a customer is erased and another exported', async ({ page, app }) => {
  await openLog(page, app);

  // Late delivery: three in three weeks, recurring under the default rule (3 in 90 days).
  await page.getByRole('link', { name: 'Recurring issues' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recurring issues' })).toBeVisible();
  const pareto = page.getByRole('img', { name: 'Pareto chart of complaints by category' });
  await expect(pareto).toBeVisible();
  const byCategory = page.getByRole('table', { name: 'Complaints by category, highest first' });
  await expect(byCategory.getByRole('row').nth(1)).toContainText('Late delivery');
  await expect(byCategory.getByRole('row').nth(1)).toContainText('75');
  await expect(byCategory.getByRole('row').nth(2)).toContainText('Billing error');
  await expect(byCategory.getByRole('row').nth(2)).toContainText('100');
  const recurring = page.getByRole('region', { name: 'One-off or recurring' });
  await expect(recurring.getByRole('row', { name: /Late delivery/ })).toContainText('recurring');
  await expect(recurring.getByRole('row', { name: /Billing error/ })).toContainText('one-off');
  await expectAccessible(page, 'the recurring issues');
  await recurring.getByRole('button', { name: 'Analyse root cause of Late delivery' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fishbone diagram' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Fishbone diagram: 3 complaints about Late delivery between 5 Oct and 19 Oct 2026/ })).toBeVisible();
  // Under the fishbone category the team mapped Late delivery to (Partners).
  await expect(page.getByRole('textbox', { name: 'Cause under Partners' })).toHaveValue('Complaints logged as Late delivery');
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Complaint log' })).toBeVisible();

  // A ticketing tool's export with e-mail addresses and phone numbers in it.
  await page.getByRole('link', { name: 'Import from CSV' }).click();
  const csv = readFileSync(new URL('../fixtures/complaints/ticketing_export.csv', import.meta.url));
  await page.getByLabel('Complaint file (.csv)').setInputFiles({ name: 'tickets.csv', mimeType: 'text/csv', buffer: csv });
  await page.getByRole('button', { name: 'Read complaints' }).click();
  await expect(page.getByText(/personal data found in \d+ of them/)).toBeVisible();
  await expect(page.locator('mark').first()).toBeVisible();
  await expect(page.getByLabel('Redact personal data before keeping')).toBeChecked();
  await expectAccessible(page, 'the import review');
  await page.getByRole('button', { name: /^Keep \d+ complaints$/ }).click();
  await page.getByRole('link', { name: 'Go to the complaint log' }).click();
  const list = page.getByRole('region', { name: 'Complaints list' });
  await page.getByLabel('Search', { exact: true }).fill('hold');
  const hold = list.getByRole('row').filter({ hasText: 'Waited 2 hours on hold' });
  await expect(hold).toContainText('[phone number removed]');
  await expect(hold).not.toContainText('7946');
  await page.getByLabel('Search', { exact: true }).fill('');

  // Erase one customer across the workspace; export another's data.
  await page.getByRole('link', { name: 'Data protection' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data protection' })).toBeVisible();
  await page.getByLabel('Customer reference to erase').fill('ACC-20001');
  await page.getByRole('button', { name: 'Find entries of this customer' }).click();
  await expect(page.getByText(/1 complaint/).first()).toBeVisible();
  await page.getByRole('button', { name: "Erase this customer's data" }).click();
  await page.getByRole('button', { name: "Yes, erase this customer's data" }).click();
  await expect(page.getByText(/removed/).first()).toBeVisible();
  await page.getByLabel('Customer reference to export').fill('ACC-20002');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: "Download this customer's data" }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(file.entries.length).toBe(2);
  expect(JSON.stringify(file)).toContain('ACC-20002');
  expect(file.answer_by).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await expectAccessible(page, 'the data protection page');
  await saved(page);

  await page.reload();
  await page.getByRole('link', { name: 'Projects' }).click();
  await page.getByRole('link', { name: 'Complaints' }).click();
  await page.getByRole('link', { name: 'Complaint log', exact: true }).first().click();
  await page.getByLabel('Search', { exact: true }).fill('ACC-20001');
  await expect(page.getByText('0 of', { exact: false })).toBeVisible();
  await expect(page.getByText('No complaint matches these filters.')).toBeVisible();
});

test('renaming a category in Settings renames the complaints logged under it, in one undoable step', async ({ page, app }) => {
  await openLog(page, app);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const name = page.getByRole('textbox', { name: 'Category 1 name' });
  await expect(name).toHaveValue('Late delivery');
  await expect(name).toHaveAccessibleDescription('3 complaints logged under it');
  // A name another category has is refused, and nothing changes.
  await name.fill('billing error');
  await name.press('Tab');
  await expect(page.getByRole('alert')).toHaveText('There is already a category “billing error”.');
  await name.fill('Courier delays');
  await name.press('Tab');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo', exact: true }))
    .toHaveAttribute('title', /rename complaint category "Late delivery" to "Courier delays" and the 3 complaints logged under it/);
  await expect(page.getByRole('textbox', { name: 'Category 1 name' })).toHaveAccessibleDescription('3 complaints logged under it');
  await expectAccessible(page, 'settings after a category rename');
  // One undo takes the rename back, one redo makes it again.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Category 1 name' })).toHaveValue('Late delivery');
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Category 1 name' })).toHaveValue('Courier delays');
  await saved(page);

  // The log, its filter and each entry's audit trail use the new name.
  await page.getByRole('link', { name: 'Projects', exact: true }).click();
  await page.getByRole('link', { name: 'Complaints', exact: true }).click();
  await page.getByRole('link', { name: 'Complaint log', exact: true }).first().click();
  const list = page.getByRole('region', { name: 'Complaints list' });
  await expect(list.getByRole('row').filter({ hasText: 'Courier delays' })).toHaveCount(3);
  await expect(list.getByRole('row').filter({ hasText: 'Billing error' })).toHaveCount(1);
  await list.getByRole('row').filter({ hasText: 'complaint 1' }).getByRole('link').click();
  const entry = page.getByRole('region', { name: /^Complaint received 5 Oct 2026/ });
  await expect(entry.getByRole('list').last()).toContainText('category renamed from “Late delivery” to “Courier delays” in Settings');

  // Kept after a reload.
  await page.reload();
  await expect(page.getByRole('region', { name: /^Complaint received 5 Oct 2026/ })).toContainText('Courier delays');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('textbox', { name: 'Category 1 name' })).toHaveValue('Courier delays');
});
