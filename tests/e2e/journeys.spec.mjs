// Journey maps: a 4-stage map built by keyboard alone that survives a reload; the
// presenter window following edits as they are typed; dot voting per participant;
// exports (SVG with hostile text kept inert, PNG, Mermaid round trip); Mermaid errors
// naming the line; Mermaid task scores and actors on the cards, repeated section
// names; the presenter filling a 1920×1080 and a 1280×720 screen; templates' worked
// examples; drag and drop; axe-core on the editor and the presenter view.
import { test, expect, saved, stored, expectAccessible, onASlowMachine, DIST } from './fixtures.mjs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

// Mermaid's own documentation example of a journey.
const WORKING_DAY = 'journey\n    title My working day\n    section Go to work\n      Make tea: 5: Me\n'
  + '      Go upstairs: 3: Me\n      Do work: 1: Me, Cat\n    section Go home\n      Go downstairs: 5: Me\n'
  + '      Sit down: 5: Me\n';

async function importMermaid(page, app, text) {
  await app.open();
  await page.getByRole('textbox', { name: 'Project name' }).fill('Day');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name: 'Day' }).click();
  await page.getByRole('link', { name: 'Journey maps' }).click();
  await page.getByRole('textbox', { name: 'Mermaid text' }).fill(text);
  await page.getByRole('button', { name: 'Import as a new map' }).click();
}

async function newMap(page, app, template = 'Blank map', title = 'Late delivery') {
  await app.open();
  await page.getByRole('textbox', { name: 'Project name' }).fill('Deliveries');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name: 'Deliveries' }).click();
  await page.getByRole('link', { name: 'Journey maps' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journey maps' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('combobox', { name: 'Start from' }).selectOption({ label: template });
  await page.getByRole('button', { name: 'Create map' }).click();
  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue(title);
}

// Enter on a cell opens a new card's text box once the map has redrawn; a user starts
// typing when they see it, so the test does too (on a busy machine the redraw can take
// longer than the next key press).
const textBoxReady = (page) => page.waitForFunction(() => ['TEXTAREA', 'INPUT'].includes(document.activeElement?.tagName));

const cell = (page, lane, stage) => page.getByRole('group', { name: new RegExp(`^${lane} at ${stage}:`) });

test('a 4-stage map built by keyboard alone is all there after a reload', async ({ page, app }) => {
  await app.open();
  await page.getByRole('textbox', { name: 'Project name' }).fill('Deliveries');
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'Deliveries' }).click();
  await page.getByRole('link', { name: 'Journey maps' }).click();
  // The new-map form by keyboard: title, template (Blank is last), create.
  await page.getByRole('textbox', { name: 'Title' }).focus();
  await page.keyboard.type('Late delivery');
  await page.keyboard.press('Tab');
  await page.keyboard.press('End');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByText('This map has no stages yet.')).toBeVisible();

  // Stages: "+ Add stage", type the name, Enter goes back to the button.
  await page.getByRole('button', { name: '+ Add stage' }).focus();
  for (const name of ['Notice delay', 'Contact us', 'Wait', 'Refund']) {
    await page.keyboard.press('Enter');
    // The new stage's name box takes the focus once the stage is drawn.
    await expect(page.getByRole('textbox', { name: /^Stage \d name/ }).last()).toBeFocused();
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: '+ Add stage' })).toBeFocused();
  }
  await expect(page.getByRole('textbox', { name: /^Stage \d name/ })).toHaveCount(4);

  // Into the grid: past the first lane's delete button, Tab reaches the grid's one
  // focus stop, its first cell.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Delete lane Customer actions' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(cell(page, 'Customer actions', 'Notice delay')).toBeFocused();
  await page.keyboard.press('Enter');
  await textBoxReady(page);
  await page.keyboard.type('Sees the parcel is late');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'Customer actions', 'Notice delay').getByRole('button', { name: /^Sees the parcel is late/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(cell(page, 'Customer actions', 'Contact us')).toBeFocused();
  await page.keyboard.press('Enter');
  await textBoxReady(page);
  await page.keyboard.type('Calls the helpline');
  await page.keyboard.press('Enter');
  // Down from the card: Touchpoints, Thinking and feeling, Pain points.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(cell(page, 'Pain points', 'Contact us')).toBeFocused();
  await page.keyboard.press('Enter');
  await textBoxReady(page);
  await page.keyboard.type('On hold for 25 minutes');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await textBoxReady(page);
  await page.keyboard.type('No update for 5 days');
  await page.keyboard.press('Escape');

  // Delete removes a card; Ctrl+Z brings it back.
  const wait = page.getByRole('button', { name: /^No update for 5 days/ });
  await expect(wait).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(wait).toHaveCount(0);
  await expect(cell(page, 'Pain points', 'Wait')).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: /^No update for 5 days/ })).toBeVisible();

  // Alt+→ on a cell moves its stage; Alt+← moves it back.
  await cell(page, 'Pain points', 'Wait').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByRole('textbox', { name: /^Stage 4 name/ })).toHaveValue('Wait');
  await expect(cell(page, 'Pain points', 'Wait')).toBeFocused();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('textbox', { name: /^Stage 3 name/ })).toHaveValue('Wait');

  // Emotions, each from its own list.
  for (const [stage, value] of [['Notice delay', '-1'], ['Contact us', '-2'], ['Wait', '-2'], ['Refund', '1']]) {
    await page.getByRole('combobox', { name: `Emotion at ${stage}` }).selectOption(value);
  }
  await expect(page.getByRole('img', { name: /^Emotion curve: Notice delay -1, Contact us -2, Wait -2, Refund \+1/ })).toBeVisible();
  await expectAccessible(page, 'the map editor');
  await saved(page);

  await page.reload();
  const names = page.getByRole('textbox', { name: /^Stage \d name/ });
  await expect(names).toHaveCount(4);
  expect(await names.evaluateAll((els) => els.map((e) => e.value))).toEqual(['Notice delay', 'Contact us', 'Wait', 'Refund']);
  await expect(cell(page, 'Customer actions', 'Notice delay')).toContainText('Sees the parcel is late');
  await expect(cell(page, 'Customer actions', 'Contact us')).toContainText('Calls the helpline');
  await expect(cell(page, 'Pain points', 'Contact us')).toContainText('On hold for 25 minutes');
  await expect(cell(page, 'Pain points', 'Wait')).toContainText('No update for 5 days');
  await expect(page.getByRole('img', { name: /Refund \+1/ })).toBeVisible();
  const ws = await stored(page);
  expect(ws.data.projects[0].journeys[0].cards).toHaveLength(4);
});

test('the presenter window follows edits as they are typed, and the countdown', async ({ page, app, context }) => {
  await newMap(page, app, 'Contact-centre complaint', 'Complaint call');
  // A cell of this test's own cards only (the click below lands in the cell, not on an
  // example card).
  await page.getByRole('button', { name: 'Clear example content' }).click();
  const presenterUrl = page.url().replace(/#.*/, '') + '#' + new URL(page.url()).hash.slice(1) + '/present';
  const presenter = await context.newPage();
  await presenter.goto(presenterUrl);
  await expect(presenter.getByRole('heading', { level: 1, name: 'Complaint call' })).toBeVisible();
  // What goes over the live channel, as the projector hears it: after the first map,
  // each change is the edit itself, not the whole map again.
  await presenter.evaluate(() => {
    window.heard = [];
    new BroadcastChannel('cx-workbench:live').onmessage = (e) => {
      const msg = JSON.parse(e.data);
      window.heard.push({ kind: Object.keys(msg)[0], size: e.data.length });
    };
  });

  // Typing in a card shows on the projector before the card is committed.
  await cell(page, 'Pain points', 'Contact us').click();
  await page.keyboard.press('Enter');
  await textBoxReady(page);
  await page.keyboard.type('Transferred three times');
  const stage = presenter.getByRole('region', { name: 'Contact us' });
  await expect(stage.getByText('Transferred three times', { exact: true })).toBeVisible();
  await page.keyboard.type(' <b>really</b>');
  await expect(stage.getByText('Transferred three times <b>really</b>', { exact: true })).toBeVisible();
  await page.keyboard.press('Enter');
  // A stage renamed in the editor is renamed there too.
  const first = page.getByRole('textbox', { name: /^Stage 1 name/ });
  await first.fill('Spot the problem');
  await first.press('Enter');
  await expect(presenter.getByRole('heading', { level: 2, name: 'Spot the problem' })).toBeVisible();
  const heard = await presenter.evaluate(() => window.heard);
  const kinds = heard.map((m) => m.kind);
  expect(kinds).toContain('draft');
  expect(kinds).toContain('edit');
  expect(kinds, 'committing text and renaming a stage sends edits, not the map').not.toContain('map');
  expect(Math.max(...heard.filter((m) => m.kind === 'edit').map((m) => m.size))).toBeLessThan(400);

  // The countdown the facilitator sets runs on the projector.
  await page.getByRole('spinbutton', { name: 'Minutes' }).fill('5');
  await page.getByRole('button', { name: 'Set countdown' }).click();
  await expect(presenter.getByRole('timer', { name: 'Time left' })).toHaveText('05:00');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(presenter.getByRole('timer', { name: 'Time left' })).toHaveText(/^04:5\d$/);
  await page.getByRole('button', { name: 'Pause' }).click();
  const left = await presenter.getByRole('timer', { name: 'Time left' }).textContent();
  // The facilitator reloads: their window takes up the countdown the room sees.
  await page.reload();
  await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText(left);

  // Full screen, from the facilitator's click on the projector window.
  await presenter.getByRole('button', { name: 'Full screen' }).click();
  await expect.poll(() => presenter.evaluate(() => document.fullscreenElement !== null)).toBe(true);

  // No editing chrome on the projector.
  await expect(presenter.getByRole('textbox')).toHaveCount(0);
  await expect(presenter.getByRole('navigation')).toHaveCount(0);
  await expectAccessible(presenter, 'the presenter view');

  // Opened later, the presenter asks and gets the current map.
  await saved(page);
  const late = await context.newPage();
  await late.goto(presenterUrl);
  await expect(late.getByRole('region', { name: 'Contact us' }).getByText('Transferred three times <b>really</b>', { exact: true })).toBeVisible();
});

test('dot voting: dots per participant, totals, most votes first', async ({ page, app, context }) => {
  await newMap(page, app);
  await page.getByRole('button', { name: '+ Add stage' }).click();
  await page.keyboard.type('Wait');
  await page.keyboard.press('Enter');
  // By mouse: the cell, then its "Add card" button.
  await cell(page, 'Pain points', 'Wait').click();
  await page.getByRole('button', { name: '+ Add card (Enter)' }).click();
  await page.keyboard.type('No tracking update');
  await page.keyboard.press('Enter');
  // By keyboard: up from the card to its cell, Enter.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await textBoxReady(page);
  await page.keyboard.type('Nobody calls back');
  await page.keyboard.press('Enter');
  await cell(page, 'Opportunities', 'Wait').click();
  await page.keyboard.press('Enter');
  await textBoxReady(page);
  await page.keyboard.type('Text message at each step');
  await page.keyboard.press('Enter');

  for (const who of ['Ann', 'Bob']) {
    await page.getByRole('textbox', { name: 'Participant' }).fill(who);
    await page.getByRole('button', { name: 'Add participant' }).click();
  }
  // A repeated participant and an allowance out of range are refused, saying why.
  await page.getByRole('textbox', { name: 'Participant' }).fill('ann');
  await page.getByRole('button', { name: 'Add participant' }).click();
  await expect(page.getByText('Could not add a participant: that name is already taking part.')).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Dots each' }).fill('25');
  await page.getByRole('spinbutton', { name: 'Dots each' }).press('Tab');
  await expect(page.getByText('Could not set dots per participant: each participant has from 1 to 20 dots.')).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Dots each' }).fill('2');
  await page.getByRole('spinbutton', { name: 'Dots each' }).press('Tab');
  const voter = page.getByRole('combobox', { name: 'Voting now' });
  await voter.selectOption('Ann');
  await page.getByRole('button', { name: 'Place a dot for Ann on Nobody calls back' }).click();
  await page.getByRole('button', { name: 'Place a dot for Ann on Nobody calls back' }).click();
  await expect(page.getByText('0 of 2 dots left')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Place a dot for Ann on Text message at each step' })).toBeDisabled();
  await voter.selectOption('Bob');
  await page.getByRole('button', { name: 'Place a dot for Bob on Text message at each step' }).click();
  await page.getByRole('button', { name: 'Place a dot for Bob on No tracking update' }).click();

  const rows = page.getByRole('table').filter({ hasText: 'By participant' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('Nobody calls back');
  await expect(rows.nth(1)).toContainText('Ann 2');
  await expect(cell(page, 'Pain points', 'Wait')).toContainText('● 2 dots');

  // Taking a dot back, then undo puts it back.
  await page.getByRole('button', { name: 'Take back a dot of Bob from No tracking update' }).click();
  await expect(page.getByText('1 of 2 dots left')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('0 of 2 dots left')).toBeVisible();

  // The projector ranks them too.
  const presenter = await context.newPage();
  await presenter.goto(page.url() + '/present');
  const ranking = presenter.getByRole('list').filter({ hasText: 'dot' }).last().getByRole('listitem');
  await expect(ranking.first()).toContainText('2 dots Nobody calls back');
  await expect(ranking.first()).toContainText('(Ann 2)');
  await expect(ranking).toHaveCount(3);
});

test('exports: SVG keeps hostile text inert, PNG, Mermaid round trip; print stylesheet', async ({ page, app }) => {
  await newMap(page, app, 'Online order to delivery', 'Orders "quoted" & <tagged>');
  const first = page.getByRole('textbox', { name: /^Stage 1 name/ });
  await first.fill('<script>alert(1)</script>');
  await first.press('Enter');
  await cell(page, 'Pain points', 'Order and pay').click();
  await page.keyboard.press('Enter');
  await textBoxReady(page);
  await page.keyboard.type('"><svg onload=alert(2)>');
  await page.keyboard.press('Enter');

  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe('Orders-quoted-tagged.svg');
  const svg = await readFile(await svgDownload.path(), 'utf8');
  expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(svg).toContain('&quot;&gt;&lt;svg onload=alert(2)&gt;');
  expect(svg).toContain('>Order and pay</text>');
  expect(svg).not.toContain('<script');
  expect(svg.match(/<svg/g)).toHaveLength(1);
  // A real SVG parser reads it, finds no script and no handler, and gets the text back.
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.getElementsByTagName('parsererror').length,
      scripts: doc.getElementsByTagName('script').length,
      handlers: [...doc.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      text: doc.documentElement.textContent,
    };
  }, svg);
  expect(parsed).toMatchObject({ error: 0, scripts: 0, handlers: 0 });
  expect(parsed.text).toContain('<script>alert(1)</script>');

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  const png = await readFile(await pngDownload.path());
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.length).toBeGreaterThan(5000);

  const [mmdDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Mermaid text' }).click(),
  ]);
  const mermaid = await readFile(await mmdDownload.path(), 'utf8');
  expect(mermaid.startsWith('journey\n')).toBe(true);
  // Reading the file back makes a map with the same stages.
  await page.getByRole('link', { name: 'Journey maps' }).click();
  await page.getByRole('textbox', { name: 'Mermaid text' }).fill(mermaid);
  await page.getByRole('button', { name: 'Import as a new map' }).click();
  const names = page.getByRole('textbox', { name: /^Stage \d name/ });
  await expect(names).toHaveCount(5);
  expect(await names.nth(1).inputValue()).toBe('Order and pay');

  // Printing: at the moment the browser prints, the whole map is on the page as its
  // picture, on a page named for A3 landscape, and the app's chrome is hidden.
  // window.print is replaced by a recorder (the one stub here): a headless browser has
  // no print dialog to wait on, and what matters is what is on the page when it is
  // called. The print stylesheet itself is the browser's, checked below.
  await page.getByRole('link', { name: 'Journey maps' }).click();
  await page.getByRole('link', { name: /^Orders/ }).first().click();
  await page.evaluate(() => {
    window.print = () => {
      const svg = document.querySelector('.map-print svg');
      window.printed = svg ? svg.querySelectorAll('text').length : 0;
    };
  });
  await page.getByRole('button', { name: 'Print (A3 landscape)' }).click();
  await expect.poll(() => page.evaluate(() => window.printed)).toBeGreaterThan(10);
  const a3 = await page.evaluate(() => [...document.styleSheets].flatMap((s) => [...s.cssRules])
    .some((r) => /size: a3 landscape/i.test(r.cssText)));
  expect(a3).toBe(true);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print (A3 landscape)' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
});

test('Mermaid text that cannot be read names the line and adds nothing', async ({ page, app }) => {
  await newMap(page, app);
  await page.getByRole('link', { name: 'Journey maps' }).click();
  await page.getByRole('textbox', { name: 'Mermaid text' }).fill('journey\n  title Checkout\n  section Pay\n    Enter card: seven: Me\n');
  await page.getByRole('button', { name: 'Import as a new map' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was imported. Mermaid text, line 4');
  await expect(page.getByRole('textbox', { name: 'Mermaid text' })).toBeFocused();
  await expect(page.getByRole('link', { name: /^Late delivery/ })).toHaveCount(1);
  await expectAccessible(page, 'the list of journey maps, with an import error');
  await expect(page.getByRole('link', { name: /Checkout/ })).toHaveCount(0);
});

test('a Markdown file holding the journey in a mermaid block imports from its file, its errors naming the file\'s line', async ({ page, app }) => {
  await newMap(page, app);
  await page.getByRole('link', { name: 'Journey maps' }).click();
  const doc = (score) => `# Workshop notes\n\nA flowchart first:\n\n\`\`\`mermaid\nflowchart LR\n  A --> B\n\`\`\`\n\n\`\`\`mermaid\n${
    WORKING_DAY.replace('Make tea: 5', `Make tea: ${score}`)}\`\`\`\n\nMore notes.\n`;
  const file = page.getByLabel('Or read it from a file (.mmd, .md with a mermaid block, .txt)');
  await file.setInputFiles({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from(doc('seven')) });
  await expect(page.getByRole('textbox', { name: 'Mermaid text' })).toHaveValue(doc('seven'));
  await page.getByRole('button', { name: 'Import as a new map' }).click();
  // Line 14 of the file: the task's line inside the second block.
  await expect(page.getByRole('alert')).toContainText('line 14');
  await file.setInputFiles({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from(doc(5)) });
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Import as a new map' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My working day' })).toBeVisible();
  await expect(page.locator('.card')).toHaveCount(5);
});

test('stages and cards can be dragged; the to-be map overlays its curve', async ({ page, app }) => {
  // A window tall enough for the whole grid: the drag does not scroll it.
  await page.setViewportSize({ width: 1400, height: 1200 });
  await newMap(page, app, 'In-branch service', 'Branch visit');
  const stageNames = () => page.getByRole('textbox', { name: /^Stage \d name/ }).evaluateAll((els) => els.map((e) => e.value));
  const before = await stageNames();
  // Drag the first stage onto the third.
  await page.locator('.stage-head').nth(0).dragTo(page.locator('.stage-head').nth(2));
  const after = await stageNames();
  expect(after[2]).toBe(before[0]);
  expect(after.length).toBe(before.length);

  const touch = page.locator('.lane--touchpoints .card').first();
  const text = (await touch.locator('.card__text').textContent()).trim();
  const target = cell(page, 'Opportunities', after[1]);
  await touch.dragTo(target);
  await expect(target).toContainText(text);

  await page.getByRole('combobox', { name: `Emotion at ${after[0]}` }).selectOption('-2');
  await page.getByRole('button', { name: 'Create to-be from this map' }).click();
  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue('Branch visit (to-be)');
  await expect(page.getByRole('combobox', { name: 'State' })).toHaveValue('future');
  await page.getByRole('combobox', { name: `Emotion at ${after[0]}` }).selectOption('1');
  await expect(page.locator('.curve__overlay')).toHaveCount(1);
  await expect(page.getByText('This map · As-is: Branch visit')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Also show the curve of' })).toHaveValue(/.+/);
});

test('a KPI card linked to the project\'s survey data shows its figure in the stage and on the curve', async ({ page, app }) => {
  await app.open();
  await page.getByRole('textbox', { name: 'Project name' }).fill('Deliveries');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name: 'Deliveries' }).click();
  await page.getByRole('link', { name: 'KPIs' }).click();
  // 40 promoters, 20 passives, 10 detractors: NPS +43.
  const rows = ['Date;Score;Channel'];
  [...Array(40).fill(10), ...Array(20).fill(7), ...Array(10).fill(2)]
    .forEach((s, i) => rows.push(`2026-11-0${(i % 9) + 1};${s};${i % 2 ? 'phone' : 'email'}`));
  await page.getByLabel('Survey file (.csv)').setInputFiles({ name: 'after-call.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Imported 70 answers from after-call.csv.')).toBeVisible();
  await page.getByRole('link', { name: 'Deliveries' }).click();
  await page.getByRole('link', { name: 'Journey maps' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('Complaint call');
  await page.getByRole('combobox', { name: 'Start from' }).selectOption({ label: 'Contact-centre complaint' });
  await page.getByRole('button', { name: 'Create map' }).click();

  await cell(page, 'KPIs', 'Contact us').focus();
  await page.keyboard.press('Enter');
  await textBoxReady(page);
  await page.keyboard.type('Survey after the call');
  await page.getByRole('combobox', { name: 'Linked KPI' }).selectOption({ label: 'NPS · after-call.csv' });
  await expect(cell(page, 'KPIs', 'Contact us')).toContainText('NPS +43 (n = 70)');
  await expect(page.locator('.curve__kpi')).toHaveText('NPS +43 (n = 70)');
  // Reloading at once, while the text is still only typed (it is kept in the map after
  // a pause in typing), loses nothing: it is saved as the page goes.
  await saved(page);
  await page.reload();
  await expect(cell(page, 'KPIs', 'Contact us')).toContainText('Survey after the call');
  await expect(cell(page, 'KPIs', 'Contact us')).toContainText('NPS +43 (n = 70)');
});

test('a wide map draws the stages in view; the keyboard and scrolling reach every stage', async ({ page, app }) => {
  await newMap(page, app);
  await page.getByRole('link', { name: 'Journey maps' }).click();
  const sections = Array.from({ length: 30 }, (_, i) => `  section S${i + 1}\n    Step ${i + 1}: 3: Me`).join('\n');
  await page.getByRole('textbox', { name: 'Mermaid text' }).fill(`journey\n  title Wide\n${sections}\n`);
  await page.getByRole('button', { name: 'Import as a new map' }).click();
  // Every stage has its column header ("Stages" and the 30); far stages are not drawn
  // until they come into view: neither their cards nor their head's controls.
  await expect(page.getByRole('columnheader')).toHaveCount(31);
  await expect(page.getByRole('columnheader', { name: 'S30', exact: true })).toBeVisible();
  await expect(cell(page, 'Customer actions', 'S1')).toContainText('Step 1');
  await expect(page.getByRole('textbox', { name: /^Stage 1 name/ })).toHaveCount(1);
  await expect(cell(page, 'Customer actions', 'S30')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: /^Stage 30 name/ })).toHaveCount(0);

  // The arrow keys walk to the last stage; each cell they reach is there and focused.
  await cell(page, 'Customer actions', 'S1').focus();
  for (let i = 0; i < 29; i++) await page.keyboard.press('ArrowRight');
  await expect(cell(page, 'Customer actions', 'S30')).toBeFocused();
  await expect(cell(page, 'Customer actions', 'S30')).toContainText('Step 30');
  await expect(page.getByRole('textbox', { name: /^Stage 30 name/ })).toHaveValue('S30');
  // Down past its card to the touchpoints cell, and a new card there.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(cell(page, 'Touchpoints', 'S30')).toBeFocused();
  await page.keyboard.press('Enter');
  await textBoxReady(page);
  await page.keyboard.type('Last touchpoint');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'Touchpoints', 'S30')).toContainText('Last touchpoint');

  // Scrolling back to the start draws the first stages again.
  await page.locator('.map-scroll').evaluate((el) => { el.scrollLeft = 0; });
  await expect(cell(page, 'Customer actions', 'S1')).toContainText('Step 1');
  await expect(cell(page, 'Customer actions', 'S2')).toContainText('Step 2');
});

test('an open card: its own controls keep it open, undo replaces the typed text, removal keeps the focus', async ({ page, app }) => {
  await newMap(page, app, 'Online order to delivery', 'Orders');
  const place = cell(page, 'Touchpoints', 'Browse and choose');
  await place.getByRole('button', { name: /^Product pages/ }).click();
  const text = page.getByRole('textbox', { name: 'Card text, Touchpoints at Browse and choose' });
  await expect(text).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' and search');
  // A click on the label of its own checkbox: the card stays open and the box is ticked.
  await page.getByText('Moment of truth', { exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'Moment of truth' })).toBeChecked();
  await expect(text).toBeVisible();
  await expect(place).toContainText('★ Moment of truth');
  // Undo from the card's own list (not its text box) undoes the last change, and the
  // text box shows the map's text again, so a later save cannot bring it back.
  await page.getByRole('combobox', { name: 'Channel' }).focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('checkbox', { name: 'Moment of truth' })).not.toBeChecked();
  await page.keyboard.press('Control+z');
  await expect(text).toHaveValue('Product pages');
  await text.focus();
  await text.press('Enter');
  await expect(place.getByRole('button', { name: /^Product pages/ })).toBeFocused();
  await saved(page);
  const card = (await stored(page)).data.projects[0].journeys[0].cards.find((c) => c.text.startsWith('Product'));
  expect(card.text).toBe('Product pages');

  // "Remove card" puts the focus where the card was, and undo brings the card back.
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Remove card' }).click();
  await expect(place).toBeFocused();
  await expect(place).not.toContainText('Product pages');
  await page.keyboard.press('Control+z');
  await expect(place).toContainText('Product pages');
});

test('personas, a lane of your own, a channel, markers on the curve, and a stage deleted then undone', async ({ page, app }) => {
  await newMap(page, app, 'Contact-centre complaint', 'Complaint call');
  // The markers counted below are this test's own, not the template's example.
  await page.getByRole('button', { name: 'Clear example content' }).click();
  // A persona, edited in place; it is on the projector's view too.
  await page.getByRole('button', { name: '+ Add persona' }).click();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Busy parent');
  await page.getByRole('textbox', { name: 'Goals', exact: true }).fill('Refund before the weekend');
  await page.getByRole('textbox', { name: 'Quote', exact: true }).fill('I just want my money back');
  await page.getByRole('textbox', { name: 'Quote', exact: true }).press('Tab');
  await expect(page.getByRole('group', { name: 'Busy parent' })).toBeVisible();

  // The scope, said on the projector under the title.
  await page.getByRole('textbox', { name: 'Scope (from … to …)' }).fill('from the first call to the apology letter');
  await page.getByRole('textbox', { name: 'Scope (from … to …)' }).press('Tab');

  // A lane of the team's own.
  await page.getByRole('textbox', { name: 'New lane' }).fill('Legal and compliance');
  await page.getByRole('button', { name: 'Add lane' }).click();
  await cell(page, 'Legal and compliance', 'Contact us').focus();
  await page.keyboard.press('Enter');
  await textBoxReady(page);
  await page.keyboard.type('Call recording consent');
  await page.keyboard.press('Enter');

  // A touchpoint's channel (icon and name) and a moment of truth, marked on the curve.
  await cell(page, 'Touchpoints', 'Notice the problem').focus();
  await page.keyboard.press('Enter');
  await textBoxReady(page);
  await page.keyboard.type('App notification');
  await page.getByRole('combobox', { name: 'Channel' }).selectOption('App');
  await page.getByRole('checkbox', { name: 'Moment of truth' }).check();
  await page.getByRole('textbox', { name: /^Card text/ }).press('Escape');
  const card = cell(page, 'Touchpoints', 'Notice the problem').getByRole('button', { name: /^App notification/ });
  await expect(card).toContainText('App');
  await expect(card.locator('svg.channel-icon')).toHaveCount(1);
  await expect(page.locator('.curve__truth')).toHaveText('★ 1 moment of truth');
  await cell(page, 'Pain points', 'Contact us').focus();
  await page.keyboard.press('Enter');
  await textBoxReady(page);
  await page.keyboard.type('Queue music too loud');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'Pain points', 'Contact us')).toContainText('No root-cause analysis yet');
  await expect(page.locator('.curve__pain')).toHaveText('▲ 1 pain point');

  // Deleting a stage takes its cards; undo brings both back.
  await page.getByRole('button', { name: 'Delete stage Contact us' }).click();
  await expect(page.getByRole('button', { name: '+ Add stage' })).toBeFocused();
  await expect(page.getByText('Call recording consent')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(cell(page, 'Legal and compliance', 'Contact us')).toContainText('Call recording consent');
  await expect(cell(page, 'Pain points', 'Contact us')).toContainText('Queue music too loud');

  await saved(page);
  await page.goto(page.url() + '/present');
  await expect(page.getByText('As-is · from the first call to the apology letter')).toBeVisible();
  await expect(page.getByText('Busy parent · “I just want my money back” · wants: Refund before the weekend')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Notice the problem' })).toContainText('App · App notification ★ Moment of truth');
});

test('closing with card text only typed, while saving is paused, asks first', async ({ page, app, context, server }) => {
  await newMap(page, app, 'Contact-centre complaint', 'Complaint call');
  await saved(page);
  // Another program leaves data this version cannot read: saving pauses.
  const other = await context.newPage();
  await other.goto(server.url + 'no-app-here');
  await other.evaluate(() => localStorage.setItem('cx-workbench:workspace', '{"schema_version": 99}'));
  await expect(page.getByText('Saving paused')).toBeVisible();
  // The page's own "about to close" event, as the browser sends it (whether the browser
  // then shows its dialog is up to the browser): asks only when typed text would be lost.
  const wouldAsk = () => page.evaluate(() => {
    const e = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(e);
    return e.defaultPrevented;
  });
  expect(await wouldAsk()).toBe(false);
  await cell(page, 'Pain points', 'Contact us').focus();
  await page.keyboard.press('Enter');
  await textBoxReady(page);
  await page.keyboard.type('Typed but not kept');
  expect(await wouldAsk()).toBe(true);
});

test('the countdown stops at zero and says so, in both windows', async ({ page, app, context }) => {
  // The browser's clock is Playwright's (timers and Date alike), so a minute passes at
  // once instead of the test waiting a real minute.
  await context.clock.install();
  await newMap(page, app, 'Blank map', 'Timed workshop');
  const presenter = await context.newPage();
  await presenter.goto(page.url() + '/present');
  await expect(presenter.getByRole('heading', { level: 1, name: 'Timed workshop' })).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Minutes' }).fill('1');
  await page.getByRole('button', { name: 'Set countdown' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(presenter.getByRole('timer', { name: 'Time left' })).toHaveText('01:00');
  await context.clock.runFor(30_000);
  await expect(presenter.getByRole('timer', { name: 'Time left' })).toHaveText('00:30');
  await context.clock.runFor(31_000);
  await expect(presenter.getByRole('timer', { name: 'Time left' })).toHaveText('00:00');
  await expect(presenter.getByRole('timer', { name: 'Time left' })).toHaveClass(/presenter__clock--done/);
  await expect(page.getByText('Time is up')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start' })).toBeDisabled();
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(presenter.getByRole('timer', { name: 'Time left' })).toHaveText('01:00');
});

test('Mermaid task scores are the cards\' own emotions, the curve goes through them, actors are on the cards', async ({ page, app, context }) => {
  await importMermaid(page, app, WORKING_DAY);
  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue('My working day');
  const work = cell(page, 'Customer actions', 'Go to work');
  const tea = work.getByRole('button', { name: /^Make tea/ });
  const doWork = work.getByRole('button', { name: /^Do work/ });
  // "Make tea" (5) and "Do work" (1) no longer look the same: icon and words each.
  await expect(tea).toContainText('+2 delighted');
  await expect(tea).toContainText('Who: Me');
  await expect(doWork).toContainText('−2 angry');
  await expect(doWork).toContainText('Who: Me, Cat');
  await expect(doWork.locator('svg.emotion-icon')).toHaveCount(2);
  // One point a task, not one average a stage.
  await expect(page.getByRole('img', { name: /^Emotion curve: Go to work \(Make tea \+2; Go upstairs 0; Do work -2\), Go home \(Go downstairs \+2; Sit down \+2\)$/ })).toBeVisible();
  await expect(page.locator('.map-grid__curve .curve__dot')).toHaveCount(5);
  // The stage's own emotion is still the section's average.
  await expect(page.getByRole('combobox', { name: 'Emotion at Go to work' })).toHaveValue('0');

  // Changed on the open card: one undoable edit, shown at once, written back out.
  await doWork.click();
  await page.getByRole('combobox', { name: 'Card emotion' }).selectOption('-1');
  await expect(page.getByRole('group', { name: /^Editing card/ })).toContainText('−1 annoyed');
  await page.getByRole('textbox', { name: /^Card text/ }).press('Escape');
  await expect(page.getByRole('img', { name: /Do work -1\)/ })).toBeVisible();
  await expectAccessible(page, 'the map editor with card emotions and actors');
  const [mmd] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Mermaid text' }).click(),
  ]);
  const text = await readFile(await mmd.path(), 'utf8');
  expect(text).toBe(WORKING_DAY.replace('Do work: 1: Me, Cat', 'Do work: 2: Me, Cat'));
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('img', { name: /Do work -2\)/ })).toBeVisible();

  // The SVG picture draws the same points and says the same on its cards.
  const [svgFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svg = await readFile(await svgFile.path(), 'utf8');
  expect(svg.match(/<circle/g)).toHaveLength(5);
  expect(svg).toContain('>Emotion −2 angry</text>');
  expect(svg).toContain('>Who: Me, Cat</text>');

  // And the projector.
  await saved(page);
  const presenter = await context.newPage();
  await presenter.goto(page.url() + '/present');
  const stage = presenter.getByRole('region', { name: 'Go to work' });
  await expect(stage).toContainText('Do work');
  await expect(stage.getByRole('listitem').filter({ hasText: 'Do work' })).toContainText('−2 angry');
  await expect(stage.getByRole('listitem').filter({ hasText: 'Do work' })).toContainText('Who: Me, Cat');
  await expect(presenter.locator('.presenter__curve .curve__dot')).toHaveCount(5);
});

test('a score Mermaid draws but outside 1 to 5 is kept as the nearest feeling, said with its line', async ({ page, app }) => {
  await importMermaid(page, app, WORKING_DAY.replace('Make tea: 5', 'Make tea: 0').replace('Sit down: 5', 'Sit down: 7'));
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('Imported “My working day”: some scores are outside 1 to 5');
  await expect(notice).toContainText('Line 4: “Make tea” has the score 0, outside the map\'s 1 to 5: it is kept as 1.');
  await expect(notice).toContainText('has the score 7, outside the map\'s 1 to 5: it is kept as 5.');
  await expect(page.locator('#import-notice')).toBeFocused();
  await page.getByRole('link', { name: 'Open My working day' }).click();
  await expect(page.locator('.card')).toHaveCount(5);
});

test('repeated section names: said at import with their lines, both kept, every control named once', async ({ page, app, context }) => {
  const text = WORKING_DAY + '    section Go home\n      Sleep: 4: Me, Cat\n';
  await importMermaid(page, app, text);
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('Imported “My working day”: some sections have the same name');
  await expect(notice).toContainText('Two sections are called “Go home” (lines 7 and 10): each is kept as a stage of its own, shown as “Go home” and “Go home (2)”.');
  await expect(page.locator('#import-notice')).toBeFocused();
  await expectAccessible(page, 'the list of journey maps, with an import notice');
  await page.getByRole('link', { name: 'Open My working day' }).click();

  // Nothing lost: three stages, the stored names as written.
  const names = page.getByRole('textbox', { name: /^Stage \d name/ });
  expect(await names.evaluateAll((els) => els.map((e) => e.value))).toEqual(['Go to work', 'Go home', 'Go home']);
  await expect(page.getByRole('combobox', { name: 'Emotion at Go home', exact: true })).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: 'Emotion at Go home (2)', exact: true })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Delete stage Go home (2)' })).toHaveCount(1);
  await expect(cell(page, 'Customer actions', 'Go home \\(2\\)')).toContainText('Sleep');
  await expectAccessible(page, 'the map editor with two stages of one name');
  await saved(page);
  const presenter = await context.newPage();
  await presenter.goto(page.url() + '/present');
  await expect(presenter.getByRole('region', { name: 'Go home (2)' })).toContainText('Sleep');
  await expect(presenter.getByRole('region', { name: 'Go home', exact: true })).toContainText('Sit down');
});

test('eight stages on a 1920×1080 projector all fit on the screen, in type a little smaller', async ({ page, app }) => {
  const text = ['journey', '  title Complaint call'];
  for (const stage of ['Notice the problem', 'Search online', 'Contact us', 'Wait on hold', 'Complaint logged', 'Investigation', 'Resolution', 'Follow-up survey']) {
    text.push(`  section ${stage}`, `    ${stage}, first step: 2: Customer`, `    ${stage}, second step: 4: Customer, Adviser`);
  }
  await importMermaid(page, app, text.join('\n') + '\n');
  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue('Complaint call');
  await saved(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(page.url() + '/present');
  const stages = page.locator('.presenter__stage');
  await expect(stages).toHaveCount(8);
  await expect(stages.last()).toContainText('Follow-up survey, second step');
  const last = await stages.last().boundingBox();
  expect(last.x + last.width, 'the last stage on the screen').toBeLessThanOrEqual(1920);
  const scroller = page.getByRole('region', { name: 'The map' });
  expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth), 'no sideways scroll').toBeLessThanOrEqual(1);
  const px = await page.locator('.presenter__lane li').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(px).toBeGreaterThanOrEqual(24);
  // Every stage name is whole: no word broken across two lines ("Investig-ation"); a
  // heading whose longest word is too wide is set smaller, the others are not.
  const broken = await page.locator('.presenter__stage h2').evaluateAll((hs) => hs.flatMap((h) => {
    const text = h.firstChild;
    const out = [];
    for (const m of text.data.matchAll(/\S+/g)) {
      const r = document.createRange();
      r.setStart(text, m.index);
      r.setEnd(text, m.index + m[0].length);
      const lines = new Set([...r.getClientRects()].map((b) => Math.round(b.top)));
      if (lines.size > 1) out.push(m[0]);
    }
    return out;
  }));
  expect(broken, 'words of stage names broken across lines').toEqual([]);
  const sizes = await page.locator('.presenter__stage h2').evaluateAll((hs) => hs.map((h) => parseFloat(getComputedStyle(h).fontSize)));
  expect(sizes[5], 'the heading "Investigation" set smaller').toBeLessThan(sizes[0]);
  expect(sizes[5] / sizes[0]).toBeGreaterThanOrEqual(0.7);
  await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();
  await expectAccessible(page, 'the presenter view with eight stages');
});

// Six stages, as a complaint journey has them, each task with its score.
const COMPLAINT = ['journey', '  title Complaint call',
  '  section Notice the problem', '    Parcel is late: 2: Customer',
  '  section Contact us', '    Call the helpline: 1: Customer', '    Wait on hold: 1: Customer',
  '  section Complaint logged', '    Adviser takes the details: 3: Customer, Adviser',
  '  section Investigation', '    Waits for news: 2: Customer',
  '  section Resolution', '    Refund arrives: 5: Customer',
  '  section Follow-up', '    Survey by email: 4: Customer', ''].join('\n');

for (const [width, height] of [[1920, 1080], [1280, 720]]) {
  test(`the presenter view fills a ${width}×${height} screen in large type, the curve across the stages`, async ({ page, app }) => {
    await importMermaid(page, app, COMPLAINT);
    await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue('Complaint call');
    await saved(page);
    await page.setViewportSize({ width, height });
    await page.goto(page.url() + '/present');
    const map = page.getByRole('region', { name: 'The map' });
    await expect(map).toBeVisible();
    const box = await map.boundingBox();
    expect(box.width).toBeGreaterThan(0.9 * width);
    // Six stages side by side, all on the screen, together as wide as the map.
    const stages = page.locator('.presenter__stage');
    await expect(stages).toHaveCount(6);
    const first = await stages.first().boundingBox();
    const last = await stages.last().boundingBox();
    expect(first.x).toBeGreaterThanOrEqual(box.x - 1);
    expect(last.x + last.width).toBeLessThanOrEqual(box.x + box.width + 1);
    expect(last.x + last.width - first.x).toBeGreaterThan(0.9 * width);
    // The curve runs from the first stage's column to the last one's.
    const curve = await page.locator('.presenter__curve .curve__line').boundingBox();
    expect(curve.x).toBeLessThan(first.x + first.width);
    expect(curve.x + curve.width).toBeGreaterThan(last.x);
    const svg = await page.locator('.presenter__curve svg').boundingBox();
    expect(Math.abs(svg.width - (last.x + last.width - first.x))).toBeLessThan(8);
    // Large type: cards at 20 px or more (27 px on 1920), stage names larger still.
    const px = (locator) => locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await px(page.locator('.presenter__lane li').first())).toBeGreaterThanOrEqual(width >= 1920 ? 27 : 20);
    expect(await px(page.getByRole('heading', { level: 2, name: 'Contact us' }))).toBeGreaterThanOrEqual(width >= 1920 ? 28 : 21);
    expect(await px(page.locator('.presenter__curve .curve__value').first())).toBeGreaterThanOrEqual(15);
    await page.screenshot({ path: join(dirname(DIST), 'test-results', `presenter-${width}x${height}.png`) });
    await expectAccessible(page, `the presenter view at ${width}×${height}`);
  });
}

test('a template starts with a worked example, cleared in one undoable step', async ({ page, app }) => {
  await newMap(page, app, 'Online order to delivery', 'Orders');
  // Emotions, pain points and moments of truth, so the first curve is not empty.
  await expect(page.getByRole('combobox', { name: 'Emotion at Receive the parcel' })).toHaveValue('-2');
  await expect(cell(page, 'Pain points', 'Wait for delivery')).toContainText('Tracking not updated for two days');
  await expect(cell(page, 'Touchpoints', 'Receive the parcel')).toContainText('★ Moment of truth');
  await expect(page.locator('.map-grid__curve .curve__dot')).toHaveCount(5);
  await expect(page.locator('.curve__pain')).toHaveCount(2);
  await expectAccessible(page, 'the map editor with a worked example');
  // What the user changed is theirs: a rewritten pain point stays.
  await cell(page, 'Pain points', 'Receive the parcel').getByRole('button', { name: /^Parcel left/ }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' at number 12');
  await page.keyboard.press('Enter');

  await page.getByRole('button', { name: 'Clear example content' }).click();
  await expect(page.getByRole('button', { name: 'Clear example content' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Map title' })).toBeFocused();
  await expect(page.getByText('Tracking not updated for two days')).toHaveCount(0);
  await expect(cell(page, 'Pain points', 'Receive the parcel')).toContainText('Parcel left with a neighbour, no note at number 12');
  await expect(page.getByText('★ Moment of truth')).toHaveCount(0);
  await expect(page.locator('.map-grid__curve .curve__dot')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: /^Stage \d name/ })).toHaveCount(5);
  await expect(cell(page, 'Touchpoints', 'Order and pay')).toContainText('Checkout');
  // One step: one undo brings it all back.
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toHaveAttribute('title', /^Undo clear the example content/);
  await undo.click();
  await expect(cell(page, 'Pain points', 'Wait for delivery')).toContainText('Tracking not updated for two days');
  await expect(page.locator('.map-grid__curve .curve__dot')).toHaveCount(5);
  await expect(page.getByRole('button', { name: 'Clear example content' })).toBeVisible();
});

test('typing straight on after Enter on a slow machine keeps every letter in its own card', async ({ page, app }) => {
  test.slow();
  // A map of 12 stages × 20 steps on a CPU slowed eightfold: the new card's text box is
  // drawn, and focus moves to it, a while after the Enter that asked for it.
  await newMap(page, app);
  await page.getByRole('link', { name: 'Journey maps' }).click();
  const steps = (s) => Array.from({ length: 20 }, (_, i) => `    Step ${s}.${i + 1}: 3: Me`).join('\n');
  const sections = Array.from({ length: 12 }, (_, s) => `  section S${s + 1}\n${steps(s + 1)}`).join('\n');
  await page.getByRole('textbox', { name: 'Mermaid text' }).fill(`journey\n  title Busy\n${sections}\n`);
  await page.getByRole('button', { name: 'Import as a new map' }).click();
  await expect(cell(page, 'Customer actions', 'S1')).toContainText('Step 1.20');
  await cell(page, 'Touchpoints', 'S1').focus();
  await onASlowMachine(page, async () => {
    // No waiting between keys: as fast as a person types.
    await page.keyboard.press('Enter');
    await page.keyboard.type('Tracking page');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Helpline menu');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Chat queue');
    await page.keyboard.press('Escape');
  });
  const cards = (stage) => cell(page, 'Touchpoints', stage).getByRole('button', { name: /./ });
  for (const [stage, text] of [['S1', 'Tracking page'], ['S2', 'Helpline menu'], ['S3', 'Chat queue']]) {
    await expect(cell(page, 'Touchpoints', stage)).toContainText(text);
    await expect(cards(stage)).toHaveCount(1);
  }
  // The steps already there are untouched.
  await expect(cell(page, 'Customer actions', 'S2')).toContainText('Step 2.1');
  await saved(page);
  await page.reload();
  for (const [stage, text] of [['S1', 'Tracking page'], ['S2', 'Helpline menu'], ['S3', 'Chat queue']]) {
    await expect(cell(page, 'Touchpoints', stage)).toContainText(text);
  }
});
