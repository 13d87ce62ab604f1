import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/parse-args.js";

describe("parseArgs", () => {
  it("reads vendors, repeated --port, and flags in either --flag value or --flag=value form", () => {
    const args = parseArgs(["hania", "--port", "hania=5010", "--port=hana=5011", "hana", "--host=0.0.0.0", "--seed", "7", "--verbose"]);
    expect(args).toMatchObject({ vendors: ["hania", "hana"], ports: { hania: 5010, hana: 5011 }, host: "0.0.0.0", seed: "7", verbose: true });
  });

  it("rejects what it does not understand instead of ignoring it", () => {
    expect(() => parseArgs(["--prot", "hania=1"])).toThrow("Unknown option --prot");
    expect(() => parseArgs(["--port", "5010"])).toThrow("--port expects <vendor>=<port>");
    expect(() => parseArgs(["--host"])).toThrow("--host needs a value");
  });
});
