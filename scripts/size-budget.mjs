// The release build's size budget (size-budget.json): measures the gzip size of the
// wasm, JS and CSS that dist/ loads at start and checks them against the budget's limits.
// `node scripts/size-budget.mjs [dist] [budget]` is the test command's check: it prints
// each kind's size and limit and exits 1, naming the file, its size and its limit, when
// a kind is over. scripts/bench.mjs reads the sizes from here too.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { basename, join } from 'node:path';

/** The kinds of file the budget limits, by file name. */
export const KINDS = { wasm: /\.wasm$/, js: /\.js$/, css: /\.css$/ };
/** Fetched after start (by the browser, for the service worker), so not in the budget. */
const AFTER_START = new Set(['sw.js']);

/** Bytes to the KB the budget is written in (1 KB = 1,024 bytes). */
export const toKb = (bytes) => bytes / 1024;

/** Gzip size (level 9, as a static server's best) of `data`, in bytes. */
export const gzipSize = (data) => gzipSync(data, { level: 9 }).length;

/**
 * The top-level files of `dist` per kind: { wasm: [{ name, raw, gzip }], js: [...], css: [...] }.
 * Sizes in bytes.
 */
export function measure(dist) {
  const names = readdirSync(dist).filter((f) => statSync(join(dist, f)).isFile() && !AFTER_START.has(f)).sort();
  const out = {};
  for (const [kind, re] of Object.entries(KINDS)) {
    out[kind] = names.filter((f) => re.test(f)).map((name) => {
      const data = readFileSync(join(dist, name));
      return { name, raw: data.length, gzip: gzipSize(data) };
    });
  }
  return out;
}

/** Reads and checks a budget file: `{ comment, gzip_kb: { wasm, js, css } }`. */
export function readBudget(path) {
  const budget = JSON.parse(readFileSync(path, 'utf8'));
  for (const kind of Object.keys(KINDS)) {
    const limit = budget?.gzip_kb?.[kind];
    if (typeof limit !== 'number' || !(limit > 0)) {
      throw new Error(`${basename(path)}: gzip_kb.${kind} must be a positive number of KB`);
    }
  }
  return budget;
}

/**
 * Compares measured sizes with a budget. Returns one line per kind ({ kind, ok, text }),
 * `text` naming the files, their gzip size and the limit. A kind with no file is a
 * failure too: the build is not what the budget describes.
 */
export function check(sizes, budget, budgetName = 'size-budget.json') {
  return Object.keys(KINDS).map((kind) => {
    const files = sizes[kind] ?? [];
    const limit = budget.gzip_kb[kind];
    if (files.length === 0) {
      return { kind, ok: false, text: `${kind}: no file found in the build (limit ${limit.toFixed(1)} KB gzip in ${budgetName})` };
    }
    const total = files.reduce((sum, f) => sum + f.gzip, 0);
    const ok = toKb(total) <= limit;
    const what = files.length === 1
      ? files[0].name
      : `${files.map((f) => `${f.name} (${toKb(f.gzip).toFixed(1)} KB)`).join(' + ')}, together`;
    const verdict = ok ? 'within' : 'OVER';
    return {
      kind,
      ok,
      text: `${kind}: ${what} is ${toKb(total).toFixed(1)} KB gzip, ${verdict} the limit of ${limit.toFixed(1)} KB in ${budgetName}`,
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL('..', import.meta.url).pathname;
  const dist = process.argv[2] || join(root, 'dist');
  const budgetPath = process.argv[3] || join(root, 'size-budget.json');
  const lines = check(measure(dist), readBudget(budgetPath), basename(budgetPath));
  for (const line of lines) console.log(`  ${line.ok ? 'ok  ' : 'FAIL'} ${line.text}`);
  if (lines.some((l) => !l.ok)) {
    console.error(`size budget exceeded: make the build smaller, or raise ${basename(budgetPath)} in a commit that says why (a new tool may add at most 100 KB gzip)`);
    process.exit(1);
  }
}
