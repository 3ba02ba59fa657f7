import { onUnsavedEditsChange, readUnsavedEdits, type UnsavedEdits } from './unsaved-edits';

/**
 * Registers the offline service worker (`/sw.js`, made by Workbox at build time) and offers a
 * new deploy with the "update available, reload" prompt that the layout renders hidden, in
 * the page's language. A new worker waits until the user chooses Reload; the page then asks
 * it to take over and reloads once it has, never while edits wait to be saved
 * (`unsaved-edits.ts`). Loaded after the page's `load` event; any failure (no service worker
 * support, a blocked registration) leaves the page as it is, online only.
 */
export async function startServiceWorker(): Promise<void> {
  const container = navigator.serviceWorker;
  let registration: ServiceWorkerRegistration;
  try {
    registration = await container.register('/sw.js', { scope: '/' });
  } catch {
    return;
  }

  let reloadWanted = false;
  container.addEventListener('controllerchange', () => {
    if (reloadWanted) whenNothingUnsaved(() => window.location.reload());
  });

  const offer = (worker: ServiceWorker) => {
    // The first install is no update: there is nothing newer to reload into.
    if (!container.controller) return;
    showPrompt(() => {
      reloadWanted = true;
      if (worker.state === 'activated' || worker.state === 'activating') window.location.reload();
      else worker.postMessage({ type: 'SKIP_WAITING' });
    });
  };
  if (registration.waiting) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  });
  // A page left open for days still hears of a new deploy when it comes back to the front.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
  });
}

/**
 * Runs `action` once the page holds no edits waiting for their save: at once, or when the
 * wait ends. Edits that can never be saved (storage in memory only) end the wait without
 * running it; `onState` hears each state on the way, to explain the delay.
 */
function whenNothingUnsaved(
  action: () => void,
  onState: (state: UnsavedEdits) => void = () => undefined,
): void {
  const settle = (state: UnsavedEdits): boolean => {
    onState(state);
    if (state === 'saving') return false;
    if (state === 'none') action();
    return true;
  };
  if (settle(readUnsavedEdits())) return;
  const stop = onUnsavedEditsChange((state) => {
    if (settle(state)) stop();
  });
}

function showPrompt(apply: () => void): void {
  const prompt = document.getElementById('update-prompt');
  if (!prompt || !prompt.hidden) return;
  const part = (name: string) => prompt.querySelector<HTMLElement>(`[data-update="${name}"]`);
  const wait = part('waiting');
  const unsavable = part('unsavable');
  prompt.hidden = false;
  let pending = false;
  part('reload')?.addEventListener('click', () => {
    if (pending) return;
    pending = true;
    whenNothingUnsaved(apply, (state) => {
      if (wait) wait.hidden = state !== 'saving';
      if (unsavable) unsavable.hidden = state !== 'unsavable';
      // Memory-only edits are never saved: the user exports them, then chooses again.
      if (state === 'unsavable') pending = false;
    });
  });
  part('dismiss')?.addEventListener('click', () => {
    prompt.hidden = true;
  });
}
