// KPIs: the quick calculator by keyboard, CSV import that refuses bad rows with their
// row number and changes nothing, a clean import with the expected NPS and interval,
// figures surviving a reload, and axe-core on the page.
import { test, expect, stored, storedKeys, saved, expectAccessible } from './fixtures.mjs';

async function openKpis(page, app) {
  await app.open();
  await page.getByRole('textbox', { name: 'Project name' }).fill('Late deliveries, Q3');
  await page.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('link', { name: 'Late deliveries, Q3' }).click();
  await page.getByRole('link', { name: 'KPIs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'KPIs' })).toBeVisible();
}

// 40 promoters, 20 passives, 10 detractors over two months and two channels.
function surveyCsv() {
  const rows = ['Date;Score;Channel'];
  const scores = [...Array(40).fill(10), ...Array(20).fill(7), ...Array(10).fill(2)];
  scores.forEach((s, i) => rows.push(`2026-${i % 2 ? '10' : '11'}-0${(i % 9) + 1};${s};${i % 2 ? 'phone' : 'email'}`));
  return '\ufeff' + rows.join('\r\n') + '\r\n';
}

test('the quick calculator works by keyboard alone', async ({ page, app }) => {
  await openKpis(page, app);
  const kind = page.getByRole('combobox', { name: 'What to calculate' });
  await kind.focus();
  await kind.selectOption('fcr');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Resolved at first contact' })).toBeFocused();
  await page.keyboard.type('720');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1000');
  const card = page.getByRole('article', { name: /^FCR 72\.0%/ });
  await expect(card).toContainText('95% CI 69.1% to 74.7%');
  await expect(card).toContainText('n = 1000');
  await expect(card).toContainText('FCR = contacts resolved at the first contact ÷ all contacts');
  // A typing mistake is named, not silently computed.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1200');
  await expect(page.locator('.field-error')).toHaveText('Resolved at first contact cannot be more than all contacts');
});

test('a CSV with a bad row names the row and changes nothing', async ({ page, app }) => {
  await openKpis(page, app);
  await saved(page);
  const before = await storedKeys(page);
  const csv = surveyCsv().replace('2026-10-02;10;phone', '2026-10-02;11;phone');
  await page.getByLabel('Survey file (.csv)').setInputFiles({ name: 'october.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByText('october.csv: columns separated by semicolons')).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('october.csv: 1 of 70 rows could not be read. Nothing has been imported.');
  await expect(alert).toContainText('row 3, column "Score": "11" is not a whole number from 0 to 10');
  expect(await storedKeys(page)).toEqual(before);
  await alert.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No survey data yet')).toBeVisible();
});

test('a clean import shows the NPS with its interval, by month and channel, after a reload', async ({ page, app }) => {
  await openKpis(page, app);
  await page.getByLabel('Survey file (.csv)').setInputFiles({ name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from(surveyCsv()) });
  await expect(page.getByRole('combobox', { name: 'Break down by (channel, team…)' })).toHaveValue('2');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Imported 70 answers from survey.csv.')).toBeVisible();
  await saved(page);
  // The dataset holds counts per day only.
  const dataset = (await stored(page)).data.projects[0].datasets[0];
  expect(dataset.counts.segments).toEqual(['email', 'phone']);
  expect(JSON.stringify(dataset)).not.toContain('2026-10-02;');

  await page.reload();
  const card = page.getByRole('article', { name: /^NPS \+43/ }).first();
  await expect(card).toContainText('95% CI +24 to +58');
  await expect(card).toContainText('n = 70');
  const byMonth = page.getByRole('table', { name: 'NPS by month' });
  await expect(byMonth.getByRole('row', { name: /Oct 2026/ })).toContainText('35');
  await expect(byMonth.getByRole('row', { name: /Nov 2026/ })).toContainText('35');
  await expect(page.getByRole('table', { name: 'NPS by Channel' }).getByRole('row', { name: /phone/ })).toBeVisible();

  // A target gives a status in words.
  await page.getByRole('textbox', { name: 'Target (NPS points)' }).fill('20');
  await page.getByRole('textbox', { name: 'Target (NPS points)' }).press('Tab');
  await expect(card).toContainText('On target: target +20');
  await expectAccessible(page, 'KPI page with data');

  // Removing the data can be undone.
  await page.getByRole('button', { name: 'Remove this data: survey.csv' }).click();
  await expect(page.getByText('No survey data yet')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('article', { name: /^NPS \+43/ }).first()).toBeVisible();
});

test('charts download as SVG with hostile text kept inert, and two periods compare', async ({ page, app }) => {
  await openKpis(page, app);
  const rows = ['date,score,channel'];
  const hostile = ['<script>alert(1)</script>', '"><svg onload=alert(2)>'];
  for (let i = 0; i < 200; i++) rows.push(`2026-${i % 2 ? '10' : '11'}-0${(i % 9) + 1},${i % 2 ? i % 11 : 9 + (i % 2)},"${hostile[i % 2].replaceAll('"', '""')}"`);
  await page.getByLabel('Survey file (.csv)').setInputFiles({ name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Imported 200 answers from hostile.csv.')).toBeVisible();
  expect(await page.evaluate(() => document.querySelectorAll('script:not([src]), svg [onload]').length)).toBe(0);

  const compare = page.locator('.compare__result');
  await expect(compare).toContainText('Nov 2026 compared with Oct 2026: NPS changed by');
  await expect(compare).toContainText('Method: difference of adjusted-Wald NPS');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).nth(1).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/-by-segment\.svg$/);
  const { readFile } = await import('node:fs/promises');
  const svg = await readFile(await download.path(), 'utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(svg).not.toContain('<script>');
  expect(svg).not.toMatch(/<svg[^>]*onload/);

  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).first().click(),
  ]);
  expect(png.suggestedFilename()).toMatch(/-trend\.png$/);
  const bytes = await readFile(await png.path());
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.length).toBeGreaterThan(2000);
});

test('two data sets of the same KPI compare before and after', async ({ page, app }) => {
  await openKpis(page, app);
  const file = (name, promoters, detractors) => {
    const rows = ['date,score'];
    for (let i = 0; i < 400; i++) rows.push(`2026-09-0${(i % 9) + 1},${i < promoters ? 10 : i < promoters + detractors ? 3 : 8}`);
    return { name, mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) };
  };
  for (const f of [file('before.csv', 120, 160), file('after.csv', 220, 80)]) {
    await page.getByLabel('Survey file (.csv)').setInputFiles(f);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByText(`Imported 400 answers from ${f.name}.`)).toBeVisible();
  }
  const section = page.getByRole('region', { name: 'Compare two data sets' });
  await expect(section.locator('.compare__result')).toContainText('after.csv compared with before.csv: NPS changed by +45');
  await expect(section.locator('.compare__result')).toContainText('a significant rise');
});

test('monthly totals typed in by hand become a dataset that survives a reload', async ({ page, app }) => {
  await openKpis(page, app);
  const section = page.getByRole('region', { name: 'Enter monthly figures' });
  await section.getByLabel('Month').fill('2026-11');
  await section.getByRole('textbox', { name: 'Promoters (9–10)' }).fill('40');
  await section.getByRole('textbox', { name: 'Passives (7–8)' }).fill('20');
  await section.getByRole('textbox', { name: 'Detractors (0–6)' }).fill('10');
  await section.getByRole('button', { name: 'Save figures for this month' }).click();
  await expect(section.getByRole('status')).toHaveText('Figures for Nov 2026 saved.');
  await section.getByLabel('Month').fill('2026-10');
  await section.getByRole('textbox', { name: 'Promoters (9–10)' }).fill('20');
  await section.getByRole('button', { name: 'Save figures for this month' }).click();
  await expect(section.getByRole('status')).toHaveText('Figures for Oct 2026 saved.');
  await saved(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Monthly figures entered by hand (NPS)' })).toBeVisible();
  const byMonth = page.getByRole('table', { name: 'NPS by month' });
  await expect(byMonth.getByRole('row', { name: /Nov 2026/ })).toContainText('+43');
  await expect(byMonth.getByRole('row', { name: /Oct 2026/ })).toContainText('+20');
  await expect(page.getByRole('article', { name: /^NPS/ }).first()).toContainText('n = 120');
});

test('a telephony report gives FCR with its method, AHT and escalation; a bad row is named', async ({ page, app }) => {
  await openKpis(page, app);
  const report = [
    'Date,Team,Resolved first time,Talk,Hold,Wrap,Escalated',
    '2026-11-24,North,Yes,4:00,0:30,60,No',
    '2026-11-24,North,No,5:00,1:00,90,Yes',
    '2026-11-24,South,yes,3:00,,30,no',
    '2026-11-25,South,1,200,0,40,0',
  ];
  const bad = [...report, '2026-11-25,North,perhaps,1:00,0,0,no'].join('\n');
  await page.getByLabel('Contact report (.csv)').setInputFiles({ name: 'calls.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await expect(page.getByRole('combobox', { name: 'Resolved at first contact (yes/no)' })).toHaveValue('2');
  await expect(page.getByRole('combobox', { name: 'Talk time' })).toHaveValue('3');
  await page.getByRole('button', { name: 'Import contacts' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('calls.csv: 1 of 5 rows could not be read. Nothing has been imported.');
  await expect(alert).toContainText('row 6, column "Resolved first time": "perhaps" is not yes or no');
  await alert.getByRole('button', { name: 'Cancel' }).click();

  await page.getByLabel('Contact report (.csv)').setInputFiles({ name: 'calls.csv', mimeType: 'text/csv', buffer: Buffer.from(report.join('\n')) });
  await page.getByRole('button', { name: 'Import contacts' }).click();
  await expect(page.getByText('Imported 4 contacts from calls.csv.')).toBeVisible();
  await saved(page);
  await page.reload();
  const fcr = page.getByRole('article', { name: /^FCR 75\.0%/ });
  await expect(fcr).toContainText('measured operationally: no repeat contact within 7 days');
  await expect(page.getByRole('article', { name: /^AHT 5m 08s/ })).toContainText('AHT = (talk + hold + after-contact work) ÷ contacts handled');
  await expect(page.getByRole('article', { name: /^Escalation rate 25\.0%/ })).toBeVisible();
  // Its name once: the full name says no more than the short one.
  await expect(page.getByRole('article', { name: /^Escalation rate 25\.0%/ })).not.toContainText('Escalation rate · Escalation rate');
  await expect(fcr).toContainText('FCR · First contact resolution');
  await expect(page.getByRole('table', { name: 'Contacts by Team' }).getByRole('row', { name: /North/ })).toContainText('50.0%');
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('Day');
  const compare = page.locator('.compare__result');
  await expect(compare).toContainText('FCR: changed by +33.3 percentage points (95% CI -50.5 to +79.2), no significant change');
  await expectAccessible(page, 'KPI page with contact records');
});

// A Qualtrics-style export: row 1 column ids, row 2 the question text, row 3 ImportId
// JSON cells, then answers. 20 promoters, 12 passives, 8 detractors: NPS +30.
function qualtricsCsv() {
  const q = (s) => `"${String(s).replaceAll('"', '""')}"`;
  const ids = ['StartDate', 'EndDate', 'Status', 'IPAddress', 'Progress', 'Duration (in seconds)', 'Finished',
    'RecordedDate', 'ResponseId', 'DistributionChannel', 'Q1', 'Q1_NPS_GROUP', 'Q2'];
  const text = ['Start Date', 'End Date', 'Response Type', 'IP Address', 'Progress', 'Duration (in seconds)', 'Finished',
    'Recorded Date', 'Response ID', 'Distribution Channel',
    'How likely are you to recommend Acme Retail to a friend or colleague?', 'How likely are you to recommend Acme Retail to a friend or colleague? - Group',
    'What is the main reason for your score?'];
  const importIds = ['startDate', 'endDate', 'status', 'ipAddress', 'progress', 'duration', 'finished', 'recordedDate',
    '_recordId', 'distributionChannel', 'QID1', 'QID1_NPS_GROUP', 'QID2_TEXT'].map((id) => JSON.stringify({ ImportId: id }));
  const rows = [ids.map(q).join(','), text.map(q).join(','), importIds.map(q).join(',')];
  const scores = [...Array(10).fill(10), ...Array(10).fill(9), ...Array(7).fill(8), ...Array(5).fill(7), 6, 5, 5, 3, 2, 0, 1, 4];
  scores.forEach((s, i) => {
    const day = String((i % 20) + 1).padStart(2, '0');
    const group = s >= 9 ? 'Promoter' : s >= 7 ? 'Passive' : 'Detractor';
    rows.push([`2026-11-${day} 09:${String(i).padStart(2, '0')}:00`, `2026-11-${day} 09:${String(i).padStart(2, '0')}:40`, 0,
      `10.0.0.${i}`, 100, 40 + i, 1, `2026-11-${day} 09:${String(i).padStart(2, '0')}:41`, `R_${1000 + i}`, 'anonymous', s, group,
      q(i % 3 ? 'Quick, friendly reply' : 'Waited "ages" on hold')].join(','));
  });
  return rows.join('\r\n') + '\r\n';
}

// A SurveyMonkey-style export: two header rows (the question, then "Response"), US
// dates. 15 promoters, 10 passives, 5 detractors: NPS +33.
function surveyMonkeyCsv() {
  const rows = [
    'Respondent ID,Collector ID,Start Date,End Date,IP Address,How likely is it that you would recommend us to a friend or colleague?,What is the main reason for your score?',
    ',,,,,Response,Open-Ended Response',
  ];
  const scores = [...Array(15).fill(9), ...Array(10).fill(8), ...Array(5).fill(3)];
  scores.forEach((s, i) => {
    const day = 13 + (i % 15);
    rows.push(`${114000000 + i},432100,11/${day}/2026 02:1${i % 10}:00 PM,11/${day}/2026 02:2${i % 10}:00 PM,10.1.1.${i},${s},${i % 2 ? 'Helpful' : ''}`);
  });
  return rows.join('\n') + '\n';
}

test('a Qualtrics export: its extra header rows are offered as header rows, the score column is chosen by its values', async ({ page, app }) => {
  await openKpis(page, app);
  await page.getByLabel('Survey file (.csv)').setInputFiles({ name: 'qualtrics.csv', mimeType: 'text/csv', buffer: Buffer.from(qualtricsCsv()) });
  const headerRows = page.getByRole('checkbox', { name: 'Treat rows 2 and 3 as header rows, not answers' });
  await expect(headerRows).toBeChecked();
  await expect(page.getByText('Row 3: an id row a survey tool writes')).toBeVisible();
  // Q1 holds the 0–10 answers; Q1_NPS_GROUP has "NPS" in its name but holds words.
  await expect(page.getByRole('combobox', { name: 'Score column' })).toHaveValue('10');
  await expect(page.locator('#map-score-reason')).toContainText('"Q1: How likely are you to recommend Acme Retail');
  await expect(page.locator('#map-score-reason')).toContainText('whole numbers from 0 to 10');
  await expect(page.getByRole('combobox', { name: 'Date column' })).toHaveValue('0');
  await expectAccessible(page, 'KPI import preview with extra header rows');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Imported 40 answers from qualtrics.csv.')).toBeVisible();
  await expect(page.getByText(/bad rows/)).toHaveCount(0);

  const card = page.getByRole('article', { name: /^NPS \+30/ }).first();
  await expect(card).toContainText('(adjusted-Wald)');
  await expect(card).toContainText('Promoters 20 (50%), passives 12 (30%), detractors 8 (20%)');
  const byMonth = page.getByRole('table', { name: 'NPS by month' });
  await expect(byMonth.getByRole('columnheader', { name: '95% CI (adjusted-Wald)' })).toBeVisible();
  const nov = byMonth.getByRole('row', { name: /Nov 2026/ });
  await expect(nov.getByRole('cell').nth(3)).toHaveText('20 (50%)');
  await expect(nov.getByRole('cell').nth(4)).toHaveText('12 (30%)');
  await expect(nov.getByRole('cell').nth(5)).toHaveText('8 (20%)');
  await expectAccessible(page, 'KPI page with NPS counts and methods');
  // The downloaded chart says how its whiskers were made.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).first().click(),
  ]);
  const { readFile } = await import('node:fs/promises');
  expect(await readFile(await download.path(), 'utf8')).toContain('<title>NPS by month with 95% adjusted-Wald intervals</title>');
  await page.setViewportSize({ width: 1366, height: 768 });
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('kpi-card-1366x768.png') });
});

test('a Qualtrics TSV download (UTF-16, tab-separated) imports like its CSV', async ({ page, app }) => {
  await openKpis(page, app);
  // Qualtrics' "TSV" download: the same export, tab-separated, UTF-16 little-endian with
  // a byte-order mark. Read as bytes it would match no column.
  const csv = qualtricsCsv();
  const tsv = csv.split('\r\n').map((line) => {
    const cells = []; let cell = ''; let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (ch === '"' && quoted && line[i + 1] === '"') { cell += '"'; i++; } // a quote inside quotes
      else if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) { cells.push(cell); cell = ''; } else cell += ch;
    }
    cells.push(cell);
    return cells.join('\t');
  }).join('\r\n');
  const buffer = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]);
  await page.getByLabel('Survey file (.csv)').setInputFiles({ name: 'qualtrics.tsv', mimeType: 'text/tab-separated-values', buffer });
  await expect(page.getByRole('checkbox', { name: 'Treat rows 2 and 3 as header rows, not answers' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Score column' })).toHaveValue('10');
  await expect(page.locator('#map-score-reason')).toContainText('"Q1: How likely are you to recommend Acme Retail');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Imported 40 answers from qualtrics.tsv.')).toBeVisible();
  await expect(page.getByRole('article', { name: /^NPS \+30/ }).first()).toContainText('Promoters 20 (50%), passives 12 (30%), detractors 8 (20%)');
});

test('a SurveyMonkey export: its second header row is not a bad row, US dates are recognised', async ({ page, app }) => {
  await openKpis(page, app);
  await page.getByLabel('Survey file (.csv)').setInputFiles({ name: 'surveymonkey.csv', mimeType: 'text/csv', buffer: Buffer.from(surveyMonkeyCsv()) });
  await expect(page.getByRole('checkbox', { name: 'Treat row 2 as header rows, not answers' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Score column' })).toHaveValue('5');
  await expect(page.getByRole('combobox', { name: 'Dates are written as' })).toHaveValue('2');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Imported 30 answers from surveymonkey.csv.')).toBeVisible();
  await expect(page.getByRole('article', { name: /^NPS \+33/ }).first()).toContainText('n = 30');

  // Unticked, the row is read as data and named as a bad row: nothing is imported.
  await page.getByLabel('Survey file (.csv)').setInputFiles({ name: 'surveymonkey.csv', mimeType: 'text/csv', buffer: Buffer.from(surveyMonkeyCsv()) });
  await page.getByRole('checkbox', { name: 'Treat row 2 as header rows, not answers' }).uncheck();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('1 of 31 rows could not be read. Nothing has been imported.');
});

test('two imports of one file are told apart, and a dataset can be renamed and the rename undone', async ({ page, app }) => {
  await openKpis(page, app);
  for (let i = 0; i < 2; i++) {
    await page.getByLabel('Survey file (.csv)').setInputFiles({ name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from(surveyCsv()) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByText('Imported 70 answers from survey.csv.')).toBeVisible();
  }
  const headings = page.getByRole('heading', { level: 2, name: /^survey\.csv/ });
  await expect(headings).toHaveCount(2);
  const names = await headings.allTextContents();
  expect(names[0]).not.toBe(names[1]);
  expect(names[0]).toMatch(/^survey\.csv \(\d+ \w+ 2026, \d\d:\d\d UTC, 70 answers\)/);
  await expect(page.getByText(/Imported \d+ \w+ 2026, \d\d:\d\d UTC · 70 answers/).first()).toBeVisible();

  const name = page.getByRole('textbox', { name: 'Name of this data' }).first();
  await name.fill('Before the new script');
  await page.getByRole('button', { name: 'Rename' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Before the new script' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'survey.csv' })).toBeVisible();
  await name.fill('   ');
  await page.getByRole('button', { name: 'Rename' }).first().click();
  await expect(page.locator('.field-error', { hasText: 'Name:' })).toHaveText('Name: the name cannot be empty');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Before the new script' })).toHaveCount(0);
  await expect(headings).toHaveCount(2);
});

test('a Zendesk ticket export: Good/Bad ratings give CSAT, tickets with no rating are named and can be skipped', async ({ page, app }) => {
  await openKpis(page, app);
  // A Zendesk view exported as CSV: one ticket a row, most with no rating.
  const ratings = ['Good', 'Good', 'Unoffered', 'Bad', 'Good', 'Offered', 'Good', 'Unoffered', 'Good', 'Bad', 'Good', 'Unoffered'];
  const rows = ['ID,Subject,Requester,Requested,Satisfaction,Group'];
  ratings.forEach((r, i) => rows.push(`${1200 + i},"Parcel late, again",Customer ${i},2026-11-${String(2 + (i % 5)).padStart(2, '0')} 09:${10 + i},${r},Support`));
  await page.getByLabel('Survey file (.csv)').setInputFiles({ name: 'zendesk-tickets.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n') + '\n') });
  await expect(page.getByRole('combobox', { name: 'The scores are' })).toHaveValue('csat');
  await expect(page.getByRole('combobox', { name: 'Score column' })).toHaveValue('4');
  await expect(page.locator('#map-score-reason')).toContainText('Good as 5 and Bad as 1');
  await expect(page.getByRole('combobox', { name: 'Break down by (channel, team…)' })).toHaveValue('5');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('4 of 12 rows could not be read. Nothing has been imported.');
  await expect(page.getByRole('alert')).toContainText('"Unoffered" is not a whole number from 1 to 5 (no rating');
  await page.getByRole('button', { name: 'Import the 8 good rows and skip the bad ones' }).click();
  await expect(page.getByText('Imported 8 answers from zendesk-tickets.csv. 4 bad rows were skipped.')).toBeVisible();
  await expect(page.getByRole('article', { name: /^CSAT 75(\.0)?%/ }).first()).toBeVisible();
  await expectAccessible(page);
});
