import { chromium } from '@playwright/test';
import { serve } from '/work/main/tests/e2e/static-server.mjs';
import { WORKSPACE_KEY, workspaceText } from '/work/main/scripts/bench-map.mjs';
import { project } from '/tmp/complaints-data.mjs';
const server = await serve('/work/main/dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const n = Number(process.env.N ?? 3000);
const hash = process.env.HASH ?? '#/project/p1/complaints';
for (const [w, h, name] of [[1366, 768, 'laptop'], [1920, 1080, 'projector'], [420, 900, 'narrow']]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  page.on('pageerror', (e) => console.log('page error', e.message));
  page.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text()); });
  await page.goto(server.url + 'x');
  await page.evaluate((kv) => localStorage.setItem(...kv), [WORKSPACE_KEY, workspaceText([project(n)])]);
  await page.goto(server.url + hash);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/shots/${process.env.NAME ?? 'log'}-${name}.png`, fullPage: process.env.FULL === '1' });
  await page.close();
}
await browser.close(); await server.close();
