import type { Change, ChangeFeed } from "./capabilities.js";

export function createChangeFeed(): ChangeFeed {
  const listeners = new Map<string, Set<(change: Change) => void>>();
  return {
    publish(change) {
      for (const listener of listeners.get(change.credential) ?? []) listener(change);
    },
    subscribe(credential, listener) {
      const set = listeners.get(credential) ?? new Set();
      set.add(listener);
      listeners.set(credential, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(credential);
      };
    },
  };
}
