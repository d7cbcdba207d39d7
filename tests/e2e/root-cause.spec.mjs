// The analysis cycle across tools: a journey pain point starts a fishbone diagram ("Analyse
// root cause"); from there on, by keyboard alone, its causes are built, one is confirmed
// with evidence, "Ask why" opens a 5 Whys on it that reaches a root cause with a countermeasure; after a
// reload everything is there and linked both ways (the pain point shows what the diagram
// found, the diagram names its pain point, the cause shows its 5 Whys' verdict, the 5 Whys
// names its cause); the project page sums the analyses up; the confirmed cause starts a
// PDCA plan linked to it and its pain point, and the chain runs from the pain point to
// that plan; the presenter view follows the
// editor's edits over the live channel; axe-core on each page.
import { test, expect, saved, expectAccessible } from './fixtures.mjs';

const PAIN = 'On hold for 20 minutes at lunch';

test('from a pain point to a root cause with a countermeasure, linked both ways', async ({ page, app, context }) => {
  await app.open();
  await page.getByRole('textbox', { name: 'Project name' }).fill('Long waits');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name: 'Long waits' }).click();
  await page.getByRole('link', { name: 'Journey maps' }).first().click();
  await page.getByRole('textbox', { name: 'Title' }).fill('Complaint call');
  await page.getByRole('combobox', { name: 'Start from' }).selectOption({ label: 'Contact-centre complaint' });
  await page.getByRole('button', { name: 'Create map' }).click();

  // A pain point typed on the map, then opened: its editor starts the analysis.
  await page.getByRole('group', { name: /^Pain points at Contact us:/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('textarea:focus')).toBeVisible();
  await page.keyboard.type(PAIN);
  await page.keyboard.press('Enter');
  const card = page.getByRole('button', { name: new RegExp(`^${PAIN}`) });
  await expect(card).toContainText('No root-cause analysis yet');
  // From here on, keyboard alone: focus moves to a control (as Tab would), keys act.
  const press = async (locator, key = 'Enter') => { await locator.focus(); await page.keyboard.press(key); };
  const type = async (locator, text) => { await locator.focus(); await page.keyboard.type(text); };
  await press(card);
  await press(page.getByRole('button', { name: 'Analyse root cause' }));

  // The diagram's effect is the pain point, and it says where it came from.
  await expect(page.getByRole('heading', { level: 1, name: 'Fishbone diagram' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Effect (the problem statement)' })).toHaveValue(PAIN);
  await expect(page.getByText(`Analyses the pain point “${PAIN}” at stage Contact us`)).toBeVisible();

  // Causes by keyboard alone: a cause, a cause of it (Tab), and a sibling back up.
  // (Focus is awaited before typing: on a loaded machine the app yields to the browser
  // between drawing the new cause and moving focus to it.)
  const newCause = async (label) => { await expect(page.locator(':focus')).toHaveAttribute('aria-label', label); await expect(page.locator(':focus')).toHaveValue(''); };
  await page.getByRole('button', { name: 'Add cause to People' }).focus();
  await page.keyboard.press('Enter');
  await newCause('Cause under People');
  await page.keyboard.type('Too few agents at lunch');
  await page.keyboard.press('Enter');
  await newCause('Cause under People');
  await page.keyboard.type('Breaks all at noon');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'Cause, level 2 under People');
  await page.keyboard.press('Enter');
  await newCause('Cause, level 2 under People');
  await page.keyboard.type('Queue message too long');
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'Cause under People');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  const causes = page.getByRole('region', { name: 'Category People' }).locator('input.fb-cause__text');
  await expect(causes).toHaveCount(3);

  // The first cause: confirmed with evidence, then "Ask why".
  await causes.first().focus();
  const panel = page.getByRole('region', { name: 'Selected cause' });
  await expect(panel).toContainText('Too few agents at lunch');
  await press(panel.getByRole('radio', { name: 'Confirmed' }), 'Space');
  await expect(panel.getByRole('radio', { name: 'Confirmed' })).toBeChecked();
  await type(panel.getByRole('textbox', { name: 'What was checked, and what it showed' }), 'Rota: 4 of 12 agents on between 12:00 and 13:00');
  await press(panel.getByRole('button', { name: 'Add evidence' }));
  await expect(panel).toContainText('Rota: 4 of 12 agents');
  await expectAccessible(page, 'the fishbone editor from a pain point');
  await press(panel.getByRole('button', { name: 'Ask why' }));

  // The 5 Whys on that cause: three whys to a root cause with a strong countermeasure.
  await expect(page.getByRole('heading', { level: 1, name: '5 Whys: Too few agents at lunch' })).toBeVisible();
  await expect(page.getByText('Asked of the cause')).toBeVisible();
  const newBox = (step) => page.getByRole('textbox', { name: `Because (new answer to Why #${step})` });
  await newBox(1).focus();
  await page.keyboard.type('all breaks are set at noon');
  await page.keyboard.press('Control+Enter');
  await expect(newBox(2)).toBeFocused();
  await page.keyboard.type('the rota tool has one break slot');
  await page.keyboard.press('Control+Enter');
  await expect(newBox(3)).toBeFocused();
  await page.keyboard.type('the tool was set up for the old shift pattern');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  const root = page.getByRole('group', { name: 'Because the tool was set up for the old shift pattern', exact: true });
  // The answer just typed is still being saved and its row drawn again: a Space that
  // lands before the box is focused again is pressed again (only while unchecked).
  const rootBox = root.getByRole('checkbox', { name: 'Root cause' });
  await expect(async () => {
    if (!(await rootBox.isChecked())) await press(rootBox, 'Space');
    await expect(rootBox).toBeChecked({ timeout: 1000 });
  }).toPass();
  await type(root.getByRole('textbox', { name: 'New countermeasure' }), 'Automate staggered break slots in the rota tool');
  await type(root.getByRole('textbox', { name: 'Owner' }), 'WFM team');
  await press(root.getByRole('button', { name: 'Add countermeasure' }));
  // Its evidence links to the pain point on the map, as a fishbone cause's can.
  await press(root.getByText('Evidence: none yet'));
  await type(root.getByRole('textbox', { name: 'What was checked, and what it showed' }), 'Rota tool: one break slot per shift');
  await root.getByRole('combobox', { name: 'Link to' }).focus();
  await root.getByRole('combobox', { name: 'Link to' }).selectOption({ label: `${PAIN} · Pain points · Complaint call` });
  await press(root.getByRole('button', { name: 'Add evidence' }));
  await expect(root.getByRole('link', { name: new RegExp(`“${PAIN}” on Complaint call`) })).toBeVisible();
  await expect(root.getByRole('combobox', { name: 'Strength, countermeasure 1' })).toHaveValue('strong');
  await expect(page.getByText('Verdict: root cause suspected')).toBeVisible();
  await expectAccessible(page, 'the 5 Whys asked of a cause');

  // After a reload, every link holds, both ways.
  await saved(page);
  await page.reload();
  await expect(page.getByText('Verdict: root cause suspected')).toBeVisible();
  // The 5 Whys names the diagram it was asked from (by its effect, the pain point).
  await page.getByRole('link', { name: `“${PAIN}”`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fishbone diagram' })).toBeVisible();
  await expect(page.locator('.fb-picture g.cause[data-status="confirmed"]')).toContainText('root cause suspected');
  await page.getByRole('link', { name: 'Complaint call' }).click();
  await expect(page.getByRole('button', { name: new RegExp(`^${PAIN}`) }))
    .toContainText('Root-cause analysis: 3 causes: 1 confirmed, 0 ruled out; 1 root cause found');
  await page.getByRole('link', { name: 'Long waits' }).click();
  await expect(page.getByRole('main')).toContainText('Fishbone diagrams · 1 fishbone diagram, 1 cause confirmed, 1 root cause found');
  await expect(page.getByRole('main')).toContainText('5 Whys · 1 analysis, 1 root cause, 0 without countermeasures');
  await expectAccessible(page, 'the project page with analyses');

  // The confirmed cause leads on to its fix: a PDCA plan linked to it and, through the
  // diagram, to the pain point; the chain runs from the pain point to that plan.
  await page.getByRole('link', { name: 'Fishbone diagrams' }).first().click();
  await page.getByRole('link', { name: PAIN }).click();
  await page.getByRole('region', { name: 'Category People' }).locator('input.fb-cause__text').first().focus();
  await press(page.getByRole('button', { name: 'Plan the fix (PDCA) for: Too few agents at lunch' }));
  await expect(page.getByRole('heading', { level: 1, name: 'PDCA: Fix: Too few agents at lunch' })).toBeVisible();
  await expect(page.getByRole('button', { name: new RegExp(`^Unlink pain point ${PAIN}`) })).toBeVisible();
  await page.getByRole('link', { name: 'PDCA plans' }).first().click();
  const line = page.getByRole('table', { name: /root cause, plan, KPI result and follow-up/ })
    .getByRole('row').filter({ hasText: 'Fix: Too few agents at lunch' });
  await expect(line).toContainText(PAIN);
  await expect(line).toContainText('Too few agents at lunch (confirmed cause');
  await expect(line).toContainText('○ plan being made');
  // The pain point's card on the map shows the plan that follows on from its analysis.
  await line.getByRole('cell').first().getByRole('link').click();
  await expect(page.getByRole('button', { name: new RegExp(`^${PAIN}`) }))
    .toContainText('PDCA plan “Fix: Too few agents at lunch” (Plan)');
});

/** A new project with a new diagram open in `page`, and its presenter view in a second window. */
async function diagramWithPresenter(page, app, context, project, effect) {
  await app.open();
  await page.getByRole('textbox', { name: 'Project name' }).fill(project);
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name: project }).click();
  await page.getByRole('link', { name: 'Fishbone diagrams' }).first().click();
  await page.getByRole('textbox', { name: 'Problem (the effect)' }).fill(effect);
  await page.getByRole('button', { name: 'Create diagram' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fishbone diagram' })).toBeVisible();
  await saved(page);
  const presenter = await context.newPage();
  await presenter.goto(page.url() + '/present');
  await expect(presenter.getByRole('heading', { level: 1, name: effect })).toBeVisible();
  return presenter;
}

test('the fishbone presenter view follows an edit made in the editor', async ({ page, app, context }) => {
  const presenter = await diagramWithPresenter(page, app, context, 'Refunds', 'Refund calls up 30% in March 2026');
  await expectAccessible(presenter, 'the fishbone presenter view');
  // The projector's controls, beside the title on a 1920 screen rather than under it.
  await presenter.setViewportSize({ width: 1920, height: 1080 });
  const title = await presenter.getByRole('heading', { level: 1 }).boundingBox();
  const full = await presenter.getByRole('button', { name: 'Full screen' }).boundingBox();
  expect(full.y).toBeLessThan(title.y + title.height);
  expect(full.x).toBeGreaterThan(title.x + title.width);
  await expect(presenter.getByRole('link', { name: 'Back to the editor' })).toBeVisible();

  // From here the editor's window cannot save, so what the presenter shows can only
  // have come over the live channel, edit by edit.
  await page.evaluate(() => {
    Storage.prototype.setItem = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  });
  await page.getByRole('button', { name: 'Add cause to Methods' }).click();
  await page.keyboard.type('Refund rules changed without notice');
  await page.keyboard.press('Enter');
  await expect(presenter.locator('g.cause').first()).toContainText('Refund rules changed without notice');
  await page.keyboard.type('Forms ask twice');
  await page.keyboard.press('Tab');
  await expect(presenter.locator('g.cause[data-depth="2"]')).toContainText('Forms ask twice');
  // Undo is sent as the whole diagram.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.locator('.fb-picture g.cause[data-depth="2"]')).toHaveCount(0);
  await expect(presenter.locator('g.cause[data-depth="2"]')).toHaveCount(0);

  // The countdown set in the editor's workshop panel shows on the projector.
  await page.getByRole('spinbutton', { name: 'Minutes' }).fill('7');
  await page.getByRole('button', { name: 'Set countdown' }).click();
  await expect(presenter.getByRole('timer', { name: 'Time left' })).toHaveText('07:00');
});

test('the fishbone presenter shows a change made with no editor open, such as an undo', async ({ page, app, context }) => {
  const presenter = await diagramWithPresenter(page, app, context, 'Returns', 'Returns take 14 days to refund');

  // An edit reaches the projector over the live channel.
  await page.getByRole('button', { name: 'Add cause to Methods' }).click();
  await page.keyboard.type('Refunds wait for the warehouse scan');
  await page.keyboard.press('Enter');
  await expect(presenter.locator('g.cause').first()).toContainText('Refunds wait for the warehouse scan');
  await saved(page);

  // The editor is left; a while later the edit is undone from the project page.
  await page.getByRole('link', { name: 'Returns' }).first().click();
  await page.waitForTimeout(1_700);
  // (Enter added an empty cause after it: the first undo takes that away, the second
  // the text.)
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await undo.click();
  await expect(undo).toHaveAttribute('title', /edit a cause/);
  await undo.click();
  await expect(presenter.locator('g.cause', { hasText: 'Refunds wait for the warehouse scan' })).toHaveCount(0);
});
