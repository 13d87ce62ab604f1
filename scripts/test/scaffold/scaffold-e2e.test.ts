import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../src/contract/free-port.ts";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
let copy: string;
let before: Map<string, string>;

/** Every source file of a tree (no node_modules, build output or caches) with its size and mtime. */
function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const f of readdirSync(root, { recursive: true, encoding: "utf8" })) {
    if (/(^|\/)(node_modules|dist|\.turbo)(\/|$)/.test(f)) continue;
    const stat = statSync(join(root, f));
    if (stat.isFile()) files.set(f, `${stat.size}:${stat.mtimeMs}`);
  }
  return files;
}

/** Run a command in the copy; on failure the error carries its output, so the test says what broke. */
function run(command: string, args: string[], cwd = copy): string {
  try {
    return execFileSync(command, args, { cwd, encoding: "utf8", stdio: "pipe", env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", CI: "1" } });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${e.stdout ?? ""}\n${e.stderr ?? ""}\n${e.message}`);
  }
}

/**
 * The promise of `pnpm new-vendor`: in a fresh copy of the repo, a scaffolded vendor builds, lints, passes its
 * contract tests against Prism, is served by the mock server and gets a docs page, with no edit anywhere else.
 */
describe("new-vendor end to end, in a temporary copy of the repo", () => {
  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), "vs-scaffold-e2e-"));
    const files = run("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], repoRoot).split("\0").filter(Boolean);
    for (const file of files) {
      if (!existsSync(join(repoRoot, file))) continue; // deleted in the working tree
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      cpSync(join(repoRoot, file), join(copy, file));
    }
    run("pnpm", ["install", "--offline", "--frozen-lockfile"]);
    before = snapshot(copy);
    run(process.execPath, ["scripts/bin/vs.mjs", "new-vendor", "acme", "--base-url", "https://api.acme.test/v1", "--auth", "api-key:X-Acme-Key", "--title", "Acme"]);
  }, 300_000);

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it("wrote specs/acme and packages/acme and nothing else (the lockfile gains their importers)", () => {
    const after = snapshot(copy);
    const changed = [...after].filter(([file, stamp]) => before.get(file) !== stamp).map(([file]) => file);
    expect(changed.filter((f) => !f.startsWith("specs/acme/") && !f.startsWith("packages/acme/"))).toEqual(["pnpm-lock.yaml"]);
    expect(changed).toContain("packages/acme/src/generated/operations.ts");
    expect(changed).toContain("specs/acme/NOTES.md");
  });

  it("lints clean and builds the client", () => {
    expect(run("pnpm", ["--filter", "@vendor-sdks/acme-openapi", "lint"])).toContain("acme: 0 error(s), 0 warning(s)");
    run("pnpm", ["exec", "turbo", "run", "build", "--filter=@vendor-sdks/acme...", "--output-logs=errors-only"]);
    expect(existsSync(join(copy, "packages/acme/dist/index.js"))).toBe(true);
  }, 300_000);

  it("passes its fidelity and contract tests against Prism", () => {
    expect(run("pnpm", ["--filter", "@vendor-sdks/acme-openapi", "test"])).toMatch(/2 passed/);
    expect(run("pnpm", ["--filter", "@vendor-sdks/acme", "test"])).toMatch(/getStatus: GET \/status|2 passed/);
  }, 300_000);

  it("is served by the mock server with its example", async () => {
    run("pnpm", ["exec", "turbo", "run", "build", "--filter=@vendor-sdks/mock-server", "--output-logs=errors-only"]);
    const port = await freePort();
    const mock = spawn(process.execPath, ["apps/mock-server/dist/cli.js", "acme", "--port", `acme=${port}`], { cwd: copy, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    mock.stdout.on("data", (d: Buffer) => (output += d.toString()));
    mock.stderr.on("data", (d: Buffer) => (output += d.toString()));
    try {
      const deadline = Date.now() + 60_000;
      let body: unknown;
      while (Date.now() < deadline) {
        try {
          const res = await fetch(`http://127.0.0.1:${port}/status`, { headers: { "X-Acme-Key": "k" } });
          body = await res.json();
          break;
        } catch {
          await new Promise((r) => setTimeout(r, 200));
        }
      }
      expect(body, output).toEqual({ status: "ok" });
      const unauthenticated = await fetch(`http://127.0.0.1:${port}/status`);
      expect(unauthenticated.status).toBe(401);
    } finally {
      mock.kill("SIGTERM");
    }
  }, 120_000);

  it("gets a docs page with no edit in apps/docs", () => {
    run("pnpm", ["--filter", "@vendor-sdks/docs", "build"]);
    expect(readFileSync(join(copy, "apps/docs/dist/index.html"), "utf8")).toContain("Acme");
    expect(existsSync(join(copy, "apps/docs/dist/acme/index.html"))).toBe(true);
  }, 300_000);
});
