/**
 * Remembers which event ids were processed. Hyponema delivers at least once, so the same event can arrive again
 * (retries and crash-driven redelivery keep its id). Back it with a shared store (Redis `SET NX`, a unique
 * database key) when several processes receive webhooks.
 */
export interface DedupeStore {
  /** Record the id atomically; resolve `false` if it was already recorded. */
  claim(eventId: string): boolean | Promise<boolean>;
  /** Forget the id: processing failed, so the vendor's next attempt must be processed. */
  release(eventId: string): void | Promise<void>;
}

/**
 * An in-process store remembering the most recent `maxEntries` ids (oldest forgotten first). Only
 * de-duplicates within one process and is lost on restart.
 */
export function createMemoryDedupeStore(options: { maxEntries?: number } = {}): DedupeStore {
  const maxEntries = options.maxEntries ?? 10_000;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError("maxEntries must be a positive integer.");
  const seen = new Set<string>();
  return {
    claim(eventId) {
      if (seen.has(eventId)) return false;
      seen.add(eventId);
      if (seen.size > maxEntries) {
        const oldest = seen.values().next().value;
        if (oldest !== undefined) seen.delete(oldest);
      }
      return true;
    },
    release(eventId) {
      seen.delete(eventId);
    },
  };
}
