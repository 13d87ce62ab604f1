import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** The spec the fake vendor implements: bots (list + detail), usage, limits, and a write that must never be sent. */
export const driftSpec = {
  openapi: "3.1.0",
  info: { title: "Fake", version: "1" },
  servers: [{ url: "https://api.fake.test" }],
  security: [{ bearer: [] }],
  "x-envelope": { data: "/data" },
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

export interface FakeVendor {
  readonly url: string;
  readonly requests: { method: string; url: string; authorization: string | undefined }[];
  close(): Promise<void>;
}

/** The id of the first bot the fake lists: deliberately not the spec's example id (b1), so a detail request shows where its id came from. */
export const LISTED_BOT_ID = "b7";

/**
 * Serves the spec's example shapes (its bots have live ids, not the example's); with `drift` it breaks them the way
 * vendors do: a renamed field (getBot), a new enum value (listBots, in every item), a missing required field
 * (getUsage) and an undocumented status (getLimits). The first /usage call is rate limited with `Retry-After: 2`.
 */
export async function startFakeVendor(drift: boolean): Promise<FakeVendor> {
  const requests: FakeVendor["requests"] = [];
  let usageCalls = 0;
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
    if (req.method === "GET" && url.pathname === "/limits") return drift ? send(418, { error: "teapot" }) : send(200, { data: {} });
    send(404, { error: "not found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((r) => server.close(() => r())) };
}
