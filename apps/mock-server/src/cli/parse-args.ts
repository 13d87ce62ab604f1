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
  --help                  Show this help
`;

/** Parse the command line; an unknown flag or a malformed value is an error, never silently ignored. */
export function parseArgs(argv: readonly string[]): CliArguments {
  const vendors: string[] = [];
  const ports: Record<string, number> = {};
  const flags: { host?: string; root?: string; seed?: string; docsUrl?: string } = {};
  let verbose = false;
  let help = false;
  let scenarios = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inlineValue] = arg.startsWith("--") && arg.includes("=") ? splitOnce(arg) : [arg, undefined];
    const value = (): string => {
      const next = inlineValue ?? argv[++i];
      if (next === undefined || next.startsWith("--")) throw new Error(`${flag} needs a value.`);
      return next;
    };
    switch (flag) {
      case "--port": {
        const [vendor, port] = splitOnce(value());
        if (!vendor || port === undefined) throw new Error(`--port expects <vendor>=<port>, e.g. --port hania=5010.`);
        ports[vendor.toLowerCase()] = parsePort(port, `--port ${vendor}`);
        break;
      }
      case "--host":
        flags.host = value();
        break;
      case "--root":
        flags.root = value();
        break;
      case "--seed":
        flags.seed = value();
        break;
      case "--docs-url":
        flags.docsUrl = value();
        break;
      case "--verbose":
        verbose = true;
        break;
      case "--scenarios":
        scenarios = true;
        break;
      case "--help":
      case "-h":
        help = true;
        break;
      default:
        if (arg.startsWith("-")) throw new Error(`Unknown option ${arg}.`);
        vendors.push(arg);
    }
  }
  return { vendors, ports, verbose, scenarios, help, ...flags };
}

function splitOnce(text: string): [string, string | undefined] {
  const at = text.indexOf("=");
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
