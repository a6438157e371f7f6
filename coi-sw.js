// gopark's cross-origin isolation service worker, for static hosts that cannot send headers
// (GitHub Pages, most blogs). Threads in the browser need SharedArrayBuffer, which needs a
// cross-origin isolated page, which needs two response headers:
//   Cross-Origin-Opener-Policy: same-origin
//   Cross-Origin-Embedder-Policy: require-corp
// This worker answers every same-origin request of the pages in its scope with the network's
// response plus those headers (and Cross-Origin-Resource-Policy, so the page's own files may
// be embedded). www/isolation.js registers it and reloads the page once so that the page
// itself comes through it. The same technique as the coi-serviceworker package, kept small.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET') return;
  if (req.cache === 'only-if-cached' && req.mode !== 'same-origin') return;
  if (new URL(req.url).origin !== self.location.origin) return;
  e.respondWith((async () => {
    const res = await fetch(req);
    if (res.status === 0) return res; // opaque: nothing to add to
    const headers = new Headers(res.headers);
    // The body below is already decoded: its old encoding and length no longer describe it.
    headers.delete('Content-Encoding');
    headers.delete('Content-Length');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
    headers.set('Cross-Origin-Resource-Policy', 'same-origin');
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
  })());
});
