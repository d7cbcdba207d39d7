// Trunk post_build hook: runs on the staging folder before it becomes dist/.
// 1. Moves Trunk's inline start-up script into a hashed file, so the
//    Content-Security-Policy can forbid inline scripts.
// 2. Writes the service worker's precache list and cache version from the files
//    actually built (their names carry content hashes).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const hash = (data) => createHash('sha256').update(data).digest('hex');

// 1. Inline scripts -> boot-<hash>.js files: Trunk's start-up module, and in
//    `trunk serve` also its live-reload script. Attributes (type="module") are kept.
const indexPath = join(staging, 'index.html');
let index = readFileSync(indexPath, 'utf8');
// `trunk serve` (a debug build) adds a live-reload script whose address placeholders
// it fills in when serving the page, so that script must stay inline; the development
// page's CSP allows it and the reload socket. Release builds stay strict.
const dev = process.env.TRUNK_PROFILE === 'debug';
if (dev) {
  index = index
    .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", "connect-src 'self' ws: wss:");
}
const inline = /<script((?:(?!\bsrc=)[^>])*)>([\s\S]*?)<\/script>/g;
let moved = 0;
index = index.replace(inline, (whole, attrs, body) => {
  if (!body.trim() || (dev && /__TRUNK_/i.test(body))) return whole;
  const name = `boot-${hash(body).slice(0, 16)}.js`;
  writeFileSync(join(staging, name), body.trim() + '\n');
  moved += 1;
  return `<script${attrs} src="./${name}"></script>`;
});
if (!dev && /<script(?![^>]*\bsrc=)[^>]*>[\s\S]*?\S[\s\S]*?<\/script>/.test(index)) {
  console.error('post-build: an inline script is left in index.html; the CSP would block it');
  process.exit(1);
}
writeFileSync(indexPath, index);

// 2. Precache list and version for sw.js
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(relative(staging, path).split(sep).join('/'));
  }
};
walk(staging);
const precache = files.filter((f) => f !== 'sw.js').sort();
const version = hash(precache.map((f) => f + ':' + hash(readFileSync(join(staging, f)))).join('\n')).slice(0, 16);
const swPath = join(staging, 'sw.js');
const sw = readFileSync(swPath, 'utf8')
  .replace("const VERSION = '__CX_VERSION__';", `const VERSION = ${JSON.stringify(version)};`)
  .replace('const PRECACHE = __CX_PRECACHE__;', `const PRECACHE = ${JSON.stringify(precache, null, 2)};`);
if (sw.includes('__CX_')) {
  console.error('post-build: sw.js placeholders were not all filled');
  process.exit(1);
}
writeFileSync(swPath, sw);
console.log(`post-build (${dev ? 'development' : 'release'}): ${moved} start-up script(s) moved; ${precache.length} files precached; cache version ${version}`);
