// 5 Whys: an analysis built by keyboard alone (three levels, each by "Ask why", one
// level with two answers), hints beside a vague answer and a blaming root cause, a root
// cause with a countermeasure (owner, due date, suggested strength), a refusal said in
// words, an answer checked with evidence; all still there after a reload; hostile text
// kept inert; ruling out and reopening; axe-core on the list and the analysis; the page
// at 1280×800, 1920×1080 and 400 wide; an analysis asked of a fishbone cause (from a
// workspace written elsewhere) naming it, or saying it is no longer there; words being typed
// when a save lands kept.
import { test, expect, saved, expectAccessible, addFromBackup } from './fixtures.mjs';

const PROBLEM = 'Customers are transferred three times';

async function newAnalysis(page, app, problem = PROBLEM) {
  await app.open();
  await page.getByRole('textbox', { name: 'Project name' }).fill('Addresses');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name: 'Addresses' }).click();
  await page.getByRole('link', { name: '5 Whys', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '5 Whys' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Problem' }).fill(problem);
  await page.getByRole('button', { name: 'Start 5 Whys' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `5 Whys: ${problem}` })).toBeVisible();
}

const newBox = (page, step) => page.getByRole('textbox', { name: `Because (new answer to Why #${step})` });
const answer = (page, text) => page.getByRole('group', { name: `Because ${text}`, exact: true });

// Types an answer into the focused box and ends it with `key`; the next box is focused
// once the page has redrawn, and the test waits for that as a user would.
async function answerWith(page, text, key, nextStep) {
  await page.keyboard.type(text);
  await page.keyboard.press(key);
  if (nextStep) await expect(newBox(page, nextStep)).toBeFocused();
}

test('an analysis built by keyboard, with hints, a countermeasure and evidence, survives a reload', async ({ page, app }) => {
  await newAnalysis(page, app);
  await expect(page.getByText('Start with the first answer to: Why are customers transferred three times?')).toBeVisible();
  await expect(page.getByText('Verdict: analysis open')).toBeVisible();
  await expectAccessible(page, 'an analysis with no answers');

  // Three levels, each asked of the one above with Ctrl+Enter; two answers at the third.
  await newBox(page, 1).focus();
  await answerWith(page, "agents can't change an address", 'Control+Enter', 2);
  await expect(page.getByText("Why #2: Why can't agents change an address?")).toBeVisible();
  await answerWith(page, 'the address screen is billing-only', 'Control+Enter', 3);
  await answerWith(page, 'poor training', 'Enter', 3);
  await answerWith(page, 'the agent forgot to ask for a licence', 'Enter', 3);
  await expect(newBox(page, 3)).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(newBox(page, 3)).toHaveCount(0);

  const boxes = page.getByRole('textbox', { name: /^Because \(Why #\d, answer \d\)$/ });
  expect(await boxes.evaluateAll((els) => els.map((e) => e.value))).toEqual([
    "agents can't change an address", 'the address screen is billing-only',
    'poor training', 'the agent forgot to ask for a licence',
  ]);
  await expect(page.getByRole('textbox', { name: 'Because (Why #3, answer 2)' })).toHaveValue('the agent forgot to ask for a licence');

  // Hints: a vague word at once; blame once the answer is marked as a root cause.
  await expect(answer(page, 'poor training').getByRole('list', { name: 'Hints' })).toContainText('"poor" is vague');
  const forgot = answer(page, 'the agent forgot to ask for a licence');
  await expect(forgot.getByRole('list', { name: 'Hints' })).toHaveCount(0);
  await forgot.getByRole('checkbox', { name: 'Root cause' }).check();
  await expect(forgot.getByRole('list', { name: 'Hints' })).toContainText('"the agent forgot": this puts it on a person');
  await expect(forgot.getByRole('checkbox', { name: 'Root cause' })).toBeFocused();
  await expect(page.getByText('Verdict: root cause suspected')).toBeVisible();
  await expect(forgot).toContainText('No countermeasure yet: what would remove this cause?');

  // A countermeasure: the strength follows the words until one is picked.
  await forgot.getByRole('textbox', { name: 'New countermeasure' }).fill('Email a reminder to the team');
  await expect(forgot.getByRole('combobox', { name: 'Strength' })).toHaveValue('weak');
  await forgot.getByRole('textbox', { name: 'New countermeasure' }).fill('Automate the licence request');
  await expect(forgot.getByRole('combobox', { name: 'Strength' })).toHaveValue('strong');
  await expect(forgot).toContainText('removes the cause, forces or automates (suggested from the words)');
  await forgot.getByRole('textbox', { name: 'Owner' }).fill('IT service desk');
  await forgot.getByRole('textbox', { name: 'Due' }).fill('2026-03-01');
  await forgot.getByRole('button', { name: 'Add countermeasure' }).click();
  await expect(forgot.getByRole('textbox', { name: 'What will be done, countermeasure 1' })).toHaveValue('Automate the licence request');
  await expect(forgot.getByRole('textbox', { name: 'Owner, countermeasure 1' })).toHaveValue('IT service desk');
  await expect(forgot.getByRole('textbox', { name: 'Due, countermeasure 1' })).toHaveValue('2026-03-01');
  await expect(forgot.getByRole('combobox', { name: 'Strength, countermeasure 1' })).toHaveValue('strong');
  await expect(forgot).not.toContainText('No countermeasure yet');
  // A second, weak one: not weak-only, so no note; the strong one changed to weak: a note.
  await forgot.getByRole('combobox', { name: 'Strength, countermeasure 1' }).selectOption('weak');
  await expect(forgot.getByRole('note')).toContainText('Training and reminders alone rarely stop a cause coming back');
  await forgot.getByRole('combobox', { name: 'Strength, countermeasure 1' }).selectOption('strong');
  await expect(forgot.getByRole('note')).toHaveCount(0);

  // A root cause with countermeasures is not unmarked: the refusal says why.
  await forgot.getByRole('checkbox', { name: 'Root cause' }).click();
  await expect(page.getByText('this root cause has countermeasures: remove them before unmarking it')).toBeVisible();
  await expect(forgot.getByRole('checkbox', { name: 'Root cause' })).toBeChecked();

  // An answer checked, with evidence.
  const screen = answer(page, 'the address screen is billing-only');
  await screen.getByRole('checkbox', { name: 'Checked against the facts' }).check();
  await screen.getByText('Evidence: none yet').click();
  await screen.getByRole('textbox', { name: 'What was checked, and what it showed' }).fill('Screen permissions report, March');
  await screen.getByRole('combobox', { name: 'Link to' }).selectOption({ label: 'a document or page…' });
  await screen.getByRole('textbox', { name: 'Document (a file name or an address)' }).fill('permissions-march.xlsx');
  await screen.getByRole('button', { name: 'Add evidence' }).click();
  await expect(screen).toContainText('Screen permissions report, March → permissions-march.xlsx');
  await expect(screen).toContainText('✓ Confirmed');

  // Rewording by keyboard: Enter keeps the last keys and moves on to the next answer.
  const first = page.getByRole('textbox', { name: 'Because (Why #1, answer 1)' });
  await first.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' themselves');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Because (Why #2, answer 1)' })).toBeFocused();
  await expect(page.getByText("Why #2: Why can't agents change an address themselves?")).toBeVisible();

  // Move down and up keeps focus on the button pressed.
  await answer(page, 'poor training').getByRole('button', { name: 'Move down: poor training' }).click();
  await expect(page.getByRole('textbox', { name: 'Because (Why #3, answer 2)' })).toHaveValue('poor training');
  await expect(page.getByRole('button', { name: 'Move up: poor training' })).toBeEnabled();
  await page.getByRole('button', { name: 'Move up: poor training' }).click();
  await expect(page.getByRole('button', { name: 'Move up: poor training' })).toBeDisabled();
  await expect(page.getByRole('textbox', { name: 'Because (Why #3, answer 1)' })).toHaveValue('poor training');

  await expectAccessible(page, 'the analysis with hints, a countermeasure and evidence');
  await saved(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: `5 Whys: ${PROBLEM}` })).toBeVisible();
  expect(await boxes.evaluateAll((els) => els.map((e) => e.value))).toEqual([
    "agents can't change an address themselves", 'the address screen is billing-only',
    'poor training', 'the agent forgot to ask for a licence',
  ]);
  const forgotAgain = answer(page, 'the agent forgot to ask for a licence');
  await expect(forgotAgain.getByRole('checkbox', { name: 'Root cause' })).toBeChecked();
  await expect(forgotAgain.getByRole('textbox', { name: 'Owner, countermeasure 1' })).toHaveValue('IT service desk');
  await expect(forgotAgain.getByRole('textbox', { name: 'Due, countermeasure 1' })).toHaveValue('2026-03-01');
  await expect(forgotAgain.getByRole('combobox', { name: 'Strength, countermeasure 1' })).toHaveValue('strong');
  await expect(answer(page, 'the address screen is billing-only').getByRole('checkbox', { name: 'Checked against the facts' })).toBeChecked();
  await expect(page.getByText('Screen permissions report, March')).toBeVisible();
  await expect(page.getByText('Verdict: root cause suspected')).toBeVisible();

  // The problem is needed: emptied, it is refused and shows its words again.
  await page.getByRole('textbox', { name: 'Problem' }).fill('');
  await page.getByRole('textbox', { name: 'Problem' }).press('Tab');
  await expect(page.getByText('some text is needed')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Problem' })).toHaveValue(PROBLEM);

  // Evidence and countermeasures are removed by their buttons; then the root cause can
  // be unmarked.
  await page.getByRole('button', { name: 'Remove evidence 1' }).click();
  await expect(page.getByText('Screen permissions report, March')).toHaveCount(0);
  await expect(page.getByText('✓ Confirmed')).toHaveCount(0);
  await forgotAgain.getByRole('button', { name: 'Remove countermeasure 1' }).click();
  await expect(forgotAgain).toContainText('No countermeasure yet');
  await forgotAgain.getByRole('checkbox', { name: 'Root cause' }).uncheck();
  await expect(page.getByText('Verdict: analysis open')).toBeVisible();
  await page.getByRole('button', { name: /^Undo/ }).click();
  await page.getByRole('button', { name: /^Undo/ }).click();
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(forgotAgain.getByRole('textbox', { name: 'Owner, countermeasure 1' })).toHaveValue('IT service desk');
  await expect(page.getByText('Screen permissions report, March')).toBeVisible();

  // Removing an answer takes its answers with it; undo brings them back.
  await answer(page, 'the address screen is billing-only')
    .getByRole('button', { name: 'Remove with the answers below: the address screen is billing-only' }).click();
  await expect(boxes).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Because (Why #1, answer 1)' })).toBeFocused();
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(boxes).toHaveCount(4);

  for (const [width, height] of [[1280, 800], [1920, 1080], [400, 800]]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/whys-${width}x${height}.png`, fullPage: true });
  }

  // Printed: the analysis without the app's chrome, buttons or forms.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: `5 Whys: ${PROBLEM}` })).toBeVisible();
  // Each answer printed in full, as words rather than a text box's one line.
  const printedAnswers = await page.locator('.whys-answer__text').evaluateAll((els) => els.map((e) => e.innerText));
  for (const a of await page.locator('.whys-answer__text input').evaluateAll((els) => els.map((e) => e.value))) {
    expect(printedAnswers.some((t) => t.includes(a)), a).toBe(true);
  }
  await expect(page.getByRole('textbox', { name: 'Because (Why #3, answer 2)' })).toBeHidden();
  await expect(page.getByText('Verdict: root cause suspected')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  // Hidden from the accessibility tree too, so counted in the markup.
  await expect(page.locator('main button', { hasText: 'Ask why' })).toHaveCount(4);
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.locator('main form')).not.toHaveCount(0);
  for (const f of await page.locator('main form').all()) await expect(f).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The list names the analysis with its verdict.
  await page.locator('.breadcrumb').getByRole('link', { name: /5 Whys$/ }).click();
  await expect(page.getByRole('link', { name: PROBLEM })).toBeVisible();
  await expect(page.getByText('root cause suspected')).toBeVisible();
  await expectAccessible(page, 'the list of 5 Whys');
});

test('hostile text stays inert; ruling out and reopening; not found', async ({ page, app }) => {
  const hostile = '<img src=x onerror="window.__pwned=1">';
  await newAnalysis(page, app, hostile);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`5 Whys: ${hostile}`);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: 'test-results/whys-empty-1280x800.png' });
  await newBox(page, 1).fill('"><script>window.__pwned=2</script>');
  await newBox(page, 1).press('Control+Enter');
  await expect(newBox(page, 2)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Because (Why #1, answer 1)' })).toHaveValue('"><script>window.__pwned=2</script>');
  // "Another answer" opens a box at the same step; leaving it by Tab keeps the words.
  await page.getByRole('button', { name: 'Another answer' }).click();
  await expect(newBox(page, 1)).toBeFocused();
  await page.keyboard.type('<b>bold</b> & "quoted"');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Because (Why #1, answer 2)' })).toHaveValue('<b>bold</b> & "quoted"');
  await expect(newBox(page, 1)).toHaveCount(0);
  await expect(page.locator('main img, main script, main b')).toHaveCount(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();

  await page.getByRole('textbox', { name: 'Why this is not why the problem happens' }).fill('Recordings show the transfers are about billing');
  await page.getByRole('button', { name: 'Close as ruled out' }).click();
  await expect(page.getByText('Verdict: ruled out')).toBeVisible();
  await expect(page.getByText('Ruled out: Recordings show the transfers are about billing')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reopen the analysis' })).toBeFocused();
  // A ruled-out analysis takes no root cause: the refusal says so.
  const root = page.getByRole('checkbox', { name: 'Root cause' }).first();
  await root.click();
  await expect(page.getByText('this analysis is ruled out: reopen it before marking a root cause')).toBeVisible();
  await expect(root).not.toBeChecked();
  await page.getByRole('button', { name: 'Reopen the analysis' }).click();
  await expect(page.getByText('Verdict: analysis open')).toBeVisible();

  // The Markdown keeps the text as text.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Markdown' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^5-whys-img-src-x-onerror-window-pwned-1\.md$/);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();

  await page.evaluate(() => { location.hash = location.hash.replace(/\/[^/]+$/, '/nothing-here'); });
  await expect(page.getByRole('heading', { level: 1, name: '5 Whys not found' })).toBeVisible();
});

test('an analysis asked of a fishbone cause names it and links to the diagram', async ({ page, app }) => {
  // A workspace written elsewhere: a diagram with one cause, a 5 Whys asked of it, and
  // one asked of a cause since removed from the diagram.
  const at = '2026-02-01T09:00:00Z';
  const backup = {
    format: 'cx-workbench-backup', schema_version: 4, scope: 'workspace',
    data: { projects: [{
      id: 'p1', name: 'Repeat calls', created_at: at, updated_at: at,
      fishbones: [{ id: 'f1', effect: 'Customers call back within a week',
        categories: [{ id: 'g1', name: 'Process', causes: [{ id: 'k1', text: 'Callbacks are not booked' }] }] }],
      whys: [
        { id: 'w1', problem: 'Callbacks are not booked', origin: { fishbone: 'f1', cause: 'k1' },
          answers: [{ id: 'a1', text: 'the rota has no callback slots' }] },
        { id: 'w2', problem: 'Agents are ending calls early', origin: { fishbone: 'f1', cause: 'gone' } },
      ],
    }] },
  };
  await app.open();
  await addFromBackup(page, backup, 'Repeat calls');
  await page.getByRole('link', { name: '5 Whys', exact: true }).click();
  await page.getByRole('link', { name: 'Callbacks are not booked' }).click();
  await expect(page.getByText('Asked of the cause “Callbacks are not booked” in the fishbone diagram')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Because (Why #1, answer 1)' })).toHaveValue('the rota has no callback slots');
  const link = page.getByRole('link', { name: '“Customers call back within a week”' });
  await expect(link).toHaveAttribute('href', /fishbones?\/f1$/);
  await page.goBack();
  await page.getByRole('link', { name: 'Agents are ending calls early' }).click();
  await expect(page.getByText('Asked of a cause (no longer there) in the fishbone diagram')).toBeVisible();
  await expect(page.getByText('Start with the first answer to: Why are agents ending calls early?')).toBeVisible();
});

test('words being typed when a save lands are kept', async ({ page, app }) => {
  await newAnalysis(page, app);
  await newBox(page, 1).focus();
  await answerWith(page, 'the form asks for a reference', 'Enter', 1);
  await answerWith(page, 'the queue is long', 'Enter', 1);
  await page.keyboard.press('Escape');
  await saved(page);
  const box = page.getByRole('textbox', { name: 'Because (Why #1, answer 2)' });
  const saving = page.getByText('Saving…');
  // A change (ticking an answer checked) is saved shortly after; words typed in another
  // answer before that save lands, and not yet kept, must still be there after it. An
  // attempt whose typing came after the save shows nothing, so it is made again.
  let typed = 'the queue is long';
  let raced = 0;
  for (let attempt = 0; attempt < 8 && raced < 3; attempt++) {
    await page.getByRole('checkbox', { name: 'Checked against the facts' }).first().click();
    await box.focus();
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    typed += '!';
    if (await saving.count() === 0) continue;
    raced += 1;
    await saved(page);
    await expect(box).toHaveValue(typed);
  }
  expect(raced, 'typing came before the save at least three times').toBeGreaterThanOrEqual(3);
  // Enter keeps them: they are there after a reload.
  await page.keyboard.press('Enter');
  await saved(page);
  await page.reload();
  await expect(box).toHaveValue(typed);
});
