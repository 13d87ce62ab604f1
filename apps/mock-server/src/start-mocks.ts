import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_HOST, defaultDocsUrl } from "./defaults.js";
import { startGateway, type Gateway } from "./gateway/start-gateway.js";
import { MocksFailedError, MockStartError } from "./mock-start-error.js";
import { findFreePort } from "./ports/free-port.js";
import { resolvePorts } from "./ports/resolve-ports.js";
import { startPrism, type PrismProcess } from "./prism/start-prism.js";
import { withGeneratorHints } from "./spec/generator-hints.js";
import { loadBundledSpec, type OpenApiDocument } from "./spec/load-bundled-spec.js";
import { envelopeErrorPointer } from "./spec/read-document.js";
import { discoverVendors, selectVendors, type MockVendor } from "./workspace/discover-vendors.js";
import { findWorkspaceRoot } from "./workspace/find-root.js";

export interface StartMocksOptions {
  /** The vendor-sdks workspace; found from the current directory when omitted. */
  readonly root?: string;
  /** Vendor names to serve; every vendor in the workspace when omitted or empty. */
  readonly vendors?: readonly string[];
  /**
   * Per-vendor port overrides; they beat `MOCK_PORT_<VENDOR>` and the spec package's `mockPort`. A name that is
   * not a vendor of the workspace is an error.
   */
  readonly ports?: Readonly<Record<string, number>>;
  /** Where `MOCK_PORT_<VENDOR>` and `DOCS_PORT` are read from. Defaults to `process.env`. */
  readonly env?: NodeJS.ProcessEnv;
  /** Interface the mocks listen on. Defaults to 127.0.0.1. */
  readonly host?: string;
  /** Prism's request log on stdout. Off by default: it costs throughput and buries other output. */
  readonly verbose?: boolean;
  /** Seed for `Prefer: dynamic=true`, making generated bodies repeatable. */
  readonly seed?: string;
  /**
   * Base URL of the docs site; each vendor's page is `<docsUrl>/<vendor>/`. Defaults to 127.0.0.1 on `DOCS_PORT`
   * (else 4000), where `vs start` serves the docs.
   */
  readonly docsUrl?: string;
  /** How long one Prism may take to load its spec. Defaults to 90 s (a loaded CI machine can be slow). */
  readonly startTimeoutMs?: number;
  /** A Prism that dies after startup. The default prints the reason to stderr. */
  readonly onUnexpectedExit?: (error: MockStartError) => void;
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
  /** Stops every Prism and frees every port. Safe to call more than once. */
  stop(): Promise<void>;
}

export { DEFAULT_DOCS_URL, DEFAULT_HOST } from "./defaults.js";

/**
 * Serve a Prism mock of each selected vendor from its bundled spec. Resolves once every mock answers;
 * rejects with {@link MocksFailedError} naming each vendor that could not start, after stopping the rest.
 */
export async function startMocks(options: StartMocksOptions = {}): Promise<RunningMocks> {
  const root = options.root ?? findWorkspaceRoot(process.cwd());
  const host = options.host ?? DEFAULT_HOST;
  const env = options.env ?? process.env;
  const docsUrl = (options.docsUrl ?? defaultDocsUrl(env)).replace(/\/+$/, "");
  const discovered = discoverVendors(root);
  const vendors = selectVendors(discovered, options.vendors ?? []);
  if (vendors.length === 0) throw new Error(`No vendors found under ${root}/specs.`);
  const ports = resolvePorts(vendors, options.ports ?? {}, env, discovered);
  const onUnexpectedExit = options.onUnexpectedExit ?? ((error: MockStartError) => process.stderr.write(`${error.message}\n`));

  const gateways: Gateway[] = [];
  const prisms: PrismProcess[] = [];
  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopped ??= Promise.all([...prisms.map((p) => p.stop()), ...gateways.map((g) => g.close())]).then(() => undefined));

  try {
    // Ports first: a taken port is the most common failure and needs no spec loading to find.
    const bound = await settleAll(
      vendors.map(async (vendor) => {
        // resolvePorts has an entry for every vendor it was given
        const gateway = await startGateway({ vendor: vendor.name, host, port: ports.get(vendor.name) as number });
        gateways.push(gateway);
        return { vendor, gateway };
      }),
    );
    const documents = await settleAll(bound.map(({ vendor }) => loadBundledSpec(vendor, root)));
    await settleAll(
      bound.map(async ({ vendor, gateway }, i) => {
        const prismPort = await findFreePort("127.0.0.1");
        const prism = await startPrism({
          vendor: vendor.name,
          document: servedFile(vendor, documents[i] as OpenApiDocument, root),
          host: "127.0.0.1",
          port: prismPort,
          verbose: options.verbose ?? false,
          ...(options.seed === undefined ? {} : { seed: options.seed }),
          startTimeoutMs: options.startTimeoutMs ?? 90_000,
          onUnexpectedExit: (reason) => onUnexpectedExit(new MockStartError(vendor.name, reason)),
        });
        prisms.push(prism);
        gateway.forwardTo({ prismPort, errorPointer: envelopeErrorPointer(documents[i] as OpenApiDocument) });
      }),
    );
    const servers = bound.map(({ vendor, gateway }) => describeServer(vendor, host, gateway.port, docsUrl));
    return { servers, stop };
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

/**
 * The file Prism serves: the bundle itself (Prism then reloads it when it is re-bundled), or a copy with
 * generator hints in the workspace's tool cache, replaced atomically because another run may be reading it.
 */
function servedFile(vendor: MockVendor, document: OpenApiDocument, root: string): string {
  const hinted = withGeneratorHints(document);
  if (!hinted) return vendor.bundledJson;
  const dir = join(root, "node_modules", ".cache", "vendor-mock");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${vendor.name}.openapi.json`);
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(hinted));
  renameSync(partial, file);
  return file;
}
