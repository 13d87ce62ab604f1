import { Agent, createServer, request as forward, type IncomingMessage, type ServerResponse } from "node:http";
import { MockStartError } from "../mock-start-error.js";
import { portEnvName } from "../ports/resolve-ports.js";
import { invalidRequestBody } from "./invalid-request-body.js";
import { requestViolations } from "./violations.js";

export interface GatewayOptions {
  readonly vendor: string;
  readonly host: string;
  /** The public port users call. */
  readonly port: number;
}

export interface GatewayTarget {
  /** Where Prism listens (loopback only). */
  readonly prismPort: number;
  /** JSON pointer to the vendor's error message in an error body (`x-envelope.error`), if the spec has one. */
  readonly errorPointer: string | undefined;
}

export interface Gateway {
  /** The port actually bound (differs from the option only when it was 0). */
  readonly port: number;
  /** Start relaying to Prism; until then requests get a 503. */
  forwardTo(target: GatewayTarget): void;
  close(): Promise<void>;
}

/**
 * The public port of one vendor's mock. It passes every request to Prism unchanged, except that an answer to
 * an invalid request gets a body naming the violations. Binding the public port ourselves, before Prism
 * starts, is also how a taken port is reported with the vendor's name instead of a Prism stack trace.
 */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const agent = new Agent({ keepAlive: true });
  let target: GatewayTarget | undefined;
  const server = createServer((req, res) => {
    if (target) relay(req, res, options.vendor, target, agent);
    else notReady(res, options.vendor);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => reject(listenError(options, error)));
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : options.port;
  return {
    port,
    forwardTo(next) {
      target = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}

function listenError(options: GatewayOptions, error: NodeJS.ErrnoException): MockStartError {
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

function notReady(res: ServerResponse, vendor: string): void {
  res.writeHead(503, { "content-type": "text/plain", "retry-after": "1" });
  res.end(`${vendor} mock: Prism is still starting.\n`);
}

function relay(req: IncomingMessage, res: ServerResponse, vendor: string, target: GatewayTarget, agent: Agent): void {
  const upstream = forward(
    { host: "127.0.0.1", port: target.prismPort, method: req.method, path: req.url, headers: req.headers, agent },
    (answer) => {
      const status = answer.statusCode ?? 502;
      const violations = status === 400 || status === 422 ? requestViolations(answer.headers["sl-violations"]) : [];
      if (violations.length === 0) {
        res.writeHead(status, answer.headers);
        answer.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      answer.on("end", () => {
        const original = { body: Buffer.concat(chunks).toString("utf8"), contentType: answer.headers["content-type"] };
        const { body, contentType } = invalidRequestBody(status, original, violations, target.errorPointer);
        const headers = { ...answer.headers, "content-type": contentType, "content-length": String(Buffer.byteLength(body)) };
        delete headers["transfer-encoding"];
        res.writeHead(status, headers);
        res.end(body);
      });
    },
  );
  upstream.on("error", (error) => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.writeHead(502, { "content-type": "text/plain" });
    res.end(`${vendor} mock: Prism is not reachable (${error.message}).\n`);
  });
  req.pipe(upstream);
}
