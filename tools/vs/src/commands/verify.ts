import { defineCommand } from "../cli/command-definition.ts";

/** `vs verify <vendor> --base-url <url> [--json] [--out <file>] [--allow-writes id,id]`. */
export const verifyCommand = defineCommand({
  name: "verify",
  summary: "check a live vendor API against its spec and report each mismatch once",
  arguments: [{ name: "vendor", required: true, description: "The vendor whose spec the API is checked against" }],
  options: {
    "base-url": { type: "string", value: "<url>", required: true, description: "The live API to check (the spec's servers[0].url for the vendor's cloud)" },
    json: { type: "boolean", description: "Print the JSON report instead of the text one" },
    out: { type: "string", value: "<file>", description: "Also write the JSON report to this file" },
    "allow-writes": { type: "string", value: "<ids>", description: "Comma-separated operationIds whose writes may be sent (none are otherwise)" },
  },
  environment: [
    {
      name: "<VENDOR>_API_KEY",
      description: "The vendor's credential, in the variable its client reads (derived from the spec: a token exchange's secret field names its own); a run without it names it",
    },
  ],
  examples: ["HANIA_API_KEY=… pnpm verify hania --base-url <url> --out verify-report.json"],
  async run({ values, args }) {
    const { runVerifyCommand } = await import("../verify/run-verify-command.ts"); // the spec bundler: load on use
    return runVerifyCommand({ vendor: args.vendor, baseUrl: values["base-url"], json: values.json, out: values.out, allowWrites: values["allow-writes"] });
  },
});
