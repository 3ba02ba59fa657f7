/**
 * Asks the browser to keep this site's storage under pressure instead of evicting it.
 * Resolves `false` where the API is missing (Safari before 15.2, server rendering) or refuses.
 */
export type PersistRequester = () => Promise<boolean>;

export const requestPersistentStorage: PersistRequester = async () => {
  const storage = (globalThis as { navigator?: { storage?: { persist?: () => Promise<boolean> } } }).navigator
    ?.storage;
  if (typeof storage?.persist !== 'function') return false;
  try {
    return await storage.persist();
  } catch {
    return false;
  }
};
