import { existsSync } from "node:fs";
import { join } from "node:path";
import { listWorkspacePackages } from "../package-check/publishable-packages.ts";

// The workspace's own package names (`@vendor-sdks/<name>`), which a vendor's client package would collide with.
const RESERVED = new Set(["runtime", "docs", "mock-server", "openapi", "spec-kit", "test-kit", "test-doubles", "vs"]);

/** Why `name` cannot be a new vendor in `root`, or undefined when it can. */
export function vendorNameProblem(name: string, root: string): string | undefined {
  if (!/^[a-z][a-z0-9-]*$/.test(name) || name.endsWith("-") || name.includes("--")) {
    return `"${name}" is not a valid vendor name: use lower-case letters, digits and single dashes, starting with a letter (it becomes the npm package @vendor-sdks/${name}).`;
  }
  if (name.length > 40) return `"${name}" is too long: keep vendor names under 40 characters.`;
  if (RESERVED.has(name)) return `"${name}" is reserved by this repo's own packages; choose another name.`;
  for (const dir of [join("specs", name), join("packages", name)]) {
    if (existsSync(join(root, dir))) return `${dir}/ already exists: vendor "${name}" is taken.`;
  }
  // e.g. "hania-openapi" would be a second package named like specs/hania's
  const wanted = new Set([`@vendor-sdks/${name}`, `@vendor-sdks/${name}-openapi`]);
  const clash = listWorkspacePackages(root).find((p) => wanted.has(p.name));
  if (clash) return `"${name}" would publish ${clash.name}, which ${clash.relativeDir}/ already is; choose another name.`;
  return undefined;
}
