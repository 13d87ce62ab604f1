import { describe, expect, it } from "vitest";
import { defineCommandLine } from "../../src/command-line/command-line-spec.ts";
import { renderCommandList, renderSynopsis, renderUsage, renderUsageError } from "../../src/command-line/render-usage.ts";
import { UsageError } from "../../src/command-line/usage-error.ts";

const spec = defineCommandLine({
  name: "demo",
  summary: "do the demo thing",
  arguments: [
    { name: "action", required: true, choices: ["bundle", "lint"], description: "What to do" },
    { name: "vendor", variadic: true, description: "Vendors to work on", fallback: "every vendor" },
  ],
  options: {
    "base-url": { type: "string", value: "<url>", required: true, description: "The live API" },
    check: { type: "boolean", short: "c", description: "Only check" },
    port: { type: "string", value: "<port>", default: "4000", env: "DEMO_PORT", description: "Port to listen on" },
    title: { type: "string", value: "<name>", fallback: "the name in PascalCase", description: "Display name" },
    tag: { type: "string", value: "<tag>", multiple: true, description: "A tag" },
  },
  environment: [{ name: "<VENDOR>_API_KEY", description: "The credential" }],
  examples: ["vs demo lint hania --base-url https://x.test", "vs demo bundle --base-url https://x.test"],
});

describe("renderSynopsis", () => {
  it("gives the arguments in order, then the required options, then [options] when there are others", () => {
    expect(renderSynopsis(spec, "vs")).toBe("vs demo <action> [vendor…] --base-url <url> [options]");
    const bare = defineCommandLine({ name: "dev", summary: "watch", arguments: [], options: {}, examples: ["vs dev"] });
    expect(renderSynopsis(bare, "vs")).toBe("vs dev");
  });
});

describe("renderUsage", () => {
  it("renders the summary, synopsis, arguments, options with their defaults and variables, environment and examples", () => {
    expect(renderUsage(spec, "vs")).toBe(
      [
        "vs demo: do the demo thing",
        "",
        "Usage: vs demo <action> [vendor…] --base-url <url> [options]",
        "",
        "Arguments:",
        "  <action>   What to do (one of: bundle, lint)",
        "  [vendor…]  Vendors to work on (default: every vendor)",
        "",
        "Options:",
        "  --base-url <url>  The live API (required)",
        "  -c, --check       Only check",
        "  --port <port>     Port to listen on (default: 4000; env: DEMO_PORT)",
        "  --title <name>    Display name (default: the name in PascalCase)",
        "  --tag <tag>       A tag (repeatable)",
        "  -h, --help        Show this help and exit",
        "",
        "Environment:",
        "  <VENDOR>_API_KEY  The credential",
        "",
        "Examples:",
        "  vs demo lint hania --base-url https://x.test",
        "  vs demo bundle --base-url https://x.test",
        "",
      ].join("\n"),
    );
  });

  it("always lists --help, and moves a description under a label too long to pad to", () => {
    const long = defineCommandLine({
      name: "long",
      summary: "s",
      arguments: [],
      options: { "a-very-long-option-name": { type: "string", value: "<a-long-value>", description: "Wrapped" } },
      examples: ["vs long"],
    });
    expect(renderUsage(long, "vs")).toContain("Options:\n  --a-very-long-option-name <a-long-value>\n                                Wrapped\n  -h, --help                    Show this help and exit\n");
    expect(renderUsage(long, "vs")).toContain("Example:\n  vs long\n");
  });
});

describe("renderUsageError", () => {
  it("says what is wrong, shows the synopsis and where the details are", () => {
    expect(renderUsageError(spec, "vs", new UsageError("unknown option --chek"))).toBe(
      'vs demo: unknown option --chek\nUsage: vs demo <action> [vendor…] --base-url <url> [options]\nRun "vs demo --help" for details.\n',
    );
  });
});

describe("renderCommandList", () => {
  it("lists every command with its summary and says how to get a command's usage", () => {
    const dev = defineCommandLine({ name: "dev", summary: "watch specs/", arguments: [], options: {}, examples: ["vs dev"] });
    expect(renderCommandList([spec, dev], "vs")).toBe(
      'Usage: vs <command> [arguments] [options]\n\nCommands:\n  demo  do the demo thing\n  dev   watch specs/\n\nRun "vs <command> --help" for a command\'s arguments, options and an example.\n',
    );
  });
});
