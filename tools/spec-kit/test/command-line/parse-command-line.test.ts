import { describe, expect, it } from "vitest";
import { defineCommandLine } from "../../src/command-line/command-line-spec.ts";
import { asksForHelp, parseCommandLine } from "../../src/command-line/parse-command-line.ts";
import { UsageError } from "../../src/command-line/usage-error.ts";

const spec = defineCommandLine({
  name: "demo",
  summary: "a command line with one of everything",
  arguments: [
    { name: "action", required: true, choices: ["bundle", "lint"], description: "What to do" },
    { name: "vendor", variadic: true, description: "Vendors" },
  ],
  options: {
    check: { type: "boolean", short: "c", description: "Only check" },
    "base-url": { type: "string", value: "<url>", description: "Where" },
    port: { type: "string", value: "<port>", default: "4000", env: "DEMO_PORT", description: "Port" },
    auth: { type: "string", value: "<auth>", required: true, description: "Credentials" },
    tag: { type: "string", value: "<tag>", multiple: true, description: "Tags" },
  },
  examples: ["vs demo lint --auth bearer"],
});

const parse = (argv: string[], env: Record<string, string> = {}) => parseCommandLine(spec, argv, env);
const usageErrorOf = (argv: string[]) => {
  try {
    parse(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).message;
  }
  throw new Error(`expected ${argv.join(" ")} to be rejected`);
};

describe("parseCommandLine", () => {
  it("reads options and named arguments, in --flag value and --flag=value form, a variadic argument taking the rest", () => {
    const { values, args } = parse(["lint", "hania", "--auth=bearer", "-c", "hana", "--base-url", "https://x.test", "--tag", "a", "--tag=b"]);
    expect(args).toEqual({ action: "lint", vendor: ["hania", "hana"] });
    expect(values).toEqual({ check: true, "base-url": "https://x.test", port: "4000", auth: "bearer", tag: ["a", "b"] });
  });

  it("leaves out nothing: an absent flag is false, an absent repeatable is empty, an absent optional value undefined", () => {
    const { values, args } = parse(["bundle", "--auth", "bearer"]);
    expect(values).toEqual({ check: false, "base-url": undefined, port: "4000", auth: "bearer", tag: [] });
    expect(args).toEqual({ action: "bundle", vendor: [] });
  });

  it("takes an option left out from its environment variable, then its default; the flag wins over both", () => {
    const port = (argv: string[], env: Record<string, string>) => parse(["lint", "--auth", "x", ...argv], env).values.port;
    expect(port([], {})).toBe("4000");
    expect(port([], { DEMO_PORT: "4100" })).toBe("4100");
    expect(port([], { DEMO_PORT: "" })).toBe("4000");
    expect(port(["--port", "4200"], { DEMO_PORT: "4100" })).toBe("4200");
  });

  it("rejects an unknown option by its name, suggesting the option most likely meant", () => {
    expect(usageErrorOf(["lint", "--auth", "x", "--chek"])).toBe("unknown option --chek (did you mean --check?)");
    expect(usageErrorOf(["lint", "--auth", "x", "--definitely-unknown"])).toBe("unknown option --definitely-unknown");
    expect(usageErrorOf(["lint", "--auth", "x", "-z"])).toBe("unknown option -z");
  });

  it("rejects a missing or surplus argument, a value outside the choices and a missing required option, naming each", () => {
    expect(usageErrorOf([])).toBe("missing required argument <action>");
    expect(usageErrorOf(["lint"])).toBe("missing required option --auth <auth>");
    expect(usageErrorOf(["build", "--auth", "x"])).toBe('unknown action "build": expected one of bundle, lint');
    const noArguments = defineCommandLine({ name: "none", summary: "s", arguments: [], options: {}, examples: ["vs none"] });
    expect(() => parseCommandLine(noArguments, ["extra"], {})).toThrow(new UsageError('takes no arguments; got "extra"'));
    const oneArgument = defineCommandLine({ name: "one", summary: "s", arguments: [{ name: "vendor", description: "v" }], options: {}, examples: ["vs one"] });
    expect(() => parseCommandLine(oneArgument, ["a", "b"], {})).toThrow(new UsageError('unexpected argument "b"'));
  });

  it("passes node's own complaints about values on as usage errors that name the option", () => {
    expect(usageErrorOf(["lint", "--auth", "x", "--check=yes"])).toBe("Option '-c, --check' does not take an argument");
    expect(usageErrorOf(["lint", "--auth"])).toMatch(/^Option '--auth <value>' argument missing/);
  });

  it("treats what follows -- as arguments, not options", () => {
    expect(parse(["lint", "--auth", "x", "--", "--vendor-with-dashes"]).args.vendor).toEqual(["--vendor-with-dashes"]);
  });
});

describe("asksForHelp", () => {
  it("sees --help and -h anywhere on the line, even when a required argument or option is missing", () => {
    expect(asksForHelp(["--help"], spec)).toBe(true);
    expect(asksForHelp(["lint", "-h"], spec)).toBe(true);
    expect(asksForHelp(["lint", "--auth", "x"], spec)).toBe(false);
  });

  it("rejects the rest of the line first, so `<args> --help` succeeds exactly when <args> would parse", () => {
    expect(() => asksForHelp(["--definitely-unknown", "--help"], spec)).toThrow(new UsageError("unknown option --definitely-unknown"));
    expect(() => asksForHelp(["lint", "--check=yes", "--help"], spec)).toThrow(UsageError);
    expect(() => asksForHelp(["build", "--help"], spec)).toThrow(new UsageError('unknown action "build": expected one of bundle, lint'));
    const noArguments = defineCommandLine({ name: "none", summary: "s", arguments: [], options: {}, examples: ["vs none"] });
    expect(() => asksForHelp(["extra", "--help"], noArguments)).toThrow(new UsageError('takes no arguments; got "extra"'));
  });

  it("does not take an option's value or an argument after -- for a request for help", () => {
    expect(asksForHelp(["lint", "--base-url=-h"], spec)).toBe(false);
    expect(asksForHelp(["lint", "--", "--help"], spec)).toBe(false);
  });

  it("without a declaration (arguments another CLI declares), counts any --help or -h and judges nothing else", () => {
    expect(asksForHelp(["hania", "--port", "hania=5010", "--whatever", "-h"])).toBe(true);
    expect(asksForHelp(["hania", "--whatever"])).toBe(false);
  });
});
