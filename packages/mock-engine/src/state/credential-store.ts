import type { ResourceModel } from "./resource-model.js";

/** One stored resource: its current value, and whether the collection's list shows it. */
export interface StoredItem {
  value: Record<string, unknown>;
  readonly listed: boolean;
}

/** One concrete collection (`/bots/42/post-call-hooks`) a credential wrote to: its items by id, in list order. */
export interface StoredCollection {
  readonly path: string;
  readonly resource: ResourceModel;
  readonly items: Map<string, StoredItem>;
}

/**
 * What each credential wrote, per concrete collection. A collection nobody wrote to is not stored: it reads as its
 * documented examples. The first write copies those in, so later writes change and delete them like any other.
 */
export interface CredentialStore {
  /** The collection as `credential` left it, or undefined when it never wrote to it. */
  written(credential: string, path: string): StoredCollection | undefined;
  /** The collection, its documented examples copied in on first use. */
  writable(credential: string, path: string, resource: ResourceModel): StoredCollection;
  /** Every collection `credential` wrote to. */
  collections(credential: string): Iterable<StoredCollection>;
  reset(credential: string): void;
}

export function createCredentialStore(): CredentialStore {
  const byCredential = new Map<string, Map<string, StoredCollection>>();
  return {
    written: (credential, path) => byCredential.get(credential)?.get(path),
    writable(credential, path, resource) {
      const collections = byCredential.get(credential) ?? new Map<string, StoredCollection>();
      byCredential.set(credential, collections);
      let collection = collections.get(path);
      if (!collection) {
        const listed = new Set(resource.listed);
        const items = new Map<string, StoredItem>();
        for (const id of resource.listed) {
          const seed = resource.seeds.get(id);
          if (seed) items.set(id, { value: structuredClone(seed) as Record<string, unknown>, listed: true });
        }
        for (const [id, seed] of resource.seeds) if (!listed.has(id)) items.set(id, { value: structuredClone(seed) as Record<string, unknown>, listed: false });
        collection = { path, resource, items };
        collections.set(path, collection);
      }
      return collection;
    },
    collections: (credential) => byCredential.get(credential)?.values() ?? [],
    reset(credential) {
      byCredential.delete(credential);
    },
  };
}
