import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generateClient } from "../codegen/generate-client.ts";
import { bundleSpec, writeBundle } from "@vendor-sdks/spec-kit/spec/bundle";
import { getVendor } from "@vendor-sdks/spec-kit/workspace/vendors";
import { clientFiles } from "./client-files.ts";
import { specFiles } from "./spec-files.ts";
import type { VendorScaffold } from "./vendor-scaffold.ts";

/** The folders a scaffold creates, repo-relative. Nothing else is written: every tool discovers vendors. */
export function vendorDirs(name: string): [spec: string, client: string] {
  return [join("specs", name), join("packages", name)];
}

/**
 * Write `specs/<name>/` and `packages/<name>/` from a validated {@link VendorScaffold} (see planScaffold), then
 * bundle the spec and generate the client code. Returns the files written, repo-relative. It never overwrites a
 * file; undoing a failure is the caller's job (runNewVendor).
 */
export async function createVendor(root: string, scaffold: VendorScaffold): Promise<string[]> {
  const files: string[] = [];
  const write = (dir: string, map: Record<string, string>) => {
    for (const [rel, text] of Object.entries(map)) {
      const path = join(root, dir, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text, { flag: "wx" });
      files.push(join(dir, rel));
    }
  };
  const [specDir, clientDir] = vendorDirs(scaffold.name);
  write(specDir, specFiles(scaffold));
  write(clientDir, clientFiles(scaffold));
  const vendor = getVendor(scaffold.name, root);
  const { document } = await bundleSpec(vendor, root);
  writeBundle(vendor, document);
  const generated = await generateClient(vendor, document, root, false);
  files.push(...generated.written);
  return files;
}
