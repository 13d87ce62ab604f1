import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);

/** A vendor's bundled spec, from its installed spec package (a dev dependency), parsed fresh for each caller. */
export function vendorDocument(vendor: "hana" | "hania" | "hapi" | "hyponema"): Record<string, unknown> {
  return JSON.parse(readFileSync(require.resolve(`@vendor-sdks/${vendor}-openapi/openapi.json`), "utf8")) as Record<string, unknown>;
}
