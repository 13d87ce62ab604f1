import { execFileSync, spawn } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@vendor-sdks/spec-kit/prism/free-port";
import { treeChanges, treeSnapshot } from "./tree-snapshot.ts";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");
let copy: string;
/** An empty pnpm metadata cache, as on a fresh machine: `pnpm install --frozen-lockfile` never fills it. */
let metadataCache: string;

/** Each `--auth` style new-vendor offers, on a vendor of its own, with how a caller authenticates to its mock. */
const vendors = [
  { name: "acme", auth: "bearer", title: "Acme", withKey: (url: string) => ({ url, headers: { Authorization: "Bearer k" } }), curl: '-H "Authorization: Bearer $ACME_API_KEY"' },
  // `vendor`: the client's `VendorClient` type would shadow the runtime's were it imported by name
  { name: "vendor", auth: "api-key:X-Vendor-Key", title: "Vendor", withKey: (url: string) => ({ url, headers: { "X-Vendor-Key": "k" } }), curl: '-H "X-Vendor-Key: $VENDOR_API_KEY"' },
  { name: "q2-labs", auth: "api-key-query:api_key", title: "Q2 Labs: \"beta\" #1", withKey: (url: string) => ({ url: `${url}?api_key=k`, headers: {} }), curl: "/status?api_key=$Q2_LABS_API_KEY" },
] as const;

const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, "");

/** Run a command in the copy; on failure the error carries its output, so the test says what broke. */
function run(command: string, args: string[], options: { cwd?: string; path?: string } = {}): string {
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", CI: "1", npm_config_cache_dir: metadataCache, PATH: options.path ?? process.env.PATH };
  try {
    return stripAnsi(execFileSync(command, args, { cwd: options.cwd ?? copy, encoding: "utf8", stdio: "pipe", env }));
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string; status?: number };
    throw Object.assign(new Error(`${command} ${args.join(" ")} failed in ${options.cwd ?? copy}:\n${e.stdout ?? ""}\n${e.stderr ?? ""}\n${e.message}`), { status: e.status, output: stripAnsi(`${e.stdout ?? ""}${e.stderr ?? ""}`) });
  }
}

/** `vs new-vendor …` in the copy; resolves to its exit status and output, without throwing. */
function newVendor(args: string[], path?: string): { status: number; output: string } {
  try {
    return { status: 0, output: run(process.execPath, ["tools/vs/bin/vs.mjs", "new-vendor", ...args], path ? { path } : {}) };
  } catch (error) {
    const e = error as { status?: number; output?: string };
    return { status: e.status ?? -1, output: e.output ?? String(error) };
  }
}

/**
 * The promise of `pnpm new-vendor`, checked in a fresh copy of the repo installed as a new user would (frozen
 * lockfile, empty metadata cache): each auth style scaffolds a vendor that lints, builds, passes its contract tests
 * against Prism, is served by the mock server and gets a docs page, with no edit anywhere else; and a refused or
 * failed scaffold leaves the tree byte for byte as it was. One copy and install serve every case.
 */
describe("new-vendor end to end, in a temporary copy of the repo", () => {
  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), "vs-scaffold-e2e-"));
    metadataCache = mkdtempSync(join(tmpdir(), "vs-scaffold-e2e-cache-"));
    const files = run("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], { cwd: repoRoot }).split("\0").filter(Boolean);
    for (const file of files) {
      if (!existsSync(join(repoRoot, file))) continue; // deleted in the working tree
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      cpSync(join(repoRoot, file), join(copy, file));
    }
    run("pnpm", ["install", "--prefer-offline", "--frozen-lockfile"]);
    // The first vs call builds the spec kit (dist/, a compiled package) as it would after any user's install; done
    // here, so a refusal's "the tree is as it was" compares trees that both have it.
    run(process.execPath, ["tools/vs/bin/vs.mjs", "--help"]);
  }, 300_000);

  afterAll(() => {
    for (const dir of [copy, metadataCache]) if (dir) rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  describe("a refused or failed scaffold changes nothing", () => {
    const valid = ["--base-url", "https://api.acme.test/v1", "--auth", "bearer"];
    const refusals: [what: string, args: string[], message: string][] = [
      ["a bad name", ["Acme_AI", ...valid], '"Acme_AI" is not a valid vendor name'],
      ["an existing vendor", ["hania", ...valid], 'vendor "hania" is taken'],
      ["a bad --auth", ["acme", "--base-url", "https://api.acme.test/v1", "--auth", "oauth"], "--auth must be one of"],
      ["a bad --base-url", ["acme", "--base-url", "api.acme.test", "--auth", "bearer"], "--base-url must be an absolute http(s) URL"],
    ];
    for (const [what, args, message] of refusals) {
      it(`refuses ${what}, saying why`, () => {
        const before = treeSnapshot(copy);
        const { status, output } = newVendor(args);
        expect(status, output).not.toBe(0);
        expect(output).toContain(message);
        expect(treeChanges(before, treeSnapshot(copy))).toEqual([]);
      }, 60_000);
    }

    it("undoes a scaffold whose pnpm install fails, restoring pnpm-lock.yaml byte for byte", () => {
      const bin = mkdtempSync(join(tmpdir(), "vs-failing-pnpm-"));
      try {
        // A pnpm that gets as far as rewriting the lockfile and linking the new package, then fails.
        writeFileSync(join(bin, "pnpm"), '#!/bin/sh\necho "  packages/acme: {}" >> pnpm-lock.yaml\nmkdir -p packages/acme/node_modules\necho ERR_PNPM_SIMULATED >&2\nexit 1\n');
        chmodSync(join(bin, "pnpm"), 0o755);
        const before = treeSnapshot(copy);
        const { status, output } = newVendor(["acme", ...valid], `${bin}${delimiter}${process.env.PATH ?? ""}`);
        expect(status, output).toBe(1);
        expect(output).toContain("pnpm install failed (exit 1), so the scaffold is removed");
        expect(treeChanges(before, treeSnapshot(copy))).toEqual([]);
      } finally {
        rmSync(bin, { recursive: true, force: true });
      }
    }, 60_000);
  });

  describe("each --auth style scaffolds a vendor that works everywhere", () => {
    /** What each scaffold changed in the tree, besides installed packages. */
    const changed = new Map<string, string[]>();

    beforeAll(() => {
      for (const v of vendors) {
        const before = treeSnapshot(copy);
        const { status, output } = newVendor([v.name, "--base-url", `https://api.${v.name}.test/v1`, "--auth", v.auth, "--title", v.title]);
        if (status !== 0) throw new Error(`new-vendor ${v.name} --auth ${v.auth} failed (${status}):\n${output}`);
        changed.set(v.name, treeChanges(before, treeSnapshot(copy)));
      }
    }, 600_000);

    for (const v of vendors) {
      it(`${v.auth}: wrote specs/${v.name} and packages/${v.name}, and only added them to the lockfile besides`, () => {
        const files = changed.get(v.name) ?? [];
        expect(files.filter((f) => !f.startsWith(`specs/${v.name}/`) && !f.startsWith(`packages/${v.name}/`))).toEqual(["pnpm-lock.yaml"]);
        expect(files).toContain(`packages/${v.name}/src/generated/operations.ts`);
        expect(files).toContain(`specs/${v.name}/NOTES.md`);
        const lockfile = readFileSync(join(copy, "pnpm-lock.yaml"), "utf8");
        expect(lockfile).toContain(`\n  packages/${v.name}:\n`);
        expect(lockfile).toContain(`\n  specs/${v.name}:\n`);
      });

      it(`${v.auth}: lints with zero errors and zero warnings`, () => {
        expect(run("pnpm", ["--filter", `@vendor-sdks/${v.name}-openapi`, "lint"])).toContain(`${v.name}: 0 error(s), 0 warning(s)`);
      }, 120_000);
    }

    it("builds every new client", () => {
      run("pnpm", ["exec", "turbo", "run", "build", ...vendors.map((v) => `--filter=@vendor-sdks/${v.name}...`), "--output-logs=errors-only"]);
      for (const v of vendors) expect(existsSync(join(copy, `packages/${v.name}/dist/index.js`)), v.name).toBe(true);
    }, 300_000);

    for (const v of vendors) {
      it(`${v.auth}: passes its fixture test and its contract tests against Prism`, () => {
        expect(run("pnpm", ["--filter", `@vendor-sdks/${v.name}-openapi`, "test"])).toMatch(/Tests\s+\d+ passed/);
        const contract = run("pnpm", ["--filter", `@vendor-sdks/${v.name}`, "test"]);
        expect(contract).toMatch(/Tests\s+2 passed \(2\)/); // the coverage check and getStatus
      }, 300_000);
    }

    it("is served by the mock server, which wants each vendor's credential where its spec puts it", async () => {
      run("pnpm", ["exec", "turbo", "run", "build", "--filter=@vendor-sdks/mock-server", "--output-logs=errors-only"]);
      const ports = new Map<string, number>();
      for (const v of vendors) ports.set(v.name, await freePort());
      const portArgs = vendors.flatMap((v) => ["--port", `${v.name}=${ports.get(v.name)}`]);
      const mock = spawn(process.execPath, ["apps/mock-server/dist/cli.js", ...vendors.map((v) => v.name), ...portArgs], { cwd: copy, stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      mock.stdout.on("data", (d: Buffer) => (output += d.toString()));
      mock.stderr.on("data", (d: Buffer) => (output += d.toString()));
      try {
        for (const v of vendors) {
          const { url, headers } = v.withKey(`http://127.0.0.1:${ports.get(v.name)}/status`);
          const deadline = Date.now() + 90_000;
          let body: unknown;
          while (Date.now() < deadline && body === undefined) {
            try {
              body = await (await fetch(url, { headers })).json();
            } catch {
              await new Promise((r) => setTimeout(r, 250));
            }
          }
          expect(body, `${v.name}: ${output}`).toEqual({ status: "ok" });
          const unauthenticated = await fetch(`http://127.0.0.1:${ports.get(v.name)}/status`);
          expect(unauthenticated.status, v.name).toBe(401);
        }
      } finally {
        mock.kill("SIGTERM");
      }
    }, 180_000);

    it("gets a docs page each, whose curl samples send the credential as the spec says, with no edit in apps/docs", () => {
      run("pnpm", ["--filter", "@vendor-sdks/docs", "build"]);
      const index = readFileSync(join(copy, "apps/docs/dist/index.html"), "utf8");
      for (const v of vendors) {
        expect(index).toContain(`href="${v.name}/"`);
        const page = readFileSync(join(copy, `apps/docs/dist/${v.name}/index.html`), "utf8");
        expect(page, v.name).toContain(JSON.stringify(v.curl).slice(1, -1));
      }
    }, 300_000);
  });
});
