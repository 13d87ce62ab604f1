import { watch } from "node:fs";
import { join } from "node:path";
import type { RunningMocks } from "../../../apps/mock-server/src/index.ts";
import { vendorOfChange } from "../dev/vendor-of-change.ts";
import { findRepoRoot } from "../workspace/repo-root.ts";
import { getVendor, listVendors } from "../workspace/vendors.ts";
import type { Command } from "./command.ts";

const DEBOUNCE_MS = 150;

/**
 * `vs dev`: watch `specs/` and, for the vendor whose files changed, lint, regenerate its client, rebuild its docs
 * page and reload its mock. Every vendor's mock runs on its usual port; only the changed vendor is rebuilt.
 */
export const devCommand: Command = {
  summary: "dev: watch specs/; on a change re-lint, regenerate, rebuild the docs page and reload the mock of that vendor",
  async run() {
    // Loaded here, not at the top: other `vs` commands must not pay for (or break on) the apps' sources.
    const { startMocks } = await import("../../../apps/mock-server/src/index.ts");
    const { rebuildVendor } = await import("../dev/rebuild-vendor.ts");
    const root = findRepoRoot();
    const print = (line: string) => process.stdout.write(`${line}\n`);
    const mocks = new Map<string, RunningMocks>();
    const startMock = async (vendor: string) => {
      const running = await startMocks({ root, vendors: [vendor] });
      mocks.set(vendor, running);
      return running.servers.map((s) => s.url).join(", ");
    };
    for (const v of listVendors(root)) {
      try {
        print(`${v.name.padEnd(10)} mock      ${await startMock(v.name)}`);
      } catch (error) {
        print(`${v.name.padEnd(10)} mock      not started: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const hooks = {
      async reloadMock(vendor: string) {
        await mocks.get(vendor)?.stop();
        mocks.delete(vendor);
        return `reloaded on ${await startMock(vendor)}`;
      },
    };

    const timers = new Map<string, NodeJS.Timeout>();
    let queue = Promise.resolve();
    const watcher = watch(join(root, "specs"), { recursive: true }, (_event, file) => {
      const vendor = file ? vendorOfChange(file.toString()) : undefined;
      if (!vendor) return;
      try {
        getVendor(vendor, root);
      } catch {
        return; // a folder that is not (yet) a vendor
      }
      clearTimeout(timers.get(vendor));
      timers.set(
        vendor,
        setTimeout(() => {
          queue = queue.then(async () => {
            print(`${vendor.padEnd(10)} changed`);
            await rebuildVendor(root, vendor, hooks, print);
          });
        }, DEBOUNCE_MS),
      );
    });
    print("Watching specs/ (Ctrl-C to stop).");
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    watcher.close();
    await queue;
    await Promise.all([...mocks.values()].map((m) => m.stop()));
    return 0;
  },
};
