import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { OpenApiDocument } from "../spec/openapi-types.ts";
import { externalResources } from "./external-resources.ts";
import { useLocalRedocScript, type RedocAsset } from "./redoc-script.ts";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const TEMPLATE = fileURLToPath(new URL("./template.hbs", import.meta.url));

/**
 * Render one vendor's Redoc page with `redocly build-docs` and make it self-contained: Redoc comes from the
 * site's assets, and nothing on the page loads from another host.
 */
export async function buildVendorPage(doc: OpenApiDocument, title: string, outFile: string, redoc: RedocAsset): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "vendor-sdks-docs-"));
  try {
    const specFile = join(work, "openapi.json");
    writeFileSync(specFile, JSON.stringify(doc));
    const cli = join(require.resolve("@redocly/cli/package.json"), "..", "bin", "cli.js");
    await run(process.execPath, [cli, "build-docs", specFile, "--output", outFile, "--template", TEMPLATE, "--title", title], {
      // An empty folder: no stray redocly.yaml changes the rendering. Telemetry off: the build works offline.
      cwd: work,
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" },
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: Error & { stderr?: string }) => {
      throw new Error(`redocly build-docs failed: ${error.stderr?.trim() || error.message}`);
    });
    const html = useLocalRedocScript(readFileSync(outFile, "utf8"), redoc);
    const external = externalResources(html);
    if (external.length > 0) throw new Error(`${outFile} would load from other hosts: ${external.join(", ")}`);
    writeFileSync(outFile, html);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
