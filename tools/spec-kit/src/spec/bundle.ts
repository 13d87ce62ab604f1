import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { bundle, stringifyYaml } from "@redocly/openapi-core";
import type { Vendor } from "../workspace/vendors.ts";
import { isBundleStale } from "./bundle-staleness.ts";
import { loadRepoConfig } from "./load-config.ts";
import { checkSpecSyntax } from "./read-source.ts";
import { SpecError, toSpecProblems } from "./problems.ts";
import { upgradeOpenApi30, type Upgrade } from "./upgrade-openapi-30.ts";

export interface BundledSpec {
  readonly document: Record<string, unknown>;
  /** Set when the source was OpenAPI 3.0: the bundle is 3.1 (decision 0009). */
  readonly upgrade?: Upgrade;
}

/**
 * Resolve a multi-file spec into one OpenAPI 3.1 document (a 3.0 source is converted). Fails with file and line on
 * bad YAML or a dangling `$ref`, so a broken spec never produces a half-written bundle.
 */
export async function bundleSpec(vendor: Vendor, root: string): Promise<BundledSpec> {
  checkSpecSyntax(vendor, root);
  const config = await loadRepoConfig(root);
  const result = await bundle({ ref: vendor.rootFile, config, dereference: false });
  const errors = toSpecProblems(result.problems, root).filter((p) => p.severity === "error");
  if (errors.length > 0) throw new SpecError(vendor.name, errors);
  const document = result.bundle.parsed as Record<string, unknown>;
  const upgrade = upgradeOpenApi30(document);
  return upgrade ? { document, upgrade } : { document };
}

/** Write `dist/openapi.json` and `dist/openapi.yaml` atomically (a reader never sees half a file). */
export function writeBundle(vendor: Vendor, doc: Record<string, unknown>): void {
  writeAtomically(vendor.bundledJson, `${JSON.stringify(doc, null, 2)}\n`);
  writeAtomically(vendor.bundledYaml, stringifyYaml(doc, { lineWidth: -1, noRefs: true }));
}

function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/**
 * Bundle the vendor's spec unless `dist/openapi.json` is newer than every source file. Consumers that read
 * the bundle (mock server, docs) call this so they never serve a stale spec, whatever ran before them.
 */
export async function ensureBundled(vendor: Vendor, root: string): Promise<Record<string, unknown>> {
  if (existsSync(vendor.bundledJson) && !isBundleStale(vendor)) {
    return JSON.parse(readFileSync(vendor.bundledJson, "utf8")) as Record<string, unknown>;
  }
  const { document } = await bundleSpec(vendor, root);
  writeBundle(vendor, document);
  return document;
}
