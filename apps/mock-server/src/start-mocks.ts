import { DEFAULT_HOST, DEFAULT_MAX_BODY_BYTES, DEFAULT_REQUEST_TIMEOUT_MS, defaultDocsUrl } from "./defaults.js";
import { createMockEngine, withGeneratorHints } from "@vendor-sdks/mock-engine";
import { MocksFailedError, MockStartError } from "./mock-start-error.js";
import { resolvePorts } from "./ports/resolve-ports.js";
import { startVendorServer, type VendorServer } from "./server/start-vendor-server.js";
import { loadBundledSpec } from "./spec/load-bundled-spec.js";
import { selectVendors, type MockVendor } from "./workspace/discover-vendors.js";
import { findWorkspaceRootOrUndefined } from "./workspace/find-root.js";
import { knownVendors } from "./workspace/known-vendors.js";

export interface StartMocksOptions {
  /** A vendor-sdks workspace whose `specs/*` are served; found from the current directory when omitted. */
  readonly root?: string;
  /** Vendor names to serve; every known vendor when omitted or empty. */
  readonly vendors?: readonly string[];
  /** OpenAPI 3.x files (JSON or YAML) to serve too, each as a vendor named after its file. */
  readonly specs?: readonly string[];
  /**
   * Per-vendor port overrides; they beat `MOCK_PORT_<VENDOR>` and the spec package's `mockPort`. A name that is
   * not a known vendor is an error.
   */
  readonly ports?: Readonly<Record<string, number>>;
  /** Where `MOCK_PORT_<VENDOR>` and `DOCS_PORT` are read from. Defaults to `process.env`. */
  readonly env?: NodeJS.ProcessEnv;
  /** Interface the mocks listen on. Defaults to 127.0.0.1. */
  readonly host?: string;
  /** One log line per request on stdout. Off by default: it costs throughput and buries other output. */
  readonly verbose?: boolean;
  /** Seed for `Prefer: dynamic=true`, making generated bodies repeatable. */
  readonly seed?: string;
  /** Answer every call with the documented example, remembering no writes. Off by default (state per credential). */
  readonly stateless?: boolean;
  /** Milliseconds between two events of a stream, unless a request's `Prefer: stream-delay` says otherwise. */
  readonly streamDelayMs?: number;
  /**
   * Base URL of the docs site; each vendor's page is `<docsUrl>/<vendor>/`. Defaults to 127.0.0.1 on `DOCS_PORT`
   * (else 4000), where `vs start` serves the docs.
   */
  readonly docsUrl?: string;
  /** Largest request body accepted (larger: 413). Defaults to 10 MiB, Prism's own limit. */
  readonly maxBodyBytes?: number;
  /** How long a client may take to send one request before it gets a 408. Defaults to 10 s. */
  readonly requestTimeoutMs?: number;
}

export interface MockServer {
  readonly vendor: string;
  readonly url: string;
  readonly port: number;
  /** The vendor's page on the docs site. */
  readonly docsUrl: string;
}

export interface RunningMocks {
  readonly servers: readonly MockServer[];
  /** Closes every port. Safe to call more than once. */
  stop(): Promise<void>;
}

export { DEFAULT_DOCS_URL, DEFAULT_HOST, DEFAULT_MAX_BODY_BYTES, DEFAULT_REQUEST_TIMEOUT_MS } from "./defaults.js";

/**
 * Serve a mock of each selected vendor, all in this process: one HTTP server per port in front of Prism's
 * engine (prism-http). Ports are bound first (a taken one fails at once) and answer 503 while the specs load;
 * resolves once every mock answers, or rejects with {@link MocksFailedError} naming each vendor that could not
 * start, after closing the rest.
 */
export async function startMocks(options: StartMocksOptions = {}): Promise<RunningMocks> {
  const root = options.root ?? findWorkspaceRootOrUndefined(process.cwd());
  const host = options.host ?? DEFAULT_HOST;
  const env = options.env ?? process.env;
  const docsUrl = (options.docsUrl ?? defaultDocsUrl(env)).replace(/\/+$/, "");
  const known = knownVendors(root, options.specs ?? []);
  const fromFiles = known.filter((v) => v.origin === "file");
  const named = options.vendors ?? [];
  // `--spec` alone serves only those files; naming vendors adds them
  const vendors = named.length === 0 && fromFiles.length > 0 ? fromFiles : [...selectVendors(known, named), ...(named.length > 0 ? fromFiles : [])];
  if (vendors.length === 0) {
    throw new Error(
      root === undefined
        ? "No vendors found: install the spec packages (@vendor-sdks/<vendor>-openapi), pass --spec <file>, or run inside a vendor-sdks checkout (--root)."
        : `No vendors found under ${root}/specs.`,
    );
  }
  const ports = resolvePorts(vendors, options.ports ?? {}, env, known);

  const servers: VendorServer[] = [];
  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => (stopped ??= Promise.all(servers.map((s) => s.close())).then(() => undefined));

  try {
    // Ports first: a taken port is the most common failure and needs no spec loading to find.
    const bound = await settleAll(
      vendors.map(async (vendor) => {
        const server = await startVendorServer({
          vendor: vendor.name,
          host,
          port: ports.get(vendor.name) as number, // resolvePorts has an entry for every vendor it was given
          maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
          requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
          verbose: options.verbose ?? false,
        });
        servers.push(server);
        return { vendor, server };
      }),
    );
    await settleAll(
      bound.map(async ({ vendor, server }) => {
        const document = await loadBundledSpec(vendor, root);
        try {
          // the generator needs hints for OpenAPI 3.1's numeric exclusive bounds (see generator-hints.ts)
          const engine = createMockEngine({
            document: withGeneratorHints(document) ?? document,
            state: options.stateless !== true,
            ...(options.seed === undefined ? {} : { seed: options.seed }),
            ...(options.streamDelayMs === undefined ? {} : { streamDelayMs: options.streamDelayMs }),
          });
          server.serve(engine);
        } catch (error) {
          throw new MockStartError(vendor.name, `could not prepare ${vendor.bundledJson} (${(error as Error).message})`);
        }
      }),
    );
    return { servers: bound.map(({ vendor, server }) => describeServer(vendor, host, server.port, docsUrl)), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Wait for every task, then fail with every vendor's reason at once rather than only the first. */
async function settleAll<T>(tasks: readonly Promise<T>[]): Promise<T[]> {
  const results = await Promise.allSettled(tasks);
  const failures = results.flatMap((r) => (r.status === "rejected" ? [asStartError(r.reason)] : []));
  if (failures.length > 0) throw new MocksFailedError(failures);
  return results.map((r) => (r as PromiseFulfilledResult<T>).value);
}

function asStartError(reason: unknown): MockStartError {
  if (reason instanceof MockStartError) return reason;
  return new MockStartError("mock-server", reason instanceof Error ? reason.message : String(reason));
}

function describeServer(vendor: MockVendor, host: string, port: number, docsUrl: string): MockServer {
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return { vendor: vendor.name, port, url: `http://${urlHost}:${port}`, docsUrl: `${docsUrl}/${vendor.name}/` };
}
