import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/parse-args.js";

describe("parseArgs", () => {
  it("reads vendors, repeated --port, and flags in either --flag value or --flag=value form", () => {
    const args = parseArgs(["hania", "--port", "hania=5010", "--port=hana=5011", "hana", "--host=0.0.0.0", "--seed", "7", "--verbose"]);
    expect(args).toMatchObject({ vendors: ["hania", "hana"], ports: { hania: 5010, hana: 5011 }, host: "0.0.0.0", seed: "7", verbose: true });
  });

  it("rejects what it does not understand instead of ignoring it", () => {
    // node's parseArgs words these two; each still names the flag
    expect(() => parseArgs(["--prot", "hania=1"])).toThrow("Unknown option '--prot'");
    expect(() => parseArgs(["--port", "5010"])).toThrow("--port expects <vendor>=<port>");
    expect(() => parseArgs(["--host"])).toThrow("Option '--host <value>' argument missing");
    expect(() => parseArgs(["--host", "--verbose"])).toThrow("Option '--host' argument is ambiguous");
    expect(() => parseArgs(["--port", "hania=50x0"])).toThrow('--port hania: "50x0" is not a port number');
    expect(() => parseArgs(["--verbose=yes"])).toThrow("Option '--verbose' does not take an argument");
  });

  it("reads the remaining flags, -h, and defaults the switches to off", () => {
    expect(parseArgs([])).toEqual({ vendors: [], specs: [], ports: {}, verbose: false, stateless: false, scenarios: false, help: false });
    expect(parseArgs(["--stateless", "--stream-delay", "0"])).toMatchObject({ stateless: true, streamDelayMs: 0 });
    expect(() => parseArgs(["--stream-delay", "fast"])).toThrow('--stream-delay expects milliseconds from 0 to 60000, got "fast"');
    expect(parseArgs(["--spec", "a.yaml", "--spec=b.json", "--request-timeout", "500"])).toMatchObject({ specs: ["a.yaml", "b.json"], requestTimeoutMs: 500 });
    expect(() => parseArgs(["--request-timeout", "soon"])).toThrow('--request-timeout expects milliseconds (a positive integer), got "soon"');
    expect(parseArgs(["-h"]).help).toBe(true);
    expect(parseArgs(["--help", "--scenarios", "--root", "/w", "--docs-url=http://d/"])).toMatchObject({
      help: true,
      scenarios: true,
      root: "/w",
      docsUrl: "http://d/",
    });
    expect(parseArgs(["--port", "HANIA=5010"]).ports).toEqual({ hania: 5010 });
  });
});
