import { setUpMenu } from './menu';

/**
 * The one script every page loads (bundled, never inline, so it runs under a strict CSP):
 * the phone menu at once; the offline service worker and its update prompt after the page
 * has loaded, from a separate chunk, so they never compete with the page's own work.
 */
setUpMenu();

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener(
    'load',
    () => {
      import('./service-worker-client')
        .then(({ startServiceWorker }) => startServiceWorker())
        .catch(() => undefined);
    },
    { once: true },
  );
}
