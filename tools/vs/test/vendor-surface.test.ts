import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { clientFactoryName, credentialOf, pascalCase } from "@vendor-sdks/spec-kit/workspace/client-naming";
import { turboBin } from "@vendor-sdks/spec-kit/workspace/build-packages";
import { findRepoRoot } from "@vendor-sdks/spec-kit/workspace/repo-root";
import { listVendors } from "@vendor-sdks/spec-kit/workspace/vendors";

// Issue #19: every vendor package offers one surface. Vendors are discovered (specs/*/package.json), and each is
// loaded from its built entry as its package.json exports it, as a consumer would.
const COMMON = [
  "ApiError",
  "BadRequestError",
  "AuthenticationError",
  "PermissionDeniedError",
  "NotFoundError",
  "ConflictError",
  "UnprocessableEntityError",
  "RateLimitError",
  "InternalServerError",
  "ConnectionError",
  "TimeoutError",
  "AbortError",
  "paginate",
  "pages",
  "stream",
  "operationTable",
  "specInfo",
] as const;

type Module = Record<string, unknown>;
type AnyClass = abstract new (...args: never[]) => unknown;
interface LooseClient {
  GET(path: string, init?: object): Promise<unknown>;
  unwrap(pending: Promise<unknown>): Promise<unknown>;
}

const root = findRepoRoot();
const vendors = listVendors(root);

async function loadBuiltEntry(clientDir: string): Promise<Module> {
  const pkg = JSON.parse(readFileSync(join(clientDir, "package.json"), "utf8")) as { exports: { ".": { import: string } } };
  return (await import(pathToFileURL(join(clientDir, pkg.exports["."].import)).href)) as Module;
}

const notFound: typeof fetch = async () => new Response(JSON.stringify({ error: "Not found", message: "Not found" }), { status: 404, headers: { "content-type": "application/json" } });

describe("every vendor package's built entry", () => {
  const modules = new Map<string, Module>();
  beforeAll(async () => {
    // Turbo builds what is stale (the runtime and each client, with their specs) and replays the rest from its cache.
    const filters = vendors.map((v) => `--filter=${v.clientPackage}`);
    const result = spawnSync(process.execPath, [turboBin(root), "run", "build", ...filters, "--output-logs=errors-only"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    });
    if (result.status !== 0) throw new Error(`Building the vendor packages failed:\n${result.stdout}\n${result.stderr}`);
    for (const v of vendors) modules.set(v.name, await loadBuiltEntry(v.clientDir));
  }, 600_000);

  it("finds the vendors", () => {
    expect(vendors.length).toBeGreaterThan(0);
  });

  for (const v of vendors) {
    const Vendor = pascalCase(v.name);

    it(`${v.clientPackage} exports ${clientFactoryName(v.name)}, ${Vendor}ApiError and the common surface`, async () => {
      const mod = modules.get(v.name)!;
      const names = [clientFactoryName(v.name), `${Vendor}ApiError`, ...COMMON];
      expect(names.filter((name) => mod[name] === undefined)).toEqual([]);
      // and everything the runtime's caller API holds (stream errors, VendorSdkError…), not only the list
      const callerApi = Object.keys(await import("@vendor-sdks/runtime/caller-api"));
      expect(callerApi.filter((name) => mod[name] === undefined)).toEqual([]);
      expect(Object.keys(mod.operationTable as object).length).toBeGreaterThan(0);
      expect((mod.specInfo as { defaultBaseUrl?: unknown }).defaultBaseUrl).toEqual(expect.any(String));
    });

    it(`${v.clientPackage}: a 404 is instanceof NotFoundError, ApiError and ${Vendor}ApiError`, async () => {
      const mod = modules.get(v.name)!;
      const doc = JSON.parse(readFileSync(v.bundledJson, "utf8")) as Record<string, unknown>;
      const create = mod[clientFactoryName(v.name)] as (options: object) => LooseClient;
      const client = create({ [credentialOf(v.name, doc).option]: "surface-test-secret", fetch: notFound, retries: 0 });
      const table = mod.operationTable as Record<string, { method: string; path: string }>;
      const get = Object.values(table).find((op) => op.method === "get");
      if (!get) throw new Error(`${v.clientPackage} has no GET operation to call`);
      const error = await client.unwrap(client.GET(get.path)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(mod.NotFoundError as AnyClass);
      expect(error).toBeInstanceOf(mod.ApiError as AnyClass);
      expect(error).toBeInstanceOf(mod[`${Vendor}ApiError`] as AnyClass);
      expect(error).not.toBeInstanceOf(mod.RateLimitError as AnyClass);
      expect((error as { status: number }).status).toBe(404);
    });
  }
});
