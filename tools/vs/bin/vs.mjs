#!/usr/bin/env node
// Repo tooling entry point. The CLI's own sources are TypeScript run through tsx (no build step); the spec kit and
// the runtime it imports are compiled packages, built here first when their dist/ is missing or older than src/
// (turbo tasks build them before any vs call, but `pnpm generate` and the other root scripts call vs directly).
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

/** The newest modification time of the files under `dir` (0 when it does not exist). */
function newest(dir) {
  let files;
  try {
    files = readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch {
    return 0;
  }
  return files.reduce((max, file) => Math.max(max, statSync(join(dir, file)).mtimeMs), 0);
}

const require = createRequire(import.meta.url);
const compiled = ["@vendor-sdks/spec-kit", "@vendor-sdks/runtime"].map((name) => dirname(require.resolve(`${name}/package.json`)));
if (compiled.some((dir) => newest(join(dir, "dist")) < newest(join(dir, "src")))) {
  const root = fileURLToPath(new URL("../../../", import.meta.url));
  const turbo = join(root, "node_modules", "turbo", "bin", "turbo");
  const args = [turbo, "run", "build", "--filter=@vendor-sdks/spec-kit...", "--output-logs=errors-only"];
  const built = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", 2, 2], env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" } });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

register();
await import("../src/cli.ts");
