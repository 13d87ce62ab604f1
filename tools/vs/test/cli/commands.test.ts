import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../src/commands/index.ts";

const repoRoot = join(import.meta.dirname, "..", "..", "..", "..");
const vs = join(repoRoot, "tools", "vs", "bin", "vs.mjs");
const recorder = join(import.meta.dirname, "support", "record-effects.mjs");
const names = commands.map((c) => c.spec.name);
const scratch = mkdtempSync(join(tmpdir(), "vs-cli-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface VsRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `node tools/vs/bin/vs.mjs …args` from the repo root, as the root package scripts run it. */
function runVs(args: readonly string[], nodeArgs: readonly string[] = [], env: NodeJS.ProcessEnv = {}): Promise<VsRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeArgs, vs, ...args], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

interface Effects {
  /** Third-party packages the repo's own modules imported (tsx's own imports are tsx's business). */
  readonly packages: string[];
  /** Files and folders created, changed or removed inside the repo. */
  readonly writes: string[];
  /** Child processes started: command and arguments. */
  readonly spawns: string[][];
}

/** Run vs under the effect recorder (support/record-effects.mjs) and read back what the process did. */
async function runRecorded(args: readonly string[]): Promise<VsRun & Effects> {
  const file = join(scratch, `${args.join("_").replace(/[^\w-]/g, "_")}.effects`);
  const run = await runVs(args, ["--import", recorder], { RECORD_EFFECTS_TO: file, RECORD_WRITES_UNDER: repoRoot });
  return { ...run, ...readEffects(file) };
}

function readEffects(file: string): Effects {
  const lines = existsSync(file) ? readFileSync(file, "utf8").trim().split("\n") : [];
  const packages = new Set<string>();
  const writes: string[] = [];
  const spawns: string[][] = [];
  for (const line of lines) {
    const [kind = "", first = "", ...rest] = line.split(" ");
    if (kind === "write") writes.push([first, ...rest].join(" "));
    if (kind === "spawn") spawns.push([first, ...(JSON.parse(rest.join(" ")) as string[])]);
    const url = rest[0] ?? "";
    if (kind !== "import" || first.includes("/node_modules/") || !url.includes("/node_modules/")) continue;
    const path = url.slice(url.lastIndexOf("/node_modules/") + "/node_modules/".length).split("/");
    packages.add(path[0]?.startsWith("@") ? `${path[0]}/${path[1]}` : (path[0] ?? url));
  }
  return { packages: [...packages].sort(), writes, spawns };
}

const help = new Map<string, VsRun & Effects>();
const unknown = new Map<string, VsRun & Effects>();
let codegenTypo: VsRun & Effects;
let forwardedUnknownBesideHelp: VsRun & Effects;

beforeAll(async () => {
  const jobs = [
    ...names.map((name) => async () => void help.set(name, await runRecorded([name, "--help"]))),
    ...names.map((name) => async () => void unknown.set(name, await runRecorded([name, "--definitely-unknown"]))),
    async () => void (codegenTypo = await runRecorded(["codegen", "hania", "--chek"])),
    async () => void (forwardedUnknownBesideHelp = await runRecorded(["docs:serve", "--definitely-unknown", "--help"])),
  ];
  // a few at a time: each is a Node process with tsx, on a machine other work shares
  const workers = Array.from({ length: 3 }, async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) await job();
  });
  await Promise.all(workers);
}, 600_000);

/** The only child a `--help` or a rejected flag may start: a forwarded CLI asked for its usage or its verdict. */
const isForwardedHelp = (spawn: readonly string[]) => spawn.at(-1) === "--help" && spawn.some((a) => a.endsWith(join("src", "cli.ts")) || a.endsWith(join("src", "serve.ts")));

describe("every vs command", () => {
  it("is registered once, with examples that run it, a variadic argument only last, and no option shadowing --help", () => {
    expect(new Set(names).size).toBe(names.length);
    for (const { spec } of commands) {
      expect(spec.examples.some((e) => e.includes(`vs ${spec.name}`) || e.includes(`pnpm ${spec.name}`) || e.includes(`vs.mjs ${spec.name}`)), spec.name).toBe(true);
      const variadic = spec.arguments.findIndex((a) => a.variadic);
      expect(variadic === -1 || variadic === spec.arguments.length - 1, spec.name).toBe(true);
      const firstOptional = spec.arguments.findIndex((a) => !a.required);
      expect(firstOptional === -1 || spec.arguments.slice(firstOptional).every((a) => !a.required), spec.name).toBe(true);
      expect(Object.keys(spec.options), spec.name).not.toContain("help");
      expect(Object.values(spec.options).map((o) => o.short), spec.name).not.toContain("h");
    }
  });

  it.each(names)("%s --help prints its usage and exits 0", (name) => {
    const run = help.get(name);
    expect(run?.stderr).toBe("");
    expect(run?.code).toBe(0);
    expect(run?.stdout).toContain(`Usage: vs ${name}`);
    expect(run?.stdout).toMatch(/Examples?:\n {2}\S/);
  });

  it.each(names)("%s --help loads no dependency but tsx: heavy engines load only when the command runs", (name) => {
    expect(help.get(name)?.packages).toEqual(["tsx"]);
  });

  it.each(names)("%s --definitely-unknown exits non-zero and names the flag", (name) => {
    const run = unknown.get(name);
    expect(run?.code).not.toBe(0);
    expect(run?.code).not.toBeNull();
    expect(run?.stderr).toContain("--definitely-unknown");
  });

  it.each(names)("%s: neither --help nor a rejected flag writes anything in the repo or starts a build", (name) => {
    for (const run of [help.get(name), unknown.get(name)]) {
      expect(run?.writes).toEqual([]);
      expect(run?.spawns.filter((s) => !isForwardedHelp(s))).toEqual([]);
    }
  });

  it("records writes, child processes and imports, so the checks above can fail", async () => {
    const dir = mkdtempSync(join(scratch, "probe-"));
    const file = join(dir, "probe.effects");
    const script = `import { writeFileSync } from "node:fs"; import { spawnSync } from "node:child_process"; import "yaml";
      writeFileSync(${JSON.stringify(join(dir, "written.txt"))}, "x"); writeFileSync(${JSON.stringify(join(scratch, "outside.txt"))}, "x"); spawnSync("true", ["--flag"]);`;
    const probe = await new Promise<number | null>((resolve) =>
      spawn(process.execPath, ["--import", recorder, "--input-type=module", "-e", script], {
        cwd: join(repoRoot, "tools", "vs"),
        env: { ...process.env, RECORD_EFFECTS_TO: file, RECORD_WRITES_UNDER: dir },
        stdio: "ignore",
      }).once("close", resolve),
    );
    expect(probe).toBe(0);
    expect(readEffects(file)).toEqual({ packages: ["yaml"], writes: [join(dir, "written.txt")], spawns: [["true", "--flag"]] });
  }, 60_000); // a child Node process: vitest's 5 s default was overrun once on a loaded 2-core machine

  it("hands mock, start and docs:serve arguments to their servers' own CLIs, whose usage --help appends", () => {
    for (const name of ["mock", "start"]) expect(help.get(name)?.stdout).toContain("Every argument is handed to the mock server, which declares them:\n\nUsage: vendor-mock");
    expect(help.get("docs:serve")?.stdout).toContain("Every argument is handed to the docs server, which declares them:\n\npnpm --filter @vendor-sdks/docs serve:");
    expect(help.get("docs:serve")?.stdout).toContain("--port <port>");
  });

  it("lets a forwarded CLI reject an unknown flag beside --help, as vs's own commands do, and builds nothing", () => {
    expect(forwardedUnknownBesideHelp.code).toBe(2);
    expect(forwardedUnknownBesideHelp.stdout).toBe("");
    expect(forwardedUnknownBesideHelp.stderr).toContain("unknown option --definitely-unknown");
    expect(forwardedUnknownBesideHelp.spawns.filter((s) => !isForwardedHelp(s))).toEqual([]);
  });

  it("rejects `vs codegen --chek` instead of regenerating, naming the flag and the one meant", () => {
    expect(codegenTypo.code).toBe(2);
    expect(codegenTypo.stderr).toContain("vs codegen: unknown option --chek (did you mean --check?)");
    expect(codegenTypo.writes).toEqual([]);
  });
});

describe("the root package scripts", () => {
  it("run registered vs commands only", () => {
    const scripts = (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    const invoked = Object.values(scripts).flatMap((s) => [...s.matchAll(/vs\.mjs ([\w:-]+)/g)].map((m) => m[1]));
    expect(invoked).toContain("generate");
    for (const name of invoked) expect(names).toContain(name);
  });
});
