import { parseArgs as parseNodeArgs } from "node:util";
import { DEFAULT_DOCS_URL, DEFAULT_HOST, DOCS_PORT_ENV } from "../defaults.js";
import { parsePort } from "../ports/resolve-ports.js";

export interface CliArguments {
  readonly vendors: string[];
  readonly ports: Record<string, number>;
  readonly host?: string;
  readonly root?: string;
  readonly seed?: string;
  readonly docsUrl?: string;
  readonly verbose: boolean;
  /** Print each vendor's scenarios (statuses and named examples) instead of starting mocks. */
  readonly scenarios: boolean;
  readonly help: boolean;
}

export const USAGE = `Usage: vendor-mock [vendor...] [options]

Serves a Prism mock of every vendor in the workspace (or only the named ones).

Options:
  --port <vendor>=<port>  Port for one vendor (repeatable). Env: MOCK_PORT_<VENDOR>=<port>
  --host <host>           Interface to listen on (default ${DEFAULT_HOST})
  --root <dir>            The vendor-sdks workspace (default: found from the current directory)
  --seed <seed>           Seed for Prefer: dynamic=true, for repeatable generated bodies
  --docs-url <url>        Docs site base URL shown in the table (default ${DEFAULT_DOCS_URL}, or port $${DOCS_PORT_ENV} when set)
  --verbose               Log every request (off by default)
  --scenarios             List each vendor's scenarios (Prefer: code=/example=) and exit
  -h, --help              Show this help and exit

Example:
  vendor-mock hania --port hania=5010 --verbose
`;

/**
 * Parse the command line; an unknown flag or a malformed value is an error, never silently ignored (node's
 * strict parseArgs: its messages name the flag, e.g. "Unknown option '--prot'").
 */
export function parseArgs(argv: readonly string[]): CliArguments {
  const { values, positionals } = parseNodeArgs({
    args: [...argv],
    strict: true,
    allowPositionals: true,
    options: {
      port: { type: "string", multiple: true },
      host: { type: "string" },
      root: { type: "string" },
      seed: { type: "string" },
      "docs-url": { type: "string" },
      verbose: { type: "boolean", default: false },
      scenarios: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const ports: Record<string, number> = {};
  for (const value of values.port ?? []) {
    const at = value.indexOf("=");
    const vendor = at < 0 ? "" : value.slice(0, at);
    if (!vendor) throw new Error(`--port expects <vendor>=<port>, e.g. --port hania=5010.`);
    ports[vendor.toLowerCase()] = parsePort(value.slice(at + 1), `--port ${vendor}`);
  }
  return {
    vendors: positionals,
    ports,
    verbose: values.verbose,
    scenarios: values.scenarios,
    help: values.help,
    ...(values.host === undefined ? {} : { host: values.host }),
    ...(values.root === undefined ? {} : { root: values.root }),
    ...(values.seed === undefined ? {} : { seed: values.seed }),
    ...(values["docs-url"] === undefined ? {} : { docsUrl: values["docs-url"] }),
  };
}
