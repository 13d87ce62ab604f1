import { mockServer } from "../commands/serve.ts";
import { turboChild } from "../commands/turbo-child.ts";
import { runToCompletion } from "../processes/run-children.ts";
import { listVendors } from "@vendor-sdks/spec-kit/workspace/vendors";
import { devMocks } from "./dev-mocks.ts";
import { rebuildVendor } from "./rebuild-vendor.ts";
import { watchSpecChanges } from "./watch-spec-changes.ts";

/** One output line about one vendor, in the columns rebuildVendor prints its steps in. */
const vendorLine = (vendor: string, text: string) => `${vendor.padEnd(10)} ${text}`;

/**
 * `vs dev`: build the mock server, serve every vendor's mock (one mock server process each, on its usual port or
 * `MOCK_PORT_<VENDOR>`), then watch `specs/` and, for the vendor whose files changed, lint, regenerate its client,
 * rebuild its docs page and restart its mock, leaving the others running. Runs until SIGINT or SIGTERM.
 */
export async function runDev(root: string, print: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Promise<number> {
  const stop = new AbortController();
  const requestStop = () => stop.abort();
  process.once("SIGINT", requestStop);
  process.once("SIGTERM", requestStop);
  const stopped = new Promise<void>((resolve) => stop.signal.addEventListener("abort", () => resolve(), { once: true }));
  try {
    // The mock server runs from its build (dist/), as `vs mock` runs it; turbo makes this a no-op when it is current.
    const built = await runToCompletion({
      ...turboChild(root, ["run", "build", "--filter=@vendor-sdks/mock-server...", "--output-logs=errors-only"]),
      signal: stop.signal,
    });
    if (built !== 0 || stop.signal.aborted) return built;

    const mocks = devMocks((vendor) => mockServer(root, [vendor]), (vendor, text) => print(vendorLine(vendor, `mock      ${text}`)));
    await Promise.all(
      listVendors(root).map(async ({ name }) => {
        try {
          print(vendorLine(name, `mock      ${await mocks.start(name)}`));
        } catch (error) {
          print(vendorLine(name, `mock      not started: ${error instanceof Error ? error.message : String(error)}`));
        }
      }),
    );

    let rebuilds = Promise.resolve();
    const watcher = watchSpecChanges(root, (vendor) => {
      rebuilds = rebuilds.then(async () => {
        if (stop.signal.aborted) return;
        print(vendorLine(vendor, "changed"));
        await rebuildVendor(root, vendor, { reloadMock: async (name) => `reloaded on ${await mocks.start(name)}` }, print);
      });
    });
    if (!stop.signal.aborted) print("Watching specs/ (Ctrl-C to stop).");
    await stopped;
    watcher.close();
    await rebuilds; // a rebuild in progress finishes writing before its mock is stopped
    await mocks.stopAll();
    return 0;
  } finally {
    process.off("SIGINT", requestStop);
    process.off("SIGTERM", requestStop);
  }
}
