import { describe, expect, it } from "vitest";
import { defineCommand, type Command } from "../../src/cli/command-definition.ts";
import { dispatch } from "../../src/cli/dispatch.ts";

/** A `greet <name> [--loud]` command that records what it was run with; `fail` makes it throw. */
function greetCommand() {
  const runs: unknown[] = [];
  const command = defineCommand({
    name: "greet",
    summary: "say hello",
    arguments: [{ name: "name", required: true, description: "Who" }],
    options: { loud: { type: "boolean", description: "Shout" } },
    examples: ["vs greet ada --loud"],
    async run(input, ctx) {
      runs.push({ ...input, ctx });
      if (input.args.name === "fail") throw new Error("greeting failed: no voice");
      return input.values.loud ? 7 : 0;
    },
  });
  return { command, runs };
}

async function run(argv: string[], commands: readonly Command[]) {
  let stdout = "";
  let stderr = "";
  const code = await dispatch(argv, commands, { cwdName: "here" }, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe("dispatch", () => {
  it("answers --help and -h with the command's usage and exit 0 without running it, even without its argument", async () => {
    const { command, runs } = greetCommand();
    for (const argv of [["greet", "--help"], ["greet", "-h"], ["greet", "ada", "--loud", "-h"]]) {
      const result = await run(argv, [command]);
      expect(result).toMatchObject({ code: 0, stderr: "" });
      expect(result.stdout).toContain("Usage: vs greet <name> [options]");
      expect(result.stdout).toContain("vs greet ada --loud");
    }
    expect(runs).toEqual([]);
  });

  it("lists the commands for `vs`, `vs --help` and `vs -h`", async () => {
    const { command } = greetCommand();
    for (const argv of [[], ["--help"], ["-h"]]) {
      const result = await run(argv, [command]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("  greet  say hello");
    }
  });

  it("exits 2 for an unknown command, suggesting the closest one", async () => {
    const { command } = greetCommand();
    const result = await run(["gret"], [command]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('vs: unknown command "gret" (did you mean "greet"?)');
    expect(result.stderr).toContain("  greet  say hello");
  });

  it("exits 2 with the problem and the synopsis when the command line is wrong, without running the command", async () => {
    const { command, runs } = greetCommand();
    const unknown = await run(["greet", "ada", "--lound"], [command]);
    expect(unknown).toEqual({
      code: 2,
      stdout: "",
      stderr: 'vs greet: unknown option --lound (did you mean --loud?)\nUsage: vs greet <name> [options]\nRun "vs greet --help" for details.\n',
    });
    expect((await run(["greet"], [command])).stderr).toContain("vs greet: missing required argument <name>");
    expect(await run(["greet", "--definitely-unknown", "--help"], [command])).toMatchObject({ code: 2, stdout: "" });
    expect(runs).toEqual([]);
  });

  it("hands the parsed values and the context to the command and returns its exit code", async () => {
    const { command, runs } = greetCommand();
    expect((await run(["greet", "ada", "--loud"], [command])).code).toBe(7);
    expect(runs).toEqual([{ values: { loud: true }, args: { name: "ada" }, ctx: { cwdName: "here" } }]);
  });

  it("exits 1 with the message when the command throws", async () => {
    const { command } = greetCommand();
    expect(await run(["greet", "fail"], [command])).toEqual({ code: 1, stdout: "", stderr: "greeting failed: no voice\n" });
  });
});
