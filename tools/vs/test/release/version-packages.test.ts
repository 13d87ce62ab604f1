import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendJson, startRecordingServer } from "@vendor-sdks/test-doubles/recording-server";
import { copyEnv, installedRepoCopy, runIn, type RepoCopy } from "@vendor-sdks/test-kit/workspace/repo-copy";

const clientPackage = "@vendor-sdks/hania";
let copy: RepoCopy;

const versionOf = (root: string): string => (JSON.parse(readFileSync(join(root, "packages/hania/package.json"), "utf8")) as { version: string }).version;

/**
 * Make one call with the built client, as a consumer's Node program would: a process of its own, run
 * asynchronously since the recording server answering it lives in this one.
 */
async function callWithBuiltClient(root: string, baseUrl: string): Promise<void> {
  const script = `
    const { createHaniaClient } = await import(process.argv[1]);
    const client = createHaniaClient({ apiKey: "hania_sk_test", baseUrl: process.argv[2], retries: 0 });
    const { response } = await client.GET("/llm/providers");
    if (!response.ok) throw new Error("status " + response.status);
  `;
  const entry = pathToFileURL(join(root, "packages/hania/dist/index.js")).href;
  await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script, entry, baseUrl], { cwd: root, env: copyEnv });
}

/**
 * The promise: a release leaves nothing stale. A client's version is baked into its generated code (for
 * the User-Agent), so bumping it the way a release does must regenerate that code.
 */
describe("pnpm version-packages, in a temporary copy of the repo", () => {
  beforeAll(() => {
    copy = installedRepoCopy("vs-release-e2e-");
  }, 300_000);

  afterAll(() => copy?.remove(), 120_000);

  it("bumps the client, leaves generate:check passing, and the built client's User-Agent carries the new version", async () => {
    const before = versionOf(copy.root);
    writeFileSync(join(copy.root, ".changeset/release-e2e-bump.md"), `---\n"${clientPackage}": patch\n---\n\nA bump made by the release test.\n`);

    runIn(copy.root, "pnpm", ["version-packages"]);
    const after = versionOf(copy.root);
    expect(after).not.toBe(before);

    // Throws, with turbo's output naming the stale files, when the bump left generated code behind.
    runIn(copy.root, "pnpm", ["generate:check"]);

    runIn(copy.root, "pnpm", ["exec", "turbo", "run", "build", `--filter=${clientPackage}...`, "--output-logs=errors-only"]);
    const server = await startRecordingServer((_req, res) => sendJson(res, 200, { success: true, data: {} }));
    try {
      await callWithBuiltClient(copy.root, server.origin);
      expect(server.requests).toHaveLength(1);
      expect(server.requests[0]?.headers["user-agent"]).toMatch(new RegExp(`^${clientPackage}/${after.replaceAll(".", "\\.")}( |$)`));
    } finally {
      await server.close();
    }
  }, 900_000);
});
