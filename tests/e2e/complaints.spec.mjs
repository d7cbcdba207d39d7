// The complaint log: three complaints logged by keyboard alone, an entry handled
// (acknowledged, resolved, closed) with its audit trail, an overdue entry seen and
// filtered, the Pareto chart of categories with a recurring one analysed into a
// fishbone, a CSV with e-mail addresses and phone numbers imported with the personal
// data redacted before anything is kept, a customer erased across the workspace and
// another's data exported for a subject access request, and everything still there after
// a reload; axe-core on each page.
import { test, expect, saved, expectAccessible } from './fixtures.mjs';
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
  await page.getByRole('link', { name: 'Backup' }).click();
  await page.getByLabel('Backup file (.json)').setInputFiles({
    name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup())),
  });
  await page.getByRole('button', { name: /^Add 1 as new project/ }).click();
  await saved(page);
  await page.getByRole('link', { name: 'Projects' }).click();
  await page.getByRole('link', { name: 'Complaints' }).click();
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

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Complaint log' })).toBeVisible();
  await expect(figure(page, 'In the log')).toHaveText('7');
  await expect(page.getByRole('region', { name: /^Complaint received 5 Oct 2026/ }).getByLabel('Closed on')).toBeVisible();
});
