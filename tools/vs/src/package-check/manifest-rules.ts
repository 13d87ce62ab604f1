import type { Manifest } from "./publishable-packages.ts";

/** Dependency fields a consumer's install resolves (devDependencies are never installed for a consumer). */
const INSTALLED_DEPENDENCY_FIELDS = ["dependencies", "peerDependencies", "optionalDependencies"] as const;
const ALL_DEPENDENCY_FIELDS = [...INSTALLED_DEPENDENCY_FIELDS, "devDependencies"] as const;
/** Ranges that only mean something inside this repo. */
const LOCAL_RANGE = /^(workspace|link|file|portal):/;

export interface ManifestContext {
  /** Names of workspace packages that are never published (`"private": true`). */
  readonly privatePackages: ReadonlySet<string>;
  /** Files in the packed tarball, relative to the package root. */
  readonly files: readonly string[];
}

/**
 * What our release needs from a packed package.json beyond what publint and attw check: the metadata a
 * registry page and a consumer rely on, no dependency range that only resolves inside this repo, and no
 * installed dependency on a package we never publish (the consumer's install would 404 on it).
 */
export function checkManifest(manifest: Manifest, context: ManifestContext): string[] {
  const problems: string[] = [];
  if (typeof manifest.version !== "string" || !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(manifest.version)) problems.push(`"version" must be a semver version, got ${JSON.stringify(manifest.version)}.`);
  if (!nonEmptyString(manifest.description)) problems.push(`"description" is missing.`);
  if (!nonEmptyString(manifest.license)) problems.push(`"license" is missing.`);
  if (!nonEmptyString(field(manifest.repository, "url"))) problems.push(`"repository.url" is missing.`);
  if (!Array.isArray(manifest.keywords) || manifest.keywords.length === 0) problems.push(`"keywords" is missing or empty.`);
  if (!nonEmptyString(field(manifest.engines, "node"))) problems.push(`"engines.node" is missing.`);
  if (!Array.isArray(manifest.files) || manifest.files.length === 0) problems.push(`"files" is missing: without it every file in the folder is published.`);
  problems.push(...checkExports(manifest, context.files));
  problems.push(...leakedWorkspaceRanges(manifest));
  for (const depField of INSTALLED_DEPENDENCY_FIELDS) {
    for (const dep of Object.keys(dependencies(manifest, depField))) {
      if (context.privatePackages.has(dep)) problems.push(`${depField}.${dep}: that package is private (never published), so installing this one fails; make it a devDependency or drop it.`);
    }
  }
  return problems;
}

/** Every dependency range (dev ones included) that only resolves inside this repo, e.g. `workspace:*`. */
export function leakedWorkspaceRanges(manifest: Manifest): string[] {
  const problems: string[] = [];
  for (const depField of ALL_DEPENDENCY_FIELDS) {
    for (const [dep, range] of Object.entries(dependencies(manifest, depField))) {
      if (LOCAL_RANGE.test(range)) problems.push(`${depField}.${dep} is "${range}": a workspace link leaked into the tarball.`);
    }
  }
  return problems;
}

/** `exports` must exist, expose `./package.json`, give types for every JS entry, and declare `sideEffects`. */
function checkExports(manifest: Manifest, files: readonly string[]): string[] {
  const exportsField = manifest.exports;
  if (typeof exportsField !== "object" || exportsField === null) return [`"exports" is missing.`];
  const entries = exportsField as Record<string, unknown>;
  const problems: string[] = [];
  if (entries["./package.json"] !== "./package.json") problems.push(`"exports" does not expose "./package.json".`);
  let shipsJavaScript = false;
  for (const [subpath, target] of Object.entries(entries)) {
    const targets = typeof target === "string" ? { default: target } : (target as Record<string, unknown>);
    const javascript = Object.values(targets).filter((t): t is string => typeof t === "string" && /\.[cm]?js$/.test(t));
    if (javascript.length === 0) continue;
    shipsJavaScript = true;
    if (typeof targets.types !== "string") problems.push(`exports["${subpath}"] has no "types" condition.`);
    for (const file of new Set([...javascript, ...(typeof targets.types === "string" ? [targets.types] : [])])) {
      if (!files.includes(file.replace(/^\.\//, ""))) problems.push(`exports["${subpath}"] points at ${file}, which is not in the tarball (not built?).`);
    }
  }
  if (shipsJavaScript && manifest.sideEffects === undefined) problems.push(`"sideEffects" is not declared: bundlers cannot tree-shake the package.`);
  return problems;
}

function dependencies(manifest: Manifest, depField: string): Record<string, string> {
  const value = manifest[depField];
  return typeof value === "object" && value !== null ? (value as Record<string, string>) : {};
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function nonEmptyString(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "";
}
