import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generateClient } from "../codegen/generate-client.ts";
import { bundleSpec, writeBundle } from "../spec/bundle.ts";
import { getVendor, listVendors } from "../workspace/vendors.ts";
import type { AuthOption } from "./auth-option.ts";
import { clientFiles } from "./client-files.ts";
import { specFiles, type VendorScaffold } from "./spec-files.ts";
import { pascalCase, vendorNameProblem } from "./vendor-name.ts";

export interface CreateVendorInput {
  readonly name: string;
  readonly baseUrl: string;
  readonly auth: AuthOption;
  readonly title?: string;
}

/**
 * Write `specs/<name>/` and `packages/<name>/` (and nothing else: mock server, docs, turbo and CI discover vendors
 * from the workspace), then bundle the spec and generate the client code. Refuses a taken or invalid name before
 * writing anything.
 */
export async function createVendor(root: string, input: CreateVendorInput): Promise<{ files: string[]; scaffold: VendorScaffold }> {
  const problem = vendorNameProblem(input.name, root);
  if (problem) throw new Error(problem);
  const ports = listVendors(root).map((v) => v.mockPort);
  const scaffold: VendorScaffold = {
    name: input.name,
    title: input.title ?? pascalCase(input.name),
    baseUrl: input.baseUrl,
    auth: input.auth,
    mockPort: ports.length ? Math.max(...ports) + 1 : 4010,
  };
  const files: string[] = [];
  const write = (dir: string, map: Record<string, string>) => {
    for (const [rel, text] of Object.entries(map)) {
      const path = join(root, dir, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text, { flag: "wx" }); // never overwrite
      files.push(join(dir, rel));
    }
  };
  write(join("specs", input.name), specFiles(scaffold));
  write(join("packages", input.name), clientFiles(scaffold));
  const vendor = getVendor(input.name, root);
  const { document } = await bundleSpec(vendor, root);
  writeBundle(vendor, document);
  const generated = await generateClient(vendor, document, root, false);
  files.push(...generated.written);
  return { files, scaffold };
}
