// Unit tests of the size-budget check (run by scripts/test before the check itself):
// `node --test scripts/size-budget.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, gzipSize, measure, readBudget } from './size-budget.mjs';

const budget = { gzip_kb: { wasm: 2, js: 1, css: 1 } };
const sizes = (wasm, js, css) => ({
  wasm: [{ name: 'app_bg.wasm', raw: 0, gzip: wasm }],
  js: [{ name: 'app.js', raw: 0, gzip: js }],
  css: [{ name: 'styles.css', raw: 0, gzip: css }],
});

test('a build within every limit passes, and a size equal to its limit is within it', () => {
  const lines = check(sizes(2048, 100, 1024), budget);
  assert.deepEqual(lines.map((l) => l.ok), [true, true, true]);
});

test('over a limit fails that kind only, naming the file, its size and the limit', () => {
  const lines = check(sizes(2200, 100, 100), budget, 'size-budget.json');
  assert.deepEqual(lines.map((l) => l.ok), [false, true, true]);
  assert.equal(lines[0].text, 'wasm: app_bg.wasm is 2.1 KB gzip, OVER the limit of 2.0 KB in size-budget.json');
});

test('several files of one kind count together and are each named', () => {
  const s = sizes(100, 0, 100);
  s.js = [{ name: 'app.js', raw: 0, gzip: 700 }, { name: 'boot.js', raw: 0, gzip: 400 }];
  const js = check(s, budget).find((l) => l.kind === 'js');
  assert.equal(js.ok, false);
  assert.match(js.text, /app\.js \(0\.7 KB\) \+ boot\.js \(0\.4 KB\), together is 1\.1 KB gzip, OVER the limit of 1\.0 KB/);
});

test('a kind missing from the build fails', () => {
  const s = sizes(100, 100, 100);
  s.css = [];
  const css = check(s, budget).find((l) => l.kind === 'css');
  assert.equal(css.ok, false);
  assert.match(css.text, /no file found/);
});

test('measure reads the top-level wasm, JS and CSS, without the service worker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cx-size-'));
  try {
    writeFileSync(join(dir, 'app_bg.wasm'), Buffer.alloc(5000, 1));
    writeFileSync(join(dir, 'app.js'), 'export const a = 1;\n');
    writeFileSync(join(dir, 'sw.js'), 'self.x = 1;\n');
    writeFileSync(join(dir, 'styles.css'), 'body { margin: 0 }\n');
    writeFileSync(join(dir, 'index.html'), '<!DOCTYPE html>');
    mkdirSync(join(dir, 'icons'));
    writeFileSync(join(dir, 'icons', 'x.js'), 'not loaded at start');
    const m = measure(dir);
    assert.deepEqual(m.wasm.map((f) => [f.name, f.raw]), [['app_bg.wasm', 5000]]);
    assert.equal(m.wasm[0].gzip, gzipSize(Buffer.alloc(5000, 1)));
    assert.deepEqual(m.js.map((f) => f.name), ['app.js']);
    assert.deepEqual(m.css.map((f) => f.name), ['styles.css']);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('a budget file without a positive limit for every kind is refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cx-size-'));
  try {
    const path = join(dir, 'b.json');
    writeFileSync(path, JSON.stringify({ gzip_kb: { wasm: 10, js: 0, css: 1 } }));
    assert.throws(() => readBudget(path), /gzip_kb\.js must be a positive number/);
    writeFileSync(path, JSON.stringify({ gzip_kb: { wasm: 10, js: 5, css: 1 } }));
    assert.equal(readBudget(path).gzip_kb.wasm, 10);
  } finally {
    rmSync(dir, { recursive: true });
  }
});
