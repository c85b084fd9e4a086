/**
 * Registers the service worker that keeps the app available offline (public/sw.js), then hands it the
 * assets this page already loaded so that a reload without a network still finds them.
 */
export function registerOfflineShell(): void {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  // Browsers allow service workers on https and on localhost only; elsewhere registration fails quietly.
  navigator.serviceWorker.register('./sw.js').then(
    () =>
      navigator.serviceWorker.ready.then((registration) => {
        const urls = [
          location.href.split('#')[0]!,
          ...performance.getEntriesByType('resource').map((e) => e.name),
        ];
        registration.active?.postMessage({
          type: 'cache',
          urls: urls.filter((u) => !u.includes('/api/')),
        });
      }),
    () => undefined,
  );
}
