/**
 * Tells other tabs of the same site what this tab saved or removed, over a BroadcastChannel,
 * so a tab showing the same worksheet can offer to reload it before the user types over a
 * newer version. Messages carry ids and revisions only, never content.
 */

export interface TabMessage {
  type: 'saved' | 'removed';
  id: string;
  /** The revision now stored (for `removed`, the last one). */
  revision: number;
  /** The data version the sending tab wrote; a higher one than this tab knows means "reload the page". */
  schemaVersion: number;
}

export function isTabMessage(value: unknown): value is TabMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return (
    (message['type'] === 'saved' || message['type'] === 'removed') &&
    typeof message['id'] === 'string' &&
    typeof message['revision'] === 'number' &&
    typeof message['schemaVersion'] === 'number'
  );
}

/** The part of BroadcastChannel this module uses; tests pass their own. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

/** Opens a channel, or returns `undefined` where BroadcastChannel does not exist. */
export type ChannelFactory = (name: string) => ChannelLike | undefined;

export const browserChannelFactory: ChannelFactory = (name) =>
  typeof BroadcastChannel === 'undefined'
    ? undefined
    : (new BroadcastChannel(name) as unknown as ChannelLike);

export interface TabSync {
  post(message: TabMessage): void;
  subscribe(listener: (message: TabMessage) => void): () => void;
  close(): void;
}

/** The channel opens on first use, not on creation: nothing runs at import or during server rendering. */
export function createTabSync(factory: ChannelFactory | null, name: string): TabSync {
  let channel: ChannelLike | undefined;
  let opened = false;
  const listeners = new Set<(message: TabMessage) => void>();
  const open = () => {
    if (!opened && factory !== null) {
      opened = true;
      try {
        channel = factory(name);
      } catch {
        channel = undefined;
      }
      if (channel !== undefined) {
        channel.onmessage = (event) => {
          if (!isTabMessage(event.data)) return;
          for (const listener of listeners) listener(event.data);
        };
      }
    }
    return channel;
  };
  return {
    post(message) {
      try {
        open()?.postMessage(message);
      } catch {
        // Another tab not hearing about a save is not worth failing the save for.
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      open();
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel?.close();
      channel = undefined;
    },
  };
}
