// Decides how this page runs gopark, before anything else loads (a classic script in <head>):
//   'headers'        the server sent the isolation headers: threads;
//   'service worker' they came from coi-sw.js (registered here, then one reload): threads;
//   'off'            ?isolation=off in the URL: the single-thread build, on purpose;
//   'unavailable'    no service worker here, or it did not make the page isolated: single thread.
// window.goparkIsolation is a Promise of {isolated, how}; it never resolves when the page is
// about to reload itself. The reload happens at most once per tab session (sessionStorage),
// so a host where the worker cannot help never loops.
(function () {
  const KEY = 'gopark-coi-reload';
  const params = new URLSearchParams(location.search);
  const sw = navigator.serviceWorker;
  // The worker's URL, next to the page that includes this script (it is at the site root).
  const script = document.currentScript && document.currentScript.src;
  const swURL = script ? new URL('../coi-sw.js', script) : new URL('coi-sw.js', location.href);
  let resolve;
  window.goparkIsolation = new Promise((r) => { resolve = r; });
  const done = (isolated, how) => resolve({ isolated, how });
  if (params.get('isolation') === 'off') {
    // The single-thread build, on purpose, even on a page that is isolated (by headers, or by
    // a worker installed on an earlier visit, which stays: removing it under a running page
    // would strip the headers from the page's own workers).
    done(false, 'off');
    return;
  }
  if (window.crossOriginIsolated) {
    sessionStorage.removeItem(KEY);
    done(true, sw && sw.controller ? 'service worker' : 'headers');
    return;
  }
  if (!sw || !window.isSecureContext || window.top !== window) {
    // A frame is isolated only if its top page is: an embed relies on the article page
    // including this script too (it then comes through the worker like the article).
    done(false, 'unavailable');
    return;
  }
  if (sessionStorage.getItem(KEY)) {
    // Reloaded once already and still not isolated: the worker cannot help on this host.
    done(false, 'unavailable');
    return;
  }
  sw.register(swURL, { scope: new URL('./', swURL).pathname }).then(async (reg) => {
    await sw.ready;
    sessionStorage.setItem(KEY, '1');
    location.reload();
  }, () => done(false, 'unavailable'));
})();
