import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface FixtureVendor {
  readonly name: string;
  readonly mockPort: number;
  /** An already bundled spec, copied to `specs/<name>/dist/openapi.json`. */
  readonly bundled?: string;
  /** A hand-written root file, copied to `specs/<name>/openapi.yaml` (so the mock must bundle it). */
  readonly source?: string;
}

export const FIXTURES = join(import.meta.dirname, "..", "fixtures");

/** A throwaway vendor-sdks workspace holding only the given vendors; `cleanup` deletes it. */
export function createWorkspace(vendors: readonly FixtureVendor[]): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), "mock-server-"));
  writeFileSync(join(root, "pnpm-workspace.yaml"), "packages:\n  - specs/*\n");
  writeFileSync(join(root, "redocly.yaml"), "extends:\n  - minimal\n");
  for (const vendor of vendors) {
    const dir = join(root, "specs", vendor.name);
    mkdirSync(join(dir, "dist"), { recursive: true });
    const pkg = { name: `@fixture/${vendor.name}-openapi`, vendorSdks: { vendor: vendor.name, mockPort: vendor.mockPort, client: `@fixture/${vendor.name}` } };
    writeFileSync(join(dir, "package.json"), JSON.stringify(pkg));
    if (vendor.bundled) copyFileSync(vendor.bundled, join(dir, "dist", "openapi.json"));
    if (vendor.source) copyFileSync(vendor.source, join(dir, "openapi.yaml"));
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
