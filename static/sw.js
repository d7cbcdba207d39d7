// CX Workbench service worker: serves the app from a cache so it starts offline.
// VERSION and PRECACHE are filled in after every build by scripts/post-build.mjs
// from the real, hashed file names; a new build therefore has a
// new cache, and the page offers a reload when it is ready.
'use strict';

const VERSION = '__CX_VERSION__';
const PRECACHE = __CX_PRECACHE__;
const CACHE = 'cx-workbench-' + VERSION;
const CACHE_PREFIX = 'cx-workbench-';

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // 'reload' skips the HTTP cache, so the precache holds exactly this build's files.
    await cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })));
    // The first install has no older version to hand over from: take over at once.
    // An update waits until the page asks (the user chooses when to reload).
    if (!self.registration.active) {
      await self.skipWaiting();
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(CACHE_PREFIX) && name !== CACHE) {
        await caches.delete(name);
      }
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') {
    self.skipWaiting();
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    if (request.mode === 'navigate') {
      // Every page of the app is index.html with a different #hash.
      const page = await cache.match(new URL('index.html', self.registration.scope).href);
      if (page) {
        return page;
      }
    }
    const hit = await cache.match(request, { ignoreSearch: true });
    return hit || fetch(request);
  })());
});
