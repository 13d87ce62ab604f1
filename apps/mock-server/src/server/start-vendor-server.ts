import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import { decodeBody, queryOf, type MockEngine, type MockResponse } from "@vendor-sdks/mock-engine";
import { MockStartError } from "../mock-start-error.js";
import { portEnvName } from "../ports/resolve-ports.js";
import { corsHeaders, isPreflight, preflightHeaders } from "./cors.js";
import { readBody } from "./read-body.js";

export interface VendorServerOptions {
  readonly vendor: string;
  readonly host: string;
  /** The public port users call (0: any free port). */
  readonly port: number;
  /** Largest request body accepted; a larger one gets a 413. */
  readonly maxBodyBytes: number;
  /** How long a client may take to send a whole request (headers and body); then it gets a 408. */
  readonly requestTimeoutMs: number;
  /** One line per request on stdout. */
  readonly verbose: boolean;
}

export interface VendorServer {
  /** The port actually bound (differs from the option only when it was 0). */
  readonly port: number;
  /** Start answering with the vendor's engine; until then every request gets a 503 with `Retry-After`. */
  serve(engine: MockEngine): void;
  close(): Promise<void>;
}

/**
 * The public port of one vendor's mock, bound before the spec loads: a taken port is reported at once with the
 * vendor's name, and callers get a 503 they can retry instead of a refused connection while the spec loads.
 * Every request gets an answer: malformed JSON a 400, an oversized body a 413, a stalled client a 408, and
 * anything unexpected a 500, each in the vendor's error shape.
 */
export async function startVendorServer(options: VendorServerOptions): Promise<VendorServer> {
  let engine: MockEngine | undefined;
  const server = createServer(
    {
      requestTimeout: options.requestTimeoutMs,
      headersTimeout: Math.min(options.requestTimeoutMs, 60_000),
      // how often Node looks for timed-out requests (default 30 s, which would let a stalled client wait that long)
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, options.requestTimeoutMs / 4)),
    },
    (req, res) => {
      handle(req, res, options, engine).catch((error: unknown) => fail(res, engine, options.vendor, error));
    },
  );
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => reject(listenError(options, error)));
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : options.port;
  return {
    port,
    serve(next) {
      engine = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, options: VendorServerOptions, engine: MockEngine | undefined): Promise<void> {
  if (isPreflight(req.method, req.headers)) {
    res.writeHead(204, preflightHeaders(req.headers)).end();
    return;
  }
  const body = await readBody(req, options.maxBodyBytes);
  if (body.kind === "aborted") return; // the client left; nobody is there to answer
  if (!engine) {
    send(req, res, options, { status: 503, headers: { "retry-after": "1", "content-type": "text/plain" }, body: `${options.vendor} mock: the spec is still loading.\n` });
    return;
  }
  if (body.kind === "too-large") {
    const mib = options.maxBodyBytes / (1024 * 1024);
    const limit = Number.isInteger(mib) ? `${mib} MiB` : `${options.maxBodyBytes} bytes`;
    send(req, res, options, engine.errorResponse(413, `Request body is ${body.bytes} bytes; the mock accepts at most ${limit}.`));
    return;
  }
  const decoded = decodeBody(body.bytes, req.headers["content-type"]);
  if (!decoded.ok) {
    send(req, res, options, engine.errorResponse(400, decoded.message));
    return;
  }
  const url = new URL(req.url ?? "/", "http://mock.invalid");
  const gone = new AbortController();
  res.once("close", () => gone.abort()); // the client left (or the answer is done): a stream stops writing
  const answer = await engine.handle({
    method: req.method ?? "GET",
    path: url.pathname,
    query: queryOf(url.searchParams),
    headers: flatHeaders(req.headers),
    body: decoded.body,
    signal: gone.signal,
  });
  if (answer.stream) await sendStream(req, res, options, answer, answer.stream);
  else send(req, res, options, answer);
}

/** An event stream, each chunk flushed as the engine yields it; a chunk never waits behind Node's buffering. */
async function sendStream(req: IncomingMessage, res: ServerResponse, options: VendorServerOptions, answer: MockResponse, chunks: AsyncIterable<string>): Promise<void> {
  const headers: Record<string, string> = { ...corsHeaders(req.headers), ...answer.headers };
  delete headers["content-length"];
  res.writeHead(answer.status, headers);
  res.flushHeaders();
  if (options.verbose) process.stdout.write(`[${options.vendor}] ${req.method} ${req.url} -> ${answer.status} (stream)\n`);
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  for await (const chunk of chunks) {
    if (res.destroyed) break;
    res.write(chunk);
  }
  if (!res.destroyed) res.end();
}

function send(req: IncomingMessage, res: ServerResponse, options: VendorServerOptions, answer: MockResponse): void {
  if (res.headersSent) return;
  const headers: Record<string, string> = { ...corsHeaders(req.headers), ...answer.headers };
  if (answer.body !== undefined) headers["content-length"] = String(Buffer.byteLength(answer.body));
  delete headers["transfer-encoding"];
  res.writeHead(answer.status, headers);
  res.end(req.method === "HEAD" ? undefined : answer.body);
  if (options.verbose) process.stdout.write(`[${options.vendor}] ${req.method} ${req.url} -> ${answer.status}\n`);
}

function fail(res: ServerResponse, engine: MockEngine | undefined, vendor: string, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const message = `${vendor} mock failed on this request: ${error instanceof Error ? error.message : String(error)}`;
  const answer = engine?.errorResponse(500, message) ?? { status: 500, headers: { "content-type": "text/plain" }, body: `${message}\n` };
  res.writeHead(answer.status, answer.headers).end(answer.body);
}

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  return flat;
}

function listenError(options: VendorServerOptions, error: NodeJS.ErrnoException): MockStartError {
  const where = `${options.host}:${options.port}`;
  if (error.code === "EADDRINUSE") {
    return new MockStartError(
      options.vendor,
      `port ${options.port} is already in use (${where}). Stop what listens there, or choose another port with --port ${options.vendor}=<port> or ${portEnvName(options.vendor)}=<port>.`,
    );
  }
  if (error.code === "EACCES") return new MockStartError(options.vendor, `not allowed to listen on port ${options.port} (${where}).`);
  return new MockStartError(options.vendor, `cannot listen on ${where} (${error.message}).`);
}
