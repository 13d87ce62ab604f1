import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { watchSpecChanges } from "../../src/dev/watch-spec-changes.ts";
import { demoSpec, tempWorkspace, thingsPath } from "@vendor-sdks/test-kit/workspace/temp-workspace";

const DEBOUNCE_MS = 50;

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}.`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A watcher on a fresh workspace, with a first change seen: a recursive watch may take a moment to arm. */
async function armedWatcher(): Promise<{ root: string; changes: string[] }> {
  const { root } = tempWorkspace({ "openapi.yaml": demoSpec, "paths/things.yaml": thingsPath });
  const changes: string[] = [];
  const watcher = watchSpecChanges(root, (vendor) => changes.push(vendor), DEBOUNCE_MS);
  onTestFinished(() => watcher.close());
  // Rewritten until seen, but never faster than the debounce: each write restarts it, so writing at every poll
  // would keep the first report from ever firing.
  let lastWrite = 0;
  await until(() => {
    if (changes.length === 0 && Date.now() - lastWrite > DEBOUNCE_MS * 4) {
      writeFileSync(join(root, "specs/demo/openapi.yaml"), demoSpec);
      lastWrite = Date.now();
    }
    return changes.length > 0;
  }, "the watcher reports a first change");
  await pause(DEBOUNCE_MS * 4); // let the warm-up's own events settle
  changes.length = 0;
  return { root, changes };
}

describe("watching specs/ for changes", () => {
  it("reports a burst of writes to one vendor's spec once, by vendor name", async () => {
    const { root, changes } = await armedWatcher();
    for (let i = 0; i < 5; i++) writeFileSync(join(root, "specs/demo/paths/things.yaml"), `${thingsPath}# edit ${i}\n`);
    await until(() => changes.length > 0, "the burst is reported");
    await pause(DEBOUNCE_MS * 4);
    expect(changes).toEqual(["demo"]);
  }, 60_000);

  it("ignores bundles, tests and folders that are not a vendor", async () => {
    const { root, changes } = await armedWatcher();
    // Written before a change that counts: had they been taken, they would be reported by the time it is.
    writeFileSync(join(root, "specs/demo/dist-marker.txt"), "not a spec file");
    mkdirSync(join(root, "specs/demo/dist"), { recursive: true });
    writeFileSync(join(root, "specs/demo/dist/openapi.json"), "{}");
    mkdirSync(join(root, "specs/stray/paths"), { recursive: true });
    writeFileSync(join(root, "specs/stray/openapi.yaml"), demoSpec);
    await pause(DEBOUNCE_MS * 2);
    writeFileSync(join(root, "specs/demo/paths/things.yaml"), `${thingsPath}# edit\n`);
    await until(() => changes.length > 0, "the spec change is reported");
    await pause(DEBOUNCE_MS * 4);
    expect(changes).toEqual(["demo"]);
  }, 60_000);
});
