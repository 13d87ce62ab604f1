import { watch } from "node:fs";
import { join } from "node:path";
import { listVendors } from "@vendor-sdks/spec-kit/workspace/vendors";
import { vendorOfChange } from "./vendor-of-change.ts";

export interface SpecWatcher {
  close(): void;
}

/** An editor's save is several events (write, rename, chmod); one rebuild should follow them. */
const DEBOUNCE_MS = 150;

/**
 * Watch `specs/` and call `onChange(vendor)` once per burst of changes to that vendor's spec sources. Changes that
 * cannot affect a spec (bundles, tests, editor files) and folders that are not (yet) a vendor are ignored.
 */
export function watchSpecChanges(root: string, onChange: (vendor: string) => void, debounceMs = DEBOUNCE_MS): SpecWatcher {
  const timers = new Map<string, NodeJS.Timeout>();
  const watcher = watch(join(root, "specs"), { recursive: true }, (_event, file) => {
    const vendor = file ? vendorOfChange(file.toString()) : undefined;
    if (!vendor || !isVendor(root, vendor)) return;
    clearTimeout(timers.get(vendor));
    timers.set(
      vendor,
      setTimeout(() => {
        timers.delete(vendor);
        onChange(vendor);
      }, debounceMs),
    );
  });
  return {
    close() {
      watcher.close();
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}

/** Read per event, not once, so a vendor scaffolded while dev runs is picked up. */
function isVendor(root: string, name: string): boolean {
  try {
    return listVendors(root).some((v) => v.name === name);
  } catch {
    return false; // a spec package.json being written right now; its own change event follows
  }
}
