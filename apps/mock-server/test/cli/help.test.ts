import { describe, expect, it } from "vitest";
import { USAGE } from "../../src/cli/parse-args.js";
import { runCli } from "../support/run-cli.js";

describe("vendor-mock --help and bad flags", () => {
  it("prints the usage on stdout and exits 0 without starting a mock, for --help and -h", async () => {
    for (const flag of ["--help", "-h"]) {
      const run = runCli(["hania", flag]);
      expect(await run.exited).toBe(0);
      expect(run.stdout()).toBe(USAGE);
      expect(run.stdout()).not.toContain("ready in");
    }
  });

  it("exits 2 naming an unknown flag, even beside --help (which the `vs mock` argument check relies on)", async () => {
    for (const args of [["--definitely-unknown"], ["--definitely-unknown", "--help"]]) {
      const run = runCli(args);
      expect(await run.exited).toBe(2);
      expect(run.stderr()).toContain("Unknown option '--definitely-unknown'");
      expect(run.stdout()).toBe("");
    }
  });
});
