import { execFile } from "node:child_process";
import { lstatSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";

/**
 * A fresh npm project in the OS temp folder, outside the workspace, so Node and TypeScript can only resolve
 * what the tarballs brought in (never the repo's node_modules).
 */
export function createConsumerProject(repoRoot: string): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "vs-smoke-")));
  const rel = relative(realpathSync(repoRoot), dir);
  if (!rel.startsWith("..") && !rel.startsWith(sep)) throw new Error(`The temp folder ${dir} is inside the repo; point TMPDIR elsewhere so the smoke test cannot resolve workspace packages.`);
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "vendor-sdks-smoke-consumer", private: true, type: "module" }, null, 2)}\n`);
  return dir;
}

/**
 * The @types/node a Node-only TypeScript consumer installs: the range this repo builds against (its root
 * package.json), so the consumer's `types: ["node"]` resolves to the Node the packages support.
 */
export function nodeTypesSpec(repoRoot: string): string {
  const file = join(repoRoot, "package.json");
  const range = (JSON.parse(readFileSync(file, "utf8")) as { devDependencies?: Record<string, string> }).devDependencies?.["@types/node"];
  if (!range) throw new Error(`${file} has no devDependency on @types/node: the Node-only consumer installs that range.`);
  return `@types/node@${range}`;
}

/**
 * `npm install <tarballs> <registry packages>` with npm (not pnpm: consumers mostly use npm, and it ignores our
 * workspace). Offline first, from npm's cache; on a cache miss, again with `--prefer-offline` (only the npm
 * registry is reachable). Resolves to the mode that worked.
 */
export async function installTarballs(projectDir: string, tarballs: readonly string[], registryPackages: readonly string[] = []): Promise<"offline" | "prefer-offline"> {
  const args = ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", ...tarballs, ...registryPackages];
  try {
    await npm(projectDir, ["--offline", ...args]);
    return "offline";
  } catch {
    await npm(projectDir, ["--prefer-offline", ...args]);
    return "prefer-offline";
  }
}

/**
 * Each package must sit in node_modules as a real folder unpacked from its tarball: a symlink or a `link`
 * entry in the lockfile would mean a workspace path leaked into the install.
 */
export function installProblems(projectDir: string, packageNames: readonly string[]): string[] {
  const lock = JSON.parse(readFileSync(join(projectDir, "package-lock.json"), "utf8")) as { packages?: Record<string, { link?: boolean; resolved?: string }> };
  const problems: string[] = [];
  for (const name of packageNames) {
    const folder = join(projectDir, "node_modules", name);
    let isLink = false;
    try {
      isLink = lstatSync(folder).isSymbolicLink();
    } catch {
      problems.push(`${name} is not installed.`);
      continue;
    }
    if (isLink) problems.push(`${name} is a symlink in node_modules, not an installed tarball.`);
    const entry = lock.packages?.[`node_modules/${name}`];
    if (entry?.link) problems.push(`${name} is a link in package-lock.json.`);
  }
  for (const [key, entry] of Object.entries(lock.packages ?? {})) {
    if (entry.link || entry.resolved?.startsWith("file:") && !entry.resolved.endsWith(".tgz")) problems.push(`${key} resolves to a local folder (${entry.resolved ?? "link"}).`);
  }
  return problems;
}

function npm(cwd: string, args: readonly string[]): Promise<void> {
  // npm is a .cmd on Windows; a shell finds it there and costs nothing elsewhere
  return new Promise((resolve, reject) => {
    execFile("npm", [...args], { cwd, maxBuffer: 16 * 1024 * 1024, shell: process.platform === "win32" }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`npm ${args.join(" ")} failed:\n${stderr}`));
      else resolve();
    });
  });
}
