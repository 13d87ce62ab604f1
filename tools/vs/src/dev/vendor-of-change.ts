
/**
 * The vendor a changed file under `specs/` belongs to, or undefined for changes that cannot affect a spec
 * (bundles in dist/, released snapshots, tests, node_modules, editor swap files, files at the top of specs/).
 */
export function vendorOfChange(relativePath: string): string | undefined {
  const parts = relativePath.split(/[\\/]/).filter(Boolean);
  if (parts.length < 2) return undefined;
  const [vendor, top] = parts;
  if (top === "dist" || top === "node_modules" || top === "test" || top === "released") return undefined;
  const file = parts[parts.length - 1] ?? "";
  if (!/\.(ya?ml|json)$/.test(file) || file.startsWith(".")) return undefined;
  return vendor;
}

