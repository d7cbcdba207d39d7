// PDCA plans: a plan that answers a confirmed 5 Whys root cause (picked by keyboard) is
// made by keyboard and weighs two options in the matrix (scored by keyboard)
// (a "must" rules one out, the robustness says how close the call is), cannot move on
// until its essentials are there (the reason is said), carries out actions (an overdue
// one says so in words), checks the KPI after the change against the baseline (verdict,
// interval, run chart), standardises with a follow-up date, exports its due dates as
// iCalendar, and is all there after a reload; its evidence report (STAR) prints on A4
// (print media emulated) and downloads as Markdown; the chain names what is still to do;
// the dashboard lists it; "adjust and run again" starts a linked
// cycle pre-filled from the first; axe-core on the list and the plan.
import { test, expect, saved, expectAccessible, addFromBackup } from './fixtures.mjs';
import { readFileSync } from 'node:fs';

const day = (y, m, d) => Math.round(Date.UTC(y, m - 1, d) / 86_400_000);

/** A project with a year of NPS answers (better from September) and a 5 Whys root cause. */
function backup() {
  const cells = [];
  for (let m = 1; m <= 12; m++) {
    const counts = Array(11).fill(0);
    counts[0] = m <= 8 ? 90 + (m % 3) * 6 : 45 + (m % 2) * 5;
    counts[7] = 50;
    counts[10] = m <= 8 ? 70 : 100;
    cells.push({ day: day(2026, m, 1), segment: 0, counts });
  }
  const at = '2026-11-01T09:00:00Z';
  return {
    format: 'cx-workbench-backup', schema_version: 5, scope: 'workspace',
    data: { projects: [{
      id: 'p1', name: 'Late deliveries', created_at: at, updated_at: at,
      datasets: [{ id: 's1', name: 'NPS survey 2026', scale: 'ZeroToTen', imported_at: at, counts: { segments: [''], cells } }],
      whys: [{ id: 'w1', problem: 'Callers are transferred to change an address',
        answers: [{ id: 'a1', text: 'the address form is only on the billing screen', root_cause: true, checked: true,
          evidence: [{ note: 'Call recordings 3–7 Mar: 14 of 20 transfers were address changes' }] }] }],
    }] },
  };
}

async function openProject(page, app) {
  await app.open();
  await addFromBackup(page, backup(), 'Late deliveries');
  await page.getByRole('link', { name: 'PDCA plans', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'PDCA plans' })).toBeVisible();
}

/** Picks the option of a list whose text contains `text`. */
async function pick(page, label, text) {
  const list = page.getByLabel(label, { exact: true });
  const value = await list.locator('option', { hasText: text }).first().getAttribute('value');
  await list.selectOption(value);
}

/** Scores an option on each criterion by keyboard: the list focused, the digit typed. */
async function score(page, option, scores) {
  const criteria = ['Cost', 'Feasibility', 'Impact on the customer', 'Risk', 'Time to deliver'];
  for (const [i, s] of scores.entries()) {
    const list = page.getByRole('combobox', { name: `Score of ${option} on ${criteria[i]}` });
    await list.focus();
    await page.keyboard.press(String(s));
    await expect(page.getByRole('combobox', { name: `Score of ${option} on ${criteria[i]}` })).toHaveValue(String(s));
  }
}

const moveTo = (page, phase) => page.getByRole('button', { name: `Move to ${phase}` });
const current = (page) => page.getByRole('navigation', { name: 'Phase' }).locator('[aria-current="step"]');

test('a plan weighs two options, is carried out, checked and standardised, and survives a reload', async ({ page, app }) => {
  await openProject(page, app);
  await expect(page.getByText('No PDCA plans yet.')).toBeVisible();
  await expectAccessible(page, 'the PDCA list with no plans');
  await page.getByRole('button', { name: 'Start plan' }).click();
  await expect(page.getByRole('alert')).toHaveText('Give the plan a title.');
  // By keyboard: the title, then Enter.
  await page.getByRole('textbox', { name: 'Title' }).focus();
  await page.keyboard.type('Address changes without a transfer');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'PDCA: Address changes without a transfer' })).toBeVisible();
  await expect(current(page)).toHaveText('Plan');

  // Not ready: the reason is said, and the phase stays.
  await expect(page.getByText('Do needs a problem statement, an objective, at least two options to weigh (there are none) and a chosen option.')).toBeVisible();
  await moveTo(page, 'Do').click();
  await expect(current(page)).toHaveText('Plan');

  await page.getByRole('textbox', { name: 'Problem statement' }).fill('34% of late-delivery callers in Q3 were transferred more than twice');
  await page.getByRole('textbox', { name: 'Objective (SMART)' }).fill('Fewer than 10% transferred twice by 31 March 2027');
  await page.getByRole('textbox', { name: 'Objective (SMART)' }).press('Tab');
  // The confirmed root cause, picked from the list by keyboard.
  const roots = page.getByLabel('Link a root cause', { exact: true });
  await expect(roots.locator('option').nth(1)).toHaveText('the address form is only on the billing screen (root cause, confirmed, 5 Whys “Callers are transferred to change an address”)');
  await roots.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: /^Unlink root cause the address form is only on the billing screen \(root cause, confirmed/ })).toBeVisible();
  // Figures by month, quarter and week: a year of data is 4 quarters.
  await expect(page.getByLabel('Baseline KPI', { exact: true }).locator('optgroup[label="By quarter"] option')).toHaveCount(4);
  await pick(page, 'Baseline KPI', 'Aug 2026');
  await page.getByRole('spinbutton', { name: 'Target (in the KPI\'s units)' }).fill('20');
  await page.getByRole('spinbutton', { name: 'Target (in the KPI\'s units)' }).press('Tab');

  for (const name of ['Address form on every screen', 'Transfer script']) {
    await page.getByRole('textbox', { name: 'New option' }).fill(name);
    await page.getByRole('textbox', { name: 'New option' }).press('Enter');
  }
  await score(page, 'Address form on every screen', [4, 4, 5, 4, 3]);
  await score(page, 'Transfer script', [5, 5, 2, 4, 5]);
  // (3×4 + 3×4 + 5×5 + 2×4 + 2×3) / 15 = 63/15 = 4.20; (15 + 15 + 10 + 8 + 10) / 15 = 3.87.
  await expect(page.locator('.pdca-total').first()).toHaveText('4.20 · rank 1');
  await expect(page.getByText('Close call: changing the weight of Impact on the customer from 5 to 3 would put Transfer script first.')).toBeVisible();
  await page.getByRole('textbox', { name: 'New “must”' }).fill('Costs under £5,000');
  await page.getByRole('textbox', { name: 'New “must”' }).press('Enter');
  await page.getByRole('checkbox', { name: /Transfer script on Costs under £5,000/ }).uncheck();
  await expect(page.locator('.pdca-total').nth(1)).toHaveText('ruled out');
  await page.getByRole('radio', { name: 'Choose Address form on every screen' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Choose Address form on every screen' })).toBeChecked();
  await page.getByRole('textbox', { name: 'Why the chosen option' }).fill('Removes the cause at low cost; advisers asked for it');
  await page.getByRole('textbox', { name: 'Why the chosen option' }).press('Tab');
  await page.getByRole('textbox', { name: 'Who', exact: true }).fill('Team leaders');
  await page.getByRole('textbox', { name: 'How', exact: true }).fill('Morning huddle');
  await page.getByRole('textbox', { name: 'When', exact: true }).fill('Before go-live');
  await page.getByRole('button', { name: 'Add stakeholder' }).click();
  await expect(page.getByRole('textbox', { name: 'Who, stakeholder 1' })).toHaveValue('Team leaders');
  await expectAccessible(page, 'a plan with its options matrix');

  await moveTo(page, 'Do').click();
  await expect(current(page)).toHaveText('Do');
  await page.getByRole('textbox', { name: 'New action' }).fill('Add the address form to the adviser screen');
  await page.getByRole('textbox', { name: 'Owner' }).fill('IT');
  await page.getByLabel('Due', { exact: true }).fill('2026-09-01');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByRole('textbox', { name: 'Action 1', exact: true })).toHaveValue('Add the address form to the adviser screen');
  await expect(page.locator('.pdca-actions').getByText(/⚠ overdue by \d+ days/)).toBeVisible();
  await page.getByRole('textbox', { name: 'Notes, action 1' }).fill('Waiting for the release window');
  await page.getByRole('textbox', { name: 'Notes, action 1' }).press('Tab');
  // The four quadrants at a glance say where the cycle stands.
  const wheel = page.getByRole('list', { name: 'The cycle at a glance' });
  await expect(wheel.getByRole('heading', { level: 3 })).toHaveText(['Plan · done', 'Do · now', 'Check · to come', 'Act · to come']);
  await expect(wheel).toContainText('Chosen: Address form on every screen (of 2 options)');
  await expect(wheel).toContainText('0 of 1 action done');
  await expect(wheel).toContainText('⚠ 1 overdue');

  await expect(page.getByText('Check needs the KPI figure after the change.')).toBeVisible();
  await pick(page, 'KPI after the change', 'Nov 2026');
  await expect(page.getByText(/^Improved: NPS rose by \+\d+ points \(95% CI \+\d+ to \+\d+\), more than sampling noise\. Target of \+20 met\.$/).first()).toBeVisible();
  await expect(page.getByRole('img', { name: 'Run chart of 12 periods' })).toBeVisible();
  await expect(page.getByText(/^The process changed: \d+ points above the upper limit\.$/)).toBeVisible();
  await moveTo(page, 'Check').click();
  await expect(current(page)).toHaveText('Check');
  await moveTo(page, 'Act').click();
  await expect(current(page)).toHaveText('Act');

  await page.getByRole('radio', { name: 'Standardise: make it the new way of working' }).check();
  await page.getByRole('textbox', { name: 'What becomes standard' }).fill('The address form is on every adviser screen');
  await page.getByRole('textbox', { name: 'What becomes standard' }).press('Tab');
  await expect(page.getByText('Closed needs a follow-up date to confirm the problem has not come back.')).toBeVisible();
  await page.getByLabel('Follow-up date').fill('2027-01-12');
  await page.getByLabel('Follow-up date').press('Tab');
  await moveTo(page, 'Closed').click();
  await expect(current(page)).toHaveText('Closed');

  // Undo takes back the last step, redo puts it again.
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(current(page)).toHaveText('Act');
  await page.getByRole('button', { name: /^Redo/ }).click();
  await expect(current(page)).toHaveText('Closed');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download due dates (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Address-changes-without-a-transfer.ics');
  const ics = readFileSync(await file.path(), 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics).toContain('SUMMARY:Add the address form to the adviser screen\r\n');
  expect(ics).toContain('DTSTART;VALUE=DATE:20260901\r\n');
  expect(ics).toContain('DTSTART;VALUE=DATE:20270112\r\n');
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);

  await saved(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'PDCA: Address changes without a transfer' })).toBeVisible();
  await expect(current(page)).toHaveText('Closed');
  await expect(page.getByRole('radio', { name: 'Choose Address form on every screen' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Action 1', exact: true })).toHaveValue('Add the address form to the adviser screen');
  await expect(page.getByRole('textbox', { name: 'Notes, action 1' })).toHaveValue('Waiting for the release window');
  await expect(page.getByRole('button', { name: /^Unlink root cause the address form/ })).toBeVisible();

  // The evidence report, in STAR form, printable and as Markdown.
  await page.getByRole('link', { name: 'Evidence report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evidence report: Address changes without a transfer' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Situation', 'Task', 'Action', 'Result']);
  await expect(page.getByText('Chosen: Address form on every screen. Why: Removes the cause at low cost; advisers asked for it')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Team leaders' })).toBeVisible();
  await expect(page.getByText('Decision: standardise. The address form is on every adviser screen')).toBeVisible();
  await expect(page.getByText('Follow-up due 12 Jan 2027.')).toBeVisible();
  await expectAccessible(page, 'the evidence report');
  // Printed: the report alone, without the app's header, navigation or buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Download Markdown' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Result' })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
  const md = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Markdown' }).click();
  const text = readFileSync(await (await md).path(), 'utf8');
  expect(text.startsWith('# Evidence report: Address changes without a transfer\n')).toBe(true);
  for (const h of ['## Situation', '## Task', '## Action', '## Result']) expect(text).toContain(`\n${h}\n`);
  expect(text).toContain('| Total \\(1–5\\) |  | 4.20 \\(rank 1\\) | ruled out |');

  // The chain names what is still to do; the dashboard lists the plan and IT's action.
  await page.getByRole('link', { name: 'PDCA plans' }).first().click();
  const chain = page.getByRole('table', { name: /root cause, plan, KPI result and follow-up/ });
  await expect(chain.getByRole('row').nth(1)).toContainText('the address form is only on the billing screen');
  await expect(chain.getByRole('row').nth(1)).toContainText('○ follow-up due 12 Jan 2027');
  await expectAccessible(page, 'the PDCA list with a plan and its chain');
  await page.getByRole('link', { name: "All projects' plans and actions by owner" }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'All PDCA plans' })).toBeVisible();
  await expect(page.getByText('Every plan is closed.')).toBeVisible();
  await page.getByText('Closed plans (1)').click();
  await expect(page.getByRole('row', { name: /Address changes without a transfer Late deliveries Closed/ })).toBeVisible();
  await page.getByText(/^IT · 1 open · ⚠ 1 overdue$/).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Add the address form to the adviser screen' }))
    .toHaveText(/^1 Sep 2026 · Add the address form to the adviser screen · Address changes without a transfer · ⚠ overdue by \d+ days$/);
  await expectAccessible(page, 'the plans dashboard');
});

test('adjust and run again starts a linked cycle pre-filled from the first', async ({ page, app }) => {
  await openProject(page, app);
  await page.getByRole('textbox', { name: 'Title' }).fill('Fewer transfers');
  await page.getByRole('button', { name: 'Start plan' }).click();
  await page.getByRole('textbox', { name: 'Problem statement' }).fill('Callers transferred twice');
  await page.getByRole('textbox', { name: 'Problem statement' }).press('Tab');
  await page.getByRole('radio', { name: 'Adjust and run again' }).check();
  await page.getByRole('button', { name: 'Start the next cycle' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'PDCA: Fewer transfers (cycle 2)' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Problem statement' })).toHaveValue('Callers transferred twice');
  await expect(page.getByText('Runs again after')).toBeVisible();
  await page.getByRole('link', { name: 'Fewer transfers', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'PDCA: Fewer transfers' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Fewer transfers (cycle 2)' })).toBeVisible();
});

test('a root cause leads on to the plan that fixes it, and shows it', async ({ page, app }) => {
  await openProject(page, app);
  await page.getByRole('link', { name: '5 Whys', exact: true }).click();
  await page.getByRole('link', { name: 'Callers are transferred to change an address' }).click();
  await page.getByRole('button', { name: 'Plan the fix (PDCA) for: the address form is only on the billing screen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'PDCA: Fix: the address form is only on the billing screen' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Problem statement' })).toHaveValue('Callers are transferred to change an address');
  await expect(page.getByRole('button', { name: /^Unlink root cause the address form is only on the billing screen/ })).toBeVisible();
  await page.goBack();
  await expect(page.getByText('Answered by:')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Fix: the address form is only on the billing screen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Plan another fix (PDCA) for: the address form is only on the billing screen' })).toBeVisible();
  await expectAccessible(page, 'a 5 Whys whose root cause has a plan');
});

test('hostile text in a plan stays text on the page, in the report and in the run chart', async ({ page, app }) => {
  const hostile = '"><svg onload=window.pwned=1><script>window.pwned=1</script>';
  await openProject(page, app);
  await page.getByRole('textbox', { name: 'Title' }).fill(hostile);
  await page.getByRole('button', { name: 'Start plan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`PDCA: ${hostile}`);
  await page.getByRole('textbox', { name: 'New option' }).fill(hostile);
  await page.getByRole('textbox', { name: 'New option' }).press('Enter');
  await pick(page, 'Baseline KPI', 'Aug 2026');
  await expect(page.getByRole('img', { name: 'Run chart of 12 periods' })).toBeVisible();
  await page.getByRole('link', { name: 'Evidence report' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Evidence report: ${hostile}`);
  await expect(page.getByRole('columnheader', { name: hostile })).toBeVisible();
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
  expect(await page.locator('main script, main svg[onload]').count()).toBe(0);
});
