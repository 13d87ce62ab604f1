import { basename, dirname, extname, resolve } from "node:path";
import type { MockVendor } from "./discover-vendors.js";

/** First port tried for `--spec` files, after the vendors' fixed ports (4010…). */
export const FIRST_SPEC_FILE_PORT = 4020;

/**
 * A vendor for `--spec <file>` (any OpenAPI 3.x file, JSON or YAML): named after the file (`acme.yaml` is
 * `acme`), or its folder when the file is the conventional `openapi.*`, and served on 4020, 4021, … in order.
 */
export function specFileVendor(file: string, index: number): MockVendor {
  const path = resolve(file);
  const stem = basename(path, extname(path));
  const raw = stem === "openapi" || stem === "swagger" ? basename(dirname(path)) : stem;
  const name = raw.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || `spec${index + 1}`;
  return { name, mockPort: FIRST_SPEC_FILE_PORT + index, specDir: dirname(path), rootFile: path, bundledJson: path, origin: "file" };
}
