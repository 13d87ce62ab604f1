import { buildWorkspacePackages } from "@vendor-sdks/spec-kit/workspace/build-packages";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { startPrism, type PrismProcess } from "@vendor-sdks/spec-kit/prism/prism-process";
import { leakedWorkspaceRanges } from "../package-check/manifest-rules.ts";
import { packPackage } from "../package-check/pack-package.ts";
import { listWorkspacePackages, type WorkspacePackage } from "../package-check/publishable-packages.ts";
import { listVendors } from "@vendor-sdks/spec-kit/workspace/vendors";
import { planCall, type CallPlan } from "./call-plan.ts";
import { createConsumerProject, installProblems, installTarballs, nodeTypesSpec } from "./consumer-project.ts";
import { consumerScript, consumerTsconfig, consumerTypeScript, TSCONFIG_VARIANTS, tsconfigFileName, variantName } from "./consumer-sources.ts";
import { consumerLibraries } from "./library-packages.ts";
import { mswConsumerScript, mswFailures, planStream, type MswCallResult, type StreamPlan } from "./msw-consumer.ts";
import { runConsumerScript, typecheckConsumer, type ScriptRun } from "./run-consumer.ts";

export interface SmokeReport {
  /** The temp consumer project (deleted after the run unless `keep`). */
  readonly projectDir: string;
  readonly packed: readonly { readonly name: string; readonly leaks: readonly string[] }[];
  readonly installMode: "offline" | "prefer-offline";
  readonly installProblems: readonly string[];
  readonly plans: readonly CallPlan[];
  /** The consumer's `import` script and its `require()` twin, each calling every vendor's mock. */
  readonly esm: ScriptRun;
  readonly cjs: ScriptRun;
  /** Every client's `./msw` handlers in one `setupServer`: a list call per vendor, a streamed POST where there is one. */
  readonly msw: { readonly streams: readonly StreamPlan[]; readonly results: readonly MswCallResult[]; readonly stderr: string };
  /** tsc diagnostics per tsconfig variant (`node-only/node16`, `dom/bundler`, …); empty string = it type-checks. */
  readonly typecheck: Readonly<Record<string, string>>;
  /** Seconds per step. */
  readonly timings: Readonly<Record<string, number>>;
}

export interface SmokeOptions {
  readonly root: string;
  readonly log?: (line: string) => void;
  /** Leave the consumer project on disk for inspection. */
  readonly keep?: boolean;
}

/**
 * The consumer smoke test: pack the client libraries, install the tarballs with npm into a fresh project
 * outside the repo, then `import` and `require()` each client and call its vendor's Prism mock (served from the
 * installed spec package), and type-check a consumer file, strict with `skipLibCheck` off, in a Node-only and a
 * DOM project under `node16` and `bundler` resolution.
 */
export async function runSmoke(options: SmokeOptions): Promise<SmokeReport> {
  const log = options.log ?? (() => {});
  buildWorkspacePackages(options.root); // the tarballs are packed from dist/
  const timings: Record<string, number> = {};
  const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      timings[step] = (performance.now() - started) / 1000;
      log(`smoke: ${step} ${timings[step]?.toFixed(1)} s`);
    }
  };
  const vendors = listVendors(options.root).filter((v) => existsSync(join(v.clientDir, "package.json")));
  const libraries = consumerLibraries(vendors, listWorkspacePackages(options.root));
  for (const lib of libraries) assertBuilt(lib);

  const projectDir = createConsumerProject(options.root);
  const prisms: PrismProcess[] = [];
  try {
    const tarballDir = join(projectDir, ".tarballs");
    mkdirSync(tarballDir);
    const packed = await timed("pack", () => Promise.all(libraries.map((lib) => packPackage(lib.dir, tarballDir))));
    const installMode = await timed("npm install", () => installTarballs(projectDir, packed.map((p) => p.tarball), [nodeTypesSpec(options.root), mswSpec(libraries)]));
    const names = libraries.map((l) => l.name);

    const resolveInProject = createRequire(join(projectDir, "package.json"));
    const specs = vendors.map((v) => resolveInProject.resolve(`${v.specPackage}/openapi.json`));
    const plans = vendors.map((v, i) => planCall(v.name, v.clientPackage, resolveInProject(specs[i] as string) as Record<string, unknown>));
    writeFileSync(join(projectDir, "consumer.mjs"), consumerScript("esm", plans));
    writeFileSync(join(projectDir, "consumer.cjs"), consumerScript("cjs", plans));
    writeFileSync(join(projectDir, "consumer.ts"), consumerTypeScript(plans));
    const streams = vendors.flatMap((v, i) => planStream(v.name, resolveInProject(specs[i] as string) as Record<string, unknown>) ?? []);
    writeFileSync(join(projectDir, "consumer-msw.mjs"), mswConsumerScript(plans, streams, SMOKE_SECRET));
    for (const variant of TSCONFIG_VARIANTS) writeFileSync(join(projectDir, tsconfigFileName(variant)), consumerTsconfig(variant));

    // Prism's startup is CPU-heavy too, and four type-checks beside it can push it past its start limit on a busy
    // machine: start the mocks first, then type-check while the consumer scripts call them.
    // Each is kept as soon as it runs, so that the cleanup below stops it even when another fails to start.
    await timed("mocks start", () => Promise.all(vendors.map(async (v, i) => void (prisms[i] = await startPrism(specs[i] as string, v.clientDir)))));
    const typecheck = timed(`typecheck (${TSCONFIG_VARIANTS.map(variantName).join(", ")})`, async () => {
      const results: Record<string, string> = {};
      for (const variant of TSCONFIG_VARIANTS) results[variantName(variant)] = await typecheckConsumer(projectDir, tsconfigFileName(variant));
      return results;
    });
    const calls = timed("import/require calls", async () => {
      const baseUrls = Object.fromEntries(vendors.map((v, i) => [v.name, (prisms[i] as PrismProcess).url]));
      const esm = await runConsumerScript(projectDir, "consumer.mjs", baseUrls);
      const cjs = await runConsumerScript(projectDir, "consumer.cjs", baseUrls);
      const viaMsw = await runConsumerScript(projectDir, "consumer-msw.mjs", {});
      return { esm, cjs, viaMsw };
    });
    const [types, { esm, cjs, viaMsw }] = await Promise.all([typecheck, calls]);
    return {
      projectDir,
      packed: packed.map((p) => ({ name: p.manifest.name, leaks: leakedWorkspaceRanges(p.manifest) })),
      installMode,
      installProblems: installProblems(projectDir, names),
      plans,
      esm,
      cjs,
      msw: { streams, results: viaMsw.results as unknown as MswCallResult[], stderr: viaMsw.stderr },
      typecheck: types,
      timings,
    };
  } finally {
    await Promise.all(prisms.map((p) => p.stop()));
    if (!options.keep) rmSync(projectDir, { recursive: true, force: true });
  }
}

/** Everything that went wrong, one line each; empty when the packages work for a consumer. */
export function smokeFailures(report: SmokeReport): string[] {
  const failures: string[] = [];
  for (const p of report.packed) failures.push(...p.leaks.map((l) => `${p.name}: ${l}`));
  failures.push(...report.installProblems);
  for (const [kind, run] of [["import", report.esm], ["require()", report.cjs]] as const) {
    for (const plan of report.plans) {
      const result = run.results.find((r) => r.vendor === plan.vendor);
      if (!result) failures.push(`${kind} ${plan.clientPackage}: the consumer script printed nothing for it.`);
      else if (result.error) failures.push(`${kind} ${plan.clientPackage}: ${result.error}`);
      else if (result.status !== plan.successStatus) failures.push(`${kind} ${plan.clientPackage}: GET ${plan.path} answered ${result.status}, expected ${plan.successStatus}.`);
      else if (!result.hasData) failures.push(`${kind} ${plan.clientPackage}: GET ${plan.path} returned no parsed body.`);
      else if (!result.operationExported) failures.push(`${kind} ${plan.clientPackage}: its exported operation table lacks ${plan.operationId}.`);
    }
  }
  failures.push(...mswFailures(report.plans, report.msw.streams, report.msw.results));
  for (const [variant, diagnostics] of Object.entries(report.typecheck)) if (diagnostics) failures.push(`tsc (${variant}):\n${diagnostics}`);
  return failures;
}

/** Packing an unbuilt package would "succeed" with no JavaScript in it: stop early and say what to run. */
function assertBuilt(lib: WorkspacePackage): void {
  const main = lib.manifest.main;
  if (typeof main === "string" && !existsSync(join(lib.dir, main))) {
    throw new Error(`${lib.name} is not built (${main} is missing): run \`pnpm turbo run build --filter=${lib.name}\` first.`);
  }
  const exportsField = lib.manifest.exports as Record<string, unknown> | undefined;
  const json = exportsField?.["./openapi.json"];
  if (typeof json === "string" && !existsSync(join(lib.dir, json))) {
    throw new Error(`${lib.name} is not bundled (${json} is missing): run \`pnpm turbo run build --filter=${lib.name}\` first.`);
  }
}

/** The secret every smoke call sends; the mocks only check that a credential is there. */
const SMOKE_SECRET = "smoke-test-secret";

/** `msw@<range>`: the range the clients test their `./msw` entry with (their devDependency), so npm's cache has it. */
function mswSpec(libraries: readonly WorkspacePackage[]): string {
  for (const lib of libraries) {
    const range = (lib.manifest.devDependencies as Record<string, string> | undefined)?.msw;
    if (range) return `msw@${range}`;
  }
  throw new Error("No client package has a devDependency on msw: the smoke test installs the range the clients test their ./msw entry with.");
}
