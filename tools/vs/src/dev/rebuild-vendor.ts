import { join } from "node:path";
import { generateClient } from "../codegen/generate-client.ts";
import { bundleSpec, writeBundle } from "@vendor-sdks/spec-kit/spec/bundle";
import { lintSpec } from "@vendor-sdks/spec-kit/spec/lint";
import { formatProblem, SpecError } from "@vendor-sdks/spec-kit/spec/problems";
import { getVendor } from "@vendor-sdks/spec-kit/workspace/vendors";

export interface Step {
  readonly name: string;
  run(): Promise<string>;
}

export interface RebuildHooks {
  /** Restart the vendor's mock on the new bundle; resolves to a short description. */
  reloadMock(vendor: string): Promise<string>;
}

/**
 * The watch-mode pipeline for one vendor: lint, bundle, regenerate its client, reload its mock, rebuild its docs
 * page (the mock before the docs: it is what a frontend waits for, and the docs page is the slowest step). Prints one
 * line per step with its time; a step that fails stops the rest (nothing stale is served as new).
 */
export async function rebuildVendor(root: string, name: string, hooks: RebuildHooks, print: (line: string) => void): Promise<boolean> {
  const vendor = getVendor(name, root);
  let doc: Record<string, unknown> | undefined;
  const steps: Step[] = [
    {
      name: "lint",
      async run() {
        const problems = await lintSpec(vendor, root);
        for (const p of problems) print(`    ${formatProblem(p)}`);
        return problems.length === 0 ? "clean" : `${problems.length} problem(s)`;
      },
    },
    {
      name: "bundle",
      async run() {
        doc = (await bundleSpec(vendor, root)).document;
        writeBundle(vendor, doc);
        return "dist/openapi.json";
      },
    },
    {
      name: "generate",
      async run() {
        const { written } = await generateClient(vendor, doc ?? {}, root, false);
        return written.length ? `wrote ${written.map((w) => w.split("/").pop()).join(", ")}` : "unchanged";
      },
    },
    { name: "mock", run: () => hooks.reloadMock(name) },
    {
      name: "docs",
      async run() {
        // Loaded on use, so a docs build that cannot load fails this step, not the whole dev session.
        const { rebuildVendorPage } = await import("@vendor-sdks/docs/site/build-site");
        await rebuildVendorPage({ root, outDir: join(root, "apps", "docs", "dist") }, name);
        return `apps/docs/dist/${name}/`;
      },
    },
  ];
  for (const step of steps) {
    const started = performance.now();
    try {
      const what = await step.run();
      print(`${name.padEnd(10)} ${step.name.padEnd(9)} ${String(Math.round(performance.now() - started)).padStart(6)} ms  ${what}`);
    } catch (error) {
      print(`${name.padEnd(10)} ${step.name.padEnd(9)} ${String(Math.round(performance.now() - started)).padStart(6)} ms  FAILED`);
      if (error instanceof SpecError) for (const p of error.problems) print(`    ${formatProblem(p)}`);
      else print(`    ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }
  return true;
}
