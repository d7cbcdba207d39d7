// Fishbone diagrams: a diagram made from the list page with the 6M preset, causes built
// by keyboard alone in the outline (Enter, Tab, Shift+Tab, Alt+↑, Delete on an empty
// one, a refused Tab saying why), a cause confirmed with evidence, a click in the
// picture selecting a cause, everything there after a reload; hostile text kept inert
// in the outline, the picture and the Mermaid and Markdown exports; axe-core on the
// list and the editor.
import { test, expect, saved, expectAccessible, onASlowMachine } from './fixtures.mjs';
import { readFile } from 'node:fs/promises';

async function newDiagram(page, app, effect) {
  await app.open();
  await page.getByRole('textbox', { name: 'Project name' }).fill('Refunds');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name: 'Refunds' }).click();
  await page.getByRole('link', { name: 'Fishbone diagrams' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fishbone diagrams' })).toBeVisible();
  await expectAccessible(page, 'the fishbone list page');
  await page.getByRole('textbox', { name: 'Problem (the effect)' }).fill(effect);
  await page.getByRole('combobox', { name: 'Categories' }).selectOption({ label: '6M' });
  await page.getByRole('button', { name: 'Create diagram' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fishbone diagram' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Effect (the problem statement)' })).toHaveValue(effect);
}

const category = (page, name) => page.getByRole('region', { name: `Category ${name}` });
const causeFields = (page, name) => category(page, name).locator('input.fb-cause__text');
const focused = (page) => page.locator(':focus');

/** The causes of a category in outline order, as "level:text". */
async function outline(page, name) {
  return causeFields(page, name).evaluateAll((inputs) => inputs.map((i) => {
    const level = /level (\d+)/.exec(i.getAttribute('aria-label'))?.[1] ?? '1';
    return `${level}:${i.value}`;
  }));
}

test('causes built by keyboard alone, confirmed with evidence, picked in the picture, are there after a reload', async ({ page, app }) => {
  await newDiagram(page, app, 'Refund calls up 30% in March 2026 at the Leeds contact centre');
  await expect(category(page, 'People')).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Name of category / })).toHaveCount(6);

  await page.getByRole('button', { name: 'Add cause to People' }).click();
  await expect(focused(page)).toHaveAttribute('aria-label', 'Cause under People');
  await page.keyboard.type('Agents unsure of the refund rules');
  await page.keyboard.press('Enter');
  await expect(focused(page)).toHaveValue('');
  await page.keyboard.type('New starters not trained');
  await page.keyboard.press('Tab');
  await expect(focused(page)).toHaveAttribute('aria-label', 'Cause, level 2 under People');
  await expect(focused(page)).toHaveValue('New starters not trained');
  await page.keyboard.press('Enter');
  await expect(focused(page)).toHaveValue('');
  await expect(focused(page)).toHaveAttribute('aria-label', 'Cause, level 2 under People');
  await page.keyboard.type('Rules changed in March');
  await page.keyboard.press('Shift+Tab');
  await expect(focused(page)).toHaveAttribute('aria-label', 'Cause under People');
  await expect(focused(page)).toHaveValue('Rules changed in March');
  expect(await outline(page, 'People')).toEqual([
    '1:Agents unsure of the refund rules', '2:New starters not trained', '1:Rules changed in March',
  ]);
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => outline(page, 'People')).toEqual([
    '1:Rules changed in March', '1:Agents unsure of the refund rules', '2:New starters not trained',
  ]);
  await expect(focused(page)).toHaveValue('Rules changed in March');
  // Tab on the first cause: nothing above to go under, and the page says so.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('alert')).toContainText('no cause just above it');
  await expect(page.locator('.fb-outline__refused')).toContainText('no cause just above it');
  await expect(focused(page)).toHaveValue('Rules changed in March');
  // Enter makes a blank cause; Delete on it removes it and goes back up.
  await page.keyboard.press('Enter');
  await expect(causeFields(page, 'People')).toHaveCount(4);
  await expect(focused(page)).toHaveValue('');
  await page.keyboard.press('Delete');
  await expect(causeFields(page, 'People')).toHaveCount(3);
  await expect(focused(page)).toHaveValue('Rules changed in March');

  // The picture has every cause; the outline field's focus selects it in the panel.
  const picture = page.locator('.fb-picture');
  await expect(picture.locator('g.cause')).toHaveCount(3);
  await causeFields(page, 'People').nth(1).click();
  const panel = page.getByRole('region', { name: 'Selected cause' });
  await expect(panel.locator('.fb-cause-panel__text')).toContainText('Agents unsure of the refund rules');
  await panel.getByRole('radio', { name: 'Confirmed' }).check();
  await panel.getByRole('textbox', { name: 'What was checked, and what it showed' }).fill('Listened to 20 calls: 14 agents checked the old rules');
  await panel.getByRole('button', { name: 'Add evidence' }).click();
  await expect(panel.locator('.fb-evidence')).toContainText('Listened to 20 calls: 14 agents checked the old rules');
  await expect(picture.locator('g.cause[data-status="confirmed"]')).toHaveCount(1);
  await expect(picture.locator('g.cause[data-status="confirmed"] title')).toHaveText(/Agents unsure/);

  // A click on a cause in the picture selects it: its field has focus, the panel shows it.
  await picture.locator('g.cause', { hasText: 'New starters not trained' }).locator('tspan').first().click();
  await expect(focused(page)).toHaveValue('New starters not trained');
  await expect(panel.locator('.fb-cause-panel__text')).toContainText('New starters not trained');
  await expect(panel.getByRole('radio', { name: 'Suspected' })).toBeChecked();
  await expectAccessible(page, 'the fishbone editor');

  await saved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Effect (the problem statement)' }))
    .toHaveValue('Refund calls up 30% in March 2026 at the Leeds contact centre');
  expect(await outline(page, 'People')).toEqual([
    '1:Rules changed in March', '1:Agents unsure of the refund rules', '2:New starters not trained',
  ]);
  await causeFields(page, 'People').nth(1).click();
  await expect(panel.getByRole('radio', { name: 'Confirmed' })).toBeChecked();
  await expect(panel.locator('.fb-evidence')).toContainText('Listened to 20 calls');
  await expect(page.locator('.fb-picture g.cause[data-status="confirmed"]')).toHaveCount(1);
});

test('hostile text stays text in the outline, the picture and the exports', async ({ page, app }) => {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await newDiagram(page, app, '<script>alert(1)</script> refunds');
  const script = '<script>alert(1)</script>';
  const svgTag = '"><svg onload=alert(1)>';
  await page.getByRole('button', { name: 'Add cause to Methods' }).click();
  await page.keyboard.type(script);
  await page.keyboard.press('Enter');
  await expect(focused(page)).toHaveValue('');
  await page.keyboard.type(svgTag);
  // Leaving the field commits it.
  await page.getByRole('heading', { level: 1, name: 'Fishbone diagram' }).click();
  await expect(causeFields(page, 'Methods')).toHaveCount(2);
  await expect(causeFields(page, 'Methods').nth(0)).toHaveValue(script);
  await expect(causeFields(page, 'Methods').nth(1)).toHaveValue(svgTag);

  const picture = page.locator('.fb-picture');
  await expect(picture.locator('g.cause')).toHaveCount(2);
  await expect(picture.locator('g.cause').nth(1).locator('title')).toContainText(svgTag);
  expect(await picture.locator('script').count()).toBe(0);
  // The picture's own layers are its only <svg> elements: none came from the text.
  expect(await picture.locator('svg').count()).toBe(await picture.locator('.fb-picture__sheet > svg').count());
  expect(await picture.locator('svg svg, g svg').count()).toBe(0);
  expect(await page.locator('[onload]').count()).toBe(0);
  const shown = await picture.evaluate((el) => el.textContent);
  expect(shown).toContain(script);

  const [mermaid] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Mermaid text' }).click(),
  ]);
  expect(mermaid.suggestedFilename()).toBe('script-alert-1-script-refunds.mmd');
  const mmd = await readFile(await mermaid.path(), 'utf8');
  expect(mmd.startsWith('ishikawa-beta\n')).toBe(true);
  expect(mmd).toContain(`            ${script}\n`);
  expect(mmd).toContain(`            ${svgTag}\n`);

  const [md] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Markdown' }).click(),
  ]);
  const markdown = await readFile(await md.path(), 'utf8');
  expect(markdown).not.toContain('<script');
  expect(markdown).not.toContain('<svg');
  expect(markdown).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
  expect(markdown).toContain('&quot;&gt;&lt;svg onload\\=alert\\(1\\)&gt;');

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svgText = await readFile(await svg.path(), 'utf8');
  expect(svgText).not.toContain('<script');
  expect(svgText.match(/<svg/g)).toHaveLength(1);

  await saved(page);
  await page.reload();
  await expect(causeFields(page, 'Methods').nth(0)).toHaveValue(script);
  expect(dialogs).toEqual([]);
});

/** Mermaid `ishikawa-beta` text of `categories` × `perCategory` causes, every third
 *  with two causes of its own. */
function bigDiagram(categories, perCategory) {
  const lines = ['ishikawa-beta', '    Refund calls up 30% in March 2026 at the Leeds contact centre'];
  const names = ['People', 'Methods', 'Machines/Systems', 'Materials', 'Measurement', 'Environment'];
  for (let g = 0; g < categories; g++) {
    lines.push(`        ${names[g % names.length]}`);
    for (let i = 0; i < perCategory; i++) {
      lines.push(`            Cause ${g + 1}.${i + 1} of the late refunds`);
      if (i % 3 === 0) {
        lines.push(`                Because of step ${i + 1}`, `                And the form ${i + 1}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}

async function importDiagram(page, app, text) {
  await app.open();
  await page.getByRole('textbox', { name: 'Project name' }).fill('Refunds');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name: 'Refunds' }).click();
  await page.getByRole('link', { name: 'Fishbone diagrams' }).first().click();
  await page.getByRole('textbox', { name: 'Mermaid text' }).fill(text);
  await page.getByRole('button', { name: 'Import as a new diagram' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fishbone diagram' })).toBeVisible();
}

test('an ishikawa .mmd file saved as UTF-16 (Notepad\'s "Unicode") imports from its file', async ({ page, app }) => {
  await app.open();
  await page.getByRole('textbox', { name: 'Project name' }).fill('Refunds');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name: 'Refunds' }).click();
  await page.getByRole('link', { name: 'Fishbone diagrams' }).first().click();
  const text = 'ishikawa-beta\r\n    Refunds take 9 days in Q3\r\n        People\r\n            New starters unsure of the policy\r\n        Systems\r\n            Batch job runs weekly\r\n';
  const buffer = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  await page.getByLabel('Or read it from a file (.mmd, .md with a mermaid block, .txt)')
    .setInputFiles({ name: 'refunds.mmd', mimeType: 'text/plain', buffer });
  await expect(page.getByRole('textbox', { name: 'Mermaid text' })).toHaveValue(text.replaceAll('\r\n', '\n'));
  await page.getByRole('button', { name: 'Import as a new diagram' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fishbone diagram' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /problem|effect/i }).first()).toHaveValue('Refunds take 9 days in Q3');
  await expect(page.locator('input.fb-cause__text')).toHaveCount(2);
});

test('a workshop-sized diagram at 1280×800 and 1920×1080', async ({ page, app }, testInfo) => {
  await importDiagram(page, app, bigDiagram(6, 2));
  await expect(page.locator('.fb-picture g.cause')).toHaveCount(6 * (2 + 2));
  await page.locator('input.fb-cause__text').nth(2).click();
  // The selected cause stands out in the picture.
  const id = await page.locator('input.fb-cause__text').nth(2).getAttribute('data-cause');
  await expect(page.locator(`.fb-picture g[data-cause="${id}"] > text`)).toHaveCSS('font-weight', '700');
  // Zoom by its buttons and by keys on the picture; Fit shows the whole width again.
  const sheet = page.locator('.fb-picture__sheet');
  const level = page.getByRole('group', { name: 'Zoom' }).getByLabel('Zoom level');
  const percent = async () => Number((await level.textContent()).replace('%', ''));
  const fitted = await percent();
  const wide = (await sheet.boundingBox()).width;
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(percent).toBeLessThan(fitted);
  expect((await sheet.boundingBox()).width).toBeLessThan(wide);
  const out = await percent();
  await page.getByRole('group', { name: /The picture/ }).press('+');
  await expect.poll(percent).toBeGreaterThan(out);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(percent).toBeGreaterThan(fitted);
  expect((await sheet.boundingBox()).width).toBeGreaterThan(wide);
  await page.getByRole('button', { name: 'Fit' }).click();
  await expect.poll(percent).toBe(fitted);
  for (const [width, height] of [[1280, 800], [1920, 1080]]) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: testInfo.outputPath(`fishbone-${width}.png`) });
    await page.screenshot({ path: testInfo.outputPath(`fishbone-${width}-page.png`), fullPage: true });
    // Nothing sticks out sideways: the picture scrolls inside its box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `page wider than the ${width} px window`).toBeLessThanOrEqual(0);
  }
});

test('on a 360-cause diagram an Enter draws only what it changed', async ({ page, app }) => {
  test.slow();
  await importDiagram(page, app, bigDiagram(6, 40));
  const total = 6 * 40 + 6 * 14 * 2;
  const picture = page.locator('.fb-picture');
  await expect(picture.locator('desc')).toContainText(`${total} causes`);
  // Only what is near the box's view is drawn; what scrolls into view is drawn then.
  const drawn = await picture.locator('g.cause').count();
  expect(drawn).toBeGreaterThan(20);
  expect(drawn).toBeLessThan(total);
  const lastId = await page.locator('input.fb-cause__text').last().getAttribute('data-cause');
  await expect(picture.locator(`g[data-cause="${lastId}"]`)).toHaveCount(0);
  // Scrolled across the whole picture, a view at a time, the last cause is drawn when
  // the view comes to it.
  const found = await picture.evaluate(async (el, id) => {
    for (let top = 0; top <= el.scrollHeight; top += el.clientHeight / 2) {
      for (let left = 0; left <= el.scrollWidth; left += el.clientWidth / 2) {
        el.scrollTo(left, top);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const g = el.querySelector(`g[data-cause="${id}"]`);
        const box = el.getBoundingClientRect();
        const at = g?.getBoundingClientRect();
        if (at && at.right > box.left && at.left < box.right && at.bottom > box.top && at.top < box.bottom) return true;
      }
    }
    return false;
  }, lastId);
  expect(found, 'the last cause drawn once scrolled into view').toBe(true);
  await expect(picture.locator(`g[data-cause="${lastId}"]`)).toHaveCount(1);
  // A cause picked in the outline is brought into view in the picture.
  await page.locator('input.fb-cause__text').first().click();
  const firstId = await page.locator('input.fb-cause__text').first().getAttribute('data-cause');
  await expect(picture.locator(`g[data-cause="${firstId}"][data-selected]`)).toBeInViewport();
  // Where the cause goes matters: one on the first bone moves every piece of the
  // picture after it (moved, not made again), one on the last bone moves a few.
  for (const [where, field] of [['the first bone', 5], ['the last bone', total - 5]]) {
    await page.locator('input.fb-cause__text').nth(field).click();
    // Each Enter: the picture's elements before it are remembered; once the new cause
    // is drawn, the elements that are new are counted. (How long it takes is measured
    // by the benchmark, scripts/bench fishbone: this machine may be shared.)
    const counts = await page.evaluate(async () => {
      const out = [];
      const picture = document.querySelector('.fb-picture');
      const causes = () => Number(picture.querySelector('desc').textContent.match(/(\d+) causes/)[1]);
      for (let i = 0; i < 20; i++) {
        const before = causes();
        const old = new WeakSet(picture.querySelectorAll('*'));
        const at = [picture.scrollLeft, picture.scrollTop];
        const input = document.activeElement;
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
        // Focus moves to the new cause once the outline has redrawn.
        while (document.activeElement === input || causes() === before) await new Promise((r) => setTimeout(r, 10));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const id = document.activeElement.getAttribute('data-cause');
        const all = [...picture.querySelectorAll('g')];
        out.push({
          drawn: all.length,
          fresh: all.filter((g) => !old.has(g)).length,
          shown: !!picture.querySelector(`g[data-cause="${id}"]`),
          // The new cause brought into view: what came into view is drawn then.
          scrolled: picture.scrollLeft !== at[0] || picture.scrollTop !== at[1],
        });
      }
      return out;
    });
    const still = counts.filter((c) => !c.scrolled);
    expect(still.length, `Enters on ${where} with the view where it was`).toBeGreaterThan(10);
    const most = Math.max(...still.map((c) => c.fresh));
    console.log(`Enter on ${where}: at most ${most} of ${counts[0].drawn} groups in the picture made again (the view kept)`);
    expect(counts.every((c) => c.shown), `each new cause on ${where} is drawn`).toBe(true);
    // The new cause, and its bone's pieces that changed: never the rest of the picture.
    expect(most, `groups made again by an Enter on ${where}`).toBeLessThanOrEqual(6);
  }
  await expect(picture.locator('desc')).toContainText(`${total + 40} causes`);
});

test('typing straight on after Enter on a slow machine keeps every letter in its own cause', async ({ page, app }) => {
  test.slow();
  // A big diagram on a CPU slowed eightfold: the app yields to the browser between
  // drawing the new cause and its after-draw work, so keys arrive in between.
  await importDiagram(page, app, bigDiagram(6, 40));
  const people = causeFields(page, 'People');
  let before;
  await onASlowMachine(page, async () => {
    before = await people.count();
    await page.getByRole('button', { name: 'Add cause to People' }).focus();
    // No waiting between keys: as fast as a person types.
    await page.keyboard.press('Enter');
    await page.keyboard.type('Queue too long');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Hold music loops');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Nobody owns it');
  });
  await expect(people).toHaveCount(before + 3);
  const rows = await outline(page, 'People');
  expect(rows.slice(-3)).toEqual(['1:Queue too long', '2:Hold music loops', '2:Nobody owns it']);
  // The causes that were there are untouched.
  expect(rows.slice(0, 4)).toEqual([
    '1:Cause 1.1 of the late refunds', '2:Because of step 1', '2:And the form 1', '1:Cause 1.2 of the late refunds',
  ]);
  // Leaving the field commits the last one; all three are in the saved diagram.
  await page.getByRole('heading', { level: 1, name: 'Fishbone diagram' }).click();
  await saved(page);
  await page.reload();
  await expect(people).toHaveCount(before + 3);
  expect((await outline(page, 'People')).slice(-3)).toEqual(['1:Queue too long', '2:Hold music loops', '2:Nobody owns it']);
});
