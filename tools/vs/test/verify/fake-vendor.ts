import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

const tickEvent = {
  type: "object",
  required: ["event", "data"],
  properties: { event: { const: "tick" }, data: { type: "object", required: ["n"], properties: { n: { type: "integer" } } } },
};

/**
 * The spec the fake vendor implements: bots (list + detail), usage, limits, a stream of tick events, a search whose
 * required parameter has no example, and a write that must never be sent.
 */
export const driftSpec = {
  openapi: "3.1.0",
  info: { title: "Fake", version: "1" },
  servers: [{ url: "https://api.fake.test/v1" }],
  security: [{ bearer: [] }],
  "x-envelope": { data: "/data", error: "/error", code: "/code" },
  paths: {
    "/bots": {
      get: {
        operationId: "listBots",
        responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/BotList" }, example: { success: true, data: [{ id: "b1", name: "Support", status: "active" }] } } } } },
      },
      post: { operationId: "createBot", requestBody: { content: { "application/json": { example: { name: "x" } } } }, responses: { "200": { content: { "application/json": {} } } } },
    },
    "/bots/{id}": {
      get: {
        operationId: "getBot",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" }, example: "b1" }],
        responses: {
          "200": { content: { "application/json": { schema: { type: "object", properties: { data: { $ref: "#/components/schemas/Bot" } } }, example: { success: true, data: { id: "b1", name: "Support", status: "active" } } } } },
          "404": { content: { "application/json": {} } },
        },
      },
    },
    "/usage": {
      get: {
        operationId: "getUsage",
        parameters: [{ name: "period", in: "query", required: true, schema: { type: "string", enum: ["day", "month"] } }],
        responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/Usage" }, example: { data: { period: "day", count: 3 } } } } } },
      },
    },
    "/limits": { get: { operationId: "getLimits", responses: { "200": { content: { "application/json": { example: { data: {} } } } } } } },
    "/search": {
      get: {
        operationId: "searchBots",
        parameters: [{ name: "q", in: "query", required: true, schema: { type: "string" } }],
        responses: { "200": { content: { "application/json": {} } } },
      },
    },
    "/events": {
      get: {
        operationId: "streamEvents",
        responses: { "200": { content: { "text/event-stream": { schema: { anyOf: [{ type: "string" }, tickEvent] }, example: 'event: tick\ndata: {"n":1}\n\n' } } } },
      },
    },
  },
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    schemas: {
      Bot: { type: "object", required: ["id", "name", "status"], properties: { id: { type: "string" }, name: { type: "string" }, status: { type: "string", enum: ["active", "inactive"] } } },
      BotList: { type: "object", properties: { data: { type: "array", items: { $ref: "#/components/schemas/Bot" } } } },
      Usage: { type: "object", properties: { data: { type: "object", required: ["period", "count"], properties: { period: { type: "string" }, count: { type: "integer" } } } } },
    },
  },
} as const;

export interface FakeVendorOptions {
  /** Break the spec's shapes the way vendors do (see startFakeVendor). */
  readonly drift?: boolean;
  /** Answer /limits with HTTP 200 carrying the vendor's failure envelope. */
  readonly failureEnvelope?: boolean;
  /** Answer /limits with headers and half a body, then nothing. */
  readonly stallBody?: boolean;
}

export interface FakeVendor {
  readonly url: string;
  readonly requests: { method: string; url: string; authorization: string | undefined }[];
  /** Event streams the server opened that the client has since closed. */
  readonly closedStreams: () => number;
  close(): Promise<void>;
}

/** The id of the first bot the fake lists: deliberately not the spec's example id (b1), so a detail request shows where its id came from. */
export const LISTED_BOT_ID = "b7";

/** Events the fake's stream sends before it goes quiet (it never ends on its own, like a live stream). */
export const STREAMED_EVENTS = 2;

/**
 * Serves the spec's example shapes (its bots have live ids, not the example's); with `drift` it breaks them the way
 * vendors do: a renamed field (getBot), a new enum value (listBots, in every item), a missing required field
 * (getUsage), an undocumented status (getLimits) and a stream event whose data has the wrong type. The first
 * /usage call is rate limited with `Retry-After: 2`. Paths it does not serve answer 404.
 */
export async function startFakeVendor(options: FakeVendorOptions = {}): Promise<FakeVendor> {
  const { drift = false } = options;
  const requests: FakeVendor["requests"] = [];
  let usageCalls = 0;
  let closedStreams = 0;
  const server: Server = createServer((req: IncomingMessage, res) => {
    requests.push({ method: req.method ?? "", url: req.url ?? "", authorization: req.headers.authorization });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== "Bearer sk_test") return send(401, { error: "unauthorized" });
    const url = new URL(req.url ?? "/", "http://x");
    if (req.method === "GET" && url.pathname === "/bots") {
      return send(200, { success: true, data: [{ id: LISTED_BOT_ID, name: "Support", status: drift ? "archived" : "active" }, { id: "b2", name: "Sales", status: drift ? "archived" : "inactive" }] });
    }
    if (req.method === "GET" && url.pathname === `/bots/${LISTED_BOT_ID}`) {
      return send(200, { success: true, data: drift ? { id: LISTED_BOT_ID, display_name: "Support", status: "active" } : { id: LISTED_BOT_ID, name: "Support", status: "active" } });
    }
    if (req.method === "GET" && url.pathname === "/usage" && url.searchParams.get("period") === "day") {
      if (usageCalls++ === 0) return send(429, { error: "slow down" }, { "retry-after": "2" });
      return send(200, { data: drift ? { count: 3 } : { period: "day", count: 3 } });
    }
    if (req.method === "GET" && url.pathname === "/limits") {
      if (options.failureEnvelope) return send(200, { success: false, error: "quota service unavailable", code: "upstream_down" });
      if (options.stallBody) return void res.writeHead(200, { "content-type": "application/json" }).write('{"data": ');
      return drift ? send(418, { error: "teapot" }) : send(200, { data: {} });
    }
    if (req.method === "GET" && url.pathname === "/events") {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      res.write(': connected\n\nevent: tick\ndata: {"n":1}\n\n');
      res.write(`event: tick\ndata: ${drift ? '{"n":"two"}' : '{"n":2}'}\n\n`);
      res.on("close", () => closedStreams++);
      return; // never ends: the client must stop reading
    }
    send(404, { error: "not found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    closedStreams: () => closedStreams,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A loopback URL where nothing listens: a port the system handed out and that was closed again. */
export async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
