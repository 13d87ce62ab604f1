import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Vendor } from "@vendor-sdks/spec-kit/workspace/vendors";
import type { Json } from "./diff-context.ts";

/** `specs/<vendor>/released/openapi.json`: the bundled spec as last released, refreshed by `vs api:snapshot`. */
export function releasedSpecPath(vendor: Vendor): string {
  return join(vendor.specDir, "released", "openapi.json");
}

/** The released spec, or undefined for a vendor that has never been released. */
export function readReleasedSpec(vendor: Vendor): Json | undefined {
  const file = releasedSpecPath(vendor);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Json) : undefined;
}
