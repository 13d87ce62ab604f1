import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import { createVendorClient } from "@vendor-sdks/runtime/internal";
import { buildOperationTable, documentsSuccess, runtimeOperation } from "@vendor-sdks/spec-kit/operations/operation-table";
import { renderGeneratedFiles } from "../codegen/generate-client.ts";
import { buildSpecInfo } from "@vendor-sdks/spec-kit/operations/spec-info";
import { exampleRequest } from "@vendor-sdks/spec-kit/requests/example-request";
import { expectValidCall } from "@vendor-sdks/test-kit/contract/expect-valid-call";
import { expectValidStream } from "@vendor-sdks/test-kit/contract/expect-valid-stream";
import type { UntypedClient } from "@vendor-sdks/test-kit/contract/describe-contract";
import { startPrism } from "@vendor-sdks/spec-kit/prism/prism-process";
import { bundleSpec, writeBundle } from "@vendor-sdks/spec-kit/spec/bundle";
import { pointerOf } from "@vendor-sdks/spec-kit/spec/json-pointer";
import { SpecValidator } from "@vendor-sdks/spec-kit/validation/spec-validator";
import { getVendor } from "@vendor-sdks/spec-kit/workspace/vendors";
import { row, type BenchRow } from "./results.ts";
import { replicatedSpec } from "./synthetic-spec.ts";

/** What one vendor costs at each stage of the toolchain, measured on a throwaway workspace. */
export interface StageCosts {
  readonly operations: number;
  readonly bundleMs: number;
  readonly codegenMs: number;
  readonly tscMs: number;
  readonly docsBuildMs: number;
  /** The vendor page, brotli-compressed, as a browser receives it. */
  readonly docsPageBrotliBytes: number;
  /** Prism start plus one contract call per operation that documents a success. */
  readonly contractMs: number;
  readonly contractCalls: number;
  readonly contractFailures: number;
}

/**
 * Run every stage the toolchain runs for a vendor (bundle, codegen, type-check of the generated types, docs page,
 * contract calls against Prism) on `doc` as the spec of a fresh vendor named `name`, in a temporary copy of the
 * workspace's shared config. Both the small and the large vendor go through the same code, so their figures per
 * operation compare.
 */
export async function measureStages(root: string, name: string, doc: Record<string, unknown>): Promise<StageCosts> {
  const ws = mkdtempSync(join(tmpdir(), `vs-scale-${name}-`));
  try {
    for (const file of ["redocly.yaml", "specs/rules", "specs/EXTENSIONS.md", "pnpm-workspace.yaml"]) cpSync(join(root, file), join(ws, file), { recursive: true });
    const write = (rel: string, text: string) => {
      mkdirSync(dirname(join(ws, rel)), { recursive: true });
      writeFileSync(join(ws, rel), text);
    };
    write(`specs/${name}/package.json`, JSON.stringify({ name: `@vendor-sdks/${name}-openapi`, vendorSdks: { vendor: name, mockPort: 4999, client: `@vendor-sdks/${name}` } }));
    write(`packages/${name}/package.json`, JSON.stringify({ name: `@vendor-sdks/${name}`, version: "0.0.0" }));
    write(`specs/${name}/openapi.yaml`, stringify(doc, { aliasDuplicateObjects: false, lineWidth: 0 }));
    const vendor = getVendor(name, ws);

    // In-process stages: a warm-up (loading the bundler and generator), then the median of three timed runs.
    const bundleMs = await medianOf(() => bundleSpec(vendor, ws));
    const { document } = await bundleSpec(vendor, ws);
    writeBundle(vendor, document);
    const codegenMs = await medianOf(() => renderGeneratedFiles(vendor, document));
    const files = await renderGeneratedFiles(vendor, document);

    const schemaFile = join(ws, "packages", name, "src", "generated", "schema.ts");
    write(`packages/${name}/src/generated/schema.ts`, files["schema.ts"] ?? "");

    const tsc = join(dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin", "tsc");
    let t = performance.now();
    const checked = spawnSync(process.execPath, [tsc, "--noEmit", "--strict", "--target", "es2022", "--module", "nodenext", "--skipLibCheck", schemaFile], { encoding: "utf8" });
    const tscMs = performance.now() - t;
    if (checked.status !== 0) throw new Error(`tsc failed on ${name}'s generated types:\n${checked.stdout}${checked.stderr}`);

    const site = join(ws, "site");
    t = performance.now();
    const built = spawnSync(process.execPath, ["--import", "tsx", join(root, "apps", "docs", "src", "build.ts"), "--root", ws, "--out", site], { cwd: join(root, "apps", "docs"), encoding: "utf8" });
    const docsBuildMs = performance.now() - t;
    if (built.status !== 0) throw new Error(`docs build failed for ${name}:\n${built.stdout}${built.stderr}`);
    const docsPageBrotliBytes = statSync(join(site, name, "index.html.br")).size;

    const contract = await timeContract(document, vendor.bundledJson, root);
    const operations = Object.keys(buildOperationTable(document)).length;
    return { operations, bundleMs, codegenMs, tscMs, docsBuildMs, docsPageBrotliBytes, ...contract };
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
}

/** Milliseconds of `work`: the median of three runs after one untimed warm-up. */
async function medianOf(work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[1] as number;
}

/** Prism on the bundle, then every operation with a documented success called as the contract suite calls it. */
async function timeContract(doc: Record<string, unknown>, bundledJson: string, root: string): Promise<Pick<StageCosts, "contractMs" | "contractCalls" | "contractFailures">> {
  const started = performance.now();
  const prism = await startPrism(bundledJson, join(root, "apps", "mock-server"));
  try {
    const table = buildOperationTable(doc);
    const spec = buildSpecInfo(doc);
    const operations = Object.fromEntries(Object.entries(table).map(([id, op]) => [id, runtimeOperation(op, spec.security)]));
    const client = createVendorClient({ spec, operationTable: operations, packageName: "@vendor-sdks/scale", packageVersion: "0.0.0" }, { apiKey: "bench-key", baseUrl: prism.url, retries: 0 }) as unknown as UntypedClient;
    const validator = new SpecValidator(doc);
    let calls = 0;
    let failures = 0;
    for (const op of Object.values(table).filter(documentsSuccess)) {
      calls++;
      try {
        const req = exampleRequest(doc, pointerOf("paths", op.path), op, { generateMissing: true });
        if (op.streaming) await expectValidStream(op, req, client, validator);
        else await expectValidCall(op, req, client, validator);
      } catch {
        failures++; // counted, not fatal: the figure is time per call, and failures are reported beside it
      }
    }
    return { contractMs: performance.now() - started, contractCalls: calls, contractFailures: failures };
  } finally {
    await prism.stop();
  }
}

/** The synthetic vendor has at least this many operations (a large public spec tried as a vendor had 658). */
const LARGE_VENDOR_OPERATIONS = 600;
/** Cost per operation may grow this much from the small vendor to the large one before it counts as super-linear. */
const PER_OPERATION_GROWTH_BUDGET = 2;

/**
 * The `scale` group: every stage on the largest real vendor and on a synthetic one made by replicating its paths to
 * ≥ 600 operations, reported per operation with the small vendor as the baseline, so super-linear growth shows as a
 * ratio above 1.
 */
export async function scaleRows(root: string, small: { name: string; doc: Record<string, unknown> }, log: (line: string) => void): Promise<BenchRow[]> {
  const large = replicatedSpec(small.doc, LARGE_VENDOR_OPERATIONS);
  log(`scale: ${small.name} (every stage)`);
  const base = await measureStages(root, small.name, small.doc);
  log(`scale: synthetic ${large.operations}-operation vendor (every stage)`);
  const big = await measureStages(root, "synthetic", large.document);
  const label = `synthetic ${big.operations} ops vs ${small.name} ${base.operations} ops`;
  const perOp = (figure: string, pick: (c: StageCosts) => number, unit: string, note = "") => {
    const value = pick(big) / big.operations;
    const baseline = pick(base) / base.operations;
    return row({ group: "scale", figure: `${figure} per operation (${label})`, value, baseline, unit, budget: `≤ ${PER_OPERATION_GROWTH_BUDGET}× (near-linear)`, pass: value <= PER_OPERATION_GROWTH_BUDGET * baseline, ...(note ? { note } : {}) });
  };
  return [
    perOp("bundle", (c) => c.bundleMs, "ms"),
    perOp("codegen", (c) => c.codegenMs, "ms"),
    perOp("tsc --noEmit of the generated types", (c) => c.tscMs, "ms", "includes tsc's own start, so the small vendor's figure is the higher"),
    perOp("docs build (one vendor's site)", (c) => c.docsBuildMs, "ms"),
    perOp("docs page weight, brotli", (c) => c.docsPageBrotliBytes, "B", "the copies repeat one spec, so brotli shares more between them than a real spec of that size allows"),
    perOp("contract (Prism start + one call per operation)", (c) => c.contractMs / c.contractCalls * c.operations, "ms", `calls that failed: ${small.name} ${base.contractFailures}/${base.contractCalls}, synthetic ${big.contractFailures}/${big.contractCalls}`),
  ];
}
