// Registers the service worker (sw.js) that keeps the page usable offline once loaded.
// A separate file rather than an inline script, so the Content-Security-Policy can forbid
// inline scripts. Pages opened from disk (file://) or over plain http on another host have
// no service worker: they work as before, online.
if ('serviceWorker' in navigator) {
  // After the page's own load, so installing the worker (which downloads the build once more
  // into its cache) never competes with the first paint.
  addEventListener('load', () => {
    navigator.serviceWorker.register('sw.js').catch((error) => {
      console.warn('Offline use is unavailable: the service worker was not registered.', error);
    });
  });
}
