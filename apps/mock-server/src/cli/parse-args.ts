import { parseArgs as parseNodeArgs } from "node:util";
import { DEFAULT_STREAM_DELAY_MS, MAX_DELAY_MS } from "@vendor-sdks/mock-engine";
import { DEFAULT_DOCS_URL, DEFAULT_HOST, DEFAULT_REQUEST_TIMEOUT_MS, DOCS_PORT_ENV } from "../defaults.js";
import { parsePort } from "../ports/resolve-ports.js";

export interface CliArguments {
  readonly vendors: string[];
  /** OpenAPI files to serve (`--spec`, repeatable). */
  readonly specs: string[];
  readonly ports: Record<string, number>;
  readonly host?: string;
  readonly root?: string;
  readonly seed?: string;
  readonly docsUrl?: string;
  readonly verbose: boolean;
  readonly requestTimeoutMs?: number;
  /** Answer every call with the documented example; nothing is remembered. */
  readonly stateless: boolean;
  /** Milliseconds between two events of a stream unless a request's `Prefer: stream-delay` says otherwise. */
  readonly streamDelayMs?: number;
  /** Print each vendor's scenarios (statuses and named examples) instead of starting mocks. */
  readonly scenarios: boolean;
  readonly help: boolean;
}

export const USAGE = `Usage: vendor-mock [vendor...] [options]

Serves a mock of every vendor (or only the named ones), all in one process with Prism's engine: the vendors of
the vendor-sdks workspace around the current directory, else the installed @vendor-sdks/<vendor>-openapi packages.

Options:
  --spec <file>           Also serve this OpenAPI 3.x file (JSON or YAML; repeatable), named after the file, on 4020+
  --port <vendor>=<port>  Port for one vendor (repeatable). Env: MOCK_PORT_<VENDOR>=<port>
  --host <host>           Interface to listen on (default ${DEFAULT_HOST})
  --root <dir>            The vendor-sdks workspace (default: found from the current directory)
  --seed <seed>           Seed for Prefer: dynamic=true, for repeatable generated bodies
  --docs-url <url>        Docs site base URL shown in the table (default ${DEFAULT_DOCS_URL}, or port $${DOCS_PORT_ENV} when set)
  --verbose               Log every request (off by default)
  --stateless             Answer every call with the documented example; remember no writes (default: state per credential)
  --stream-delay <ms>     Pause between two events of a stream (default ${DEFAULT_STREAM_DELAY_MS}; Prefer: stream-delay=<ms> per request)
  --request-timeout <ms>  Answer 408 to a client still sending its request after this long (default ${DEFAULT_REQUEST_TIMEOUT_MS})
  --scenarios             List each vendor's scenarios (Prefer, streams, state, faults, webhooks) and exit
  -h, --help              Show this help and exit

Example:
  vendor-mock hania --port hania=5010 --verbose
  vendor-mock --spec ./acme.yaml --port acme=4020
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
      spec: { type: "string", multiple: true },
      "request-timeout": { type: "string" },
      "stream-delay": { type: "string" },
      stateless: { type: "boolean", default: false },
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
  const timeout = values["request-timeout"];
  if (timeout !== undefined && !/^[1-9]\d*$/.test(timeout)) throw new Error(`--request-timeout expects milliseconds (a positive integer), got "${timeout}".`);
  const streamDelay = values["stream-delay"];
  if (streamDelay !== undefined && (!/^\d+$/.test(streamDelay) || Number(streamDelay) > MAX_DELAY_MS)) {
    throw new Error(`--stream-delay expects milliseconds from 0 to ${MAX_DELAY_MS}, got "${streamDelay}".`);
  }
  return {
    vendors: positionals,
    stateless: values.stateless,
    ...(streamDelay === undefined ? {} : { streamDelayMs: Number(streamDelay) }),
    specs: values.spec ?? [],
    ...(timeout === undefined ? {} : { requestTimeoutMs: Number(timeout) }),
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
