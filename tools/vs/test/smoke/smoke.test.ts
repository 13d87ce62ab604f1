import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TSCONFIG_VARIANTS, variantName } from "../../src/smoke/consumer-sources.ts";
import { runSmoke, smokeFailures, type SmokeReport } from "../../src/smoke/run-smoke.ts";
import { findRepoRoot } from "@vendor-sdks/spec-kit/workspace/repo-root";
import { listVendors } from "@vendor-sdks/spec-kit/workspace/vendors";
import { existsSync } from "node:fs";

/**
 * The consumer smoke test (the same code as `vs smoke`): the packed clients, installed with npm into a fresh
 * project outside the repo, work from `import`, from `require()` and from TypeScript. Needs built packages.
 */
const root = findRepoRoot();
const vendors = listVendors(root).filter((v) => existsSync(`${v.clientDir}/package.json`));
let report: SmokeReport;

beforeAll(async () => {
  report = await runSmoke({ root });
}, 360_000); // the packed mock engine (for ./msw) and msw add an install of their own dependencies

afterAll(() => {
  if (report && smokeFailures(report).length > 0) console.error(smokeFailures(report).join("\n"));
});

describe("consumer smoke test", () => {
  it("packs tarballs with no workspace: range and installs them as real packages", () => {
    expect(report.packed.flatMap((p) => p.leaks)).toEqual([]);
    expect(report.installProblems).toEqual([]);
    expect(report.packed.map((p) => p.name)).toEqual(expect.arrayContaining(["@vendor-sdks/runtime", "@vendor-sdks/mock-engine", ...vendors.flatMap((v) => [v.clientPackage, v.specPackage])]));
  });

  for (const kind of ["esm", "cjs"] as const) {
    it.each(vendors.map((v) => v.name))(`${kind === "esm" ? "import" : "require()"}s the %s client and gets its mock's documented success`, (vendor) => {
      const plan = report.plans.find((p) => p.vendor === vendor);
      const result = report[kind].results.find((r) => r.vendor === vendor);
      expect(result?.error).toBeUndefined();
      expect(result).toMatchObject({ status: plan?.successStatus, hasData: true, operationExported: true });
    });
  }

  it.each(vendors.map((v) => v.name))("through @vendor-sdks/%s/msw in setupServer, a client made with defaults gets the documented answer", (vendor) => {
    const plan = report.plans.find((p) => p.vendor === vendor);
    const result = report.msw.results.find((r) => r.vendor === vendor && r.kind === "list");
    expect(result?.error).toBeUndefined();
    expect(result).toMatchObject({ status: plan?.successStatus, hasData: true });
  });

  it("streams every planned POST event stream through MSW (a turn: at least five events)", () => {
    expect(report.msw.streams.some((s) => s.minEvents >= 5)).toBe(true);
    for (const stream of report.msw.streams) {
      const result = report.msw.results.find((r) => r.vendor === stream.vendor && r.kind === "stream");
      expect(result?.error, `${stream.vendor} ${stream.path}`).toBeUndefined();
      expect(result?.frames ?? 0, `${stream.vendor} ${stream.path}`).toBeGreaterThan(0);
      expect(result?.events ?? 0, `${stream.vendor} ${stream.path}`).toBeGreaterThanOrEqual(stream.minEvents);
    }
  });

  it("require() of the ESM-only clients prints no warning", () => {
    expect(report.cjs.stderr).toBe("");
  });

  it.each(TSCONFIG_VARIANTS.map(variantName))("type-checks a strict consumer file with skipLibCheck off: %s", (variant) => {
    expect(report.typecheck[variant]).toBe("");
  });
});
