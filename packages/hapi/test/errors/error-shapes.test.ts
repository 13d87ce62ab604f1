import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHapiClient, HapiApiError, type HapiClient, type HapiErrorBody } from "../../src/index.js";
import { FakeAuth } from "../support/fake-auth.js";
import { startHubServer, type HubServer, type Reply } from "../support/hub-server.js";

const ACCESS_TOKEN = "s3cret-access-token-value";
const SID = "5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90";
const S = { params: { path: { sessionId: SID } } };
const M = { params: { path: { machineId: "machine-devbox-1" } } };

interface Case {
  readonly name: string;
  readonly reply: Reply;
  readonly call: (c: HapiClient) => Promise<unknown>;
  readonly details: HapiErrorBody;
  readonly message: string;
  readonly code?: string;
}

// One case per error envelope the hub sends (hapi.md §2), each through the route that sends it.
const cases: Case[] = [
  {
    name: "409 session_inactive",
    reply: { status: 409, json: { error: "Session is inactive", code: "session_inactive" } },
    call: (c) => c.unwrap(c.POST("/api/sessions/{sessionId}/messages", { ...S, body: { text: "hi" } })),
    details: { kind: "error", error: "Session is inactive", code: "session_inactive" },
    message: "Session is inactive",
    code: "session_inactive",
  },
  {
    name: "400 with flattened issues",
    reply: { status: 400, json: { error: "Invalid query", issues: { formErrors: ["beforeSeq and beforeAt must be provided together"], fieldErrors: {} } } },
    call: (c) => c.unwrap(c.GET("/api/sessions/{sessionId}/messages", { params: { path: { sessionId: SID }, query: { beforeSeq: 3 } } })),
    details: { kind: "error", error: "Invalid query", issues: { formErrors: ["beforeSeq and beforeAt must be provided together"], fieldErrors: {} } },
    message: "Invalid query",
  },
  {
    name: "400 with an issue list",
    reply: { status: 400, json: { error: "Invalid body", issues: [{ code: "too_big", path: ["text"], message: "Too big" }] } },
    call: (c) => c.unwrap(c.POST("/api/sessions/{sessionId}/scratchlist", { ...S, body: { text: "x" } })),
    details: { kind: "error", error: "Invalid body", issues: [{ code: "too_big", path: ["text"], message: "Too big" }] },
    message: "Invalid body",
  },
  {
    name: "plain-text 500 from Hono",
    reply: { status: 500, text: "Internal Server Error" },
    call: (c) => c.unwrap(c.POST("/api/sessions/{sessionId}/abort", S)),
    details: { kind: "text", text: "Internal Server Error" },
    message: "Internal Server Error",
  },
  {
    name: "plain-text 404 from Hono",
    reply: { status: 404, text: "404 Not Found" },
    call: (c) => c.unwrap(c.GET("/api/sessions/{sessionId}", S)),
    details: { kind: "text", text: "404 Not Found" },
    message: "404 Not Found",
  },
  {
    name: "RPC failure with a code",
    reply: { status: 503, json: { success: false, error: "RPC handler not registered", code: "rpc_target_missing" } },
    call: (c) => c.unwrap(c.GET("/api/machines/{machineId}/codex-models", M)),
    details: { kind: "rpc-failure", error: "RPC handler not registered", code: "rpc_target_missing" },
    message: "RPC handler not registered",
    code: "rpc_target_missing",
  },
  {
    name: "voice token refusal",
    reply: { status: 400, json: { allowed: false, error: "ElevenLabs API key not configured" } },
    call: (c) => c.unwrap(c.POST("/api/voice/token", { body: {} })),
    details: { kind: "voice-denied", error: "ElevenLabs API key not configured" },
    message: "ElevenLabs API key not configured",
  },
  {
    name: "telemetry refusal",
    reply: { status: 400, json: { ok: false, error: "Invalid telemetry payload" } },
    call: (c) => c.unwrap(c.POST("/api/voice/telemetry", { body: { stage: "s", message: "m" } })),
    details: { kind: "telemetry-rejected", error: "Invalid telemetry payload" },
    message: "Invalid telemetry payload",
  },
  {
    name: "export too large",
    reply: {
      status: 413,
      json: { type: "too-large", error: "Session export exceeds the resource limit", code: "session_export_too_large", count: 9, estimatedBytes: 200, maxBytes: 100 },
    },
    call: (c) => c.unwrap(c.GET("/api/sessions/{sessionId}/export", S)),
    details: {
      kind: "export-too-large",
      type: "too-large",
      error: "Session export exceeds the resource limit",
      code: "session_export_too_large",
      count: 9,
      estimatedBytes: 200,
      maxBytes: 100,
    },
    message: "Session export exceeds the resource limit",
    code: "session_export_too_large",
  },
  {
    name: "reopen with missing metadata",
    reply: { status: 422, json: { error: "Session metadata is incomplete", missing: ["machineId"] } },
    call: (c) => c.unwrap(c.POST("/api/sessions/{sessionId}/reopen", S)),
    details: { kind: "reopen-incomplete", error: "Session metadata is incomplete", missing: ["machineId"] },
    message: "Session metadata is incomplete",
  },
  {
    name: "rewind failure",
    reply: { status: 500, json: { error: "Failed to rebuild history", hydrateFailed: true } },
    call: (c) => c.unwrap(c.POST("/api/sessions/{sessionId}/rewind", { ...S, body: { messageLocalId: "l1" } })),
    details: { kind: "rewind-failure", error: "Failed to rebuild history", hydrateFailed: true },
    message: "Failed to rebuild history",
  },
  {
    name: "migration refused",
    reply: { status: 409, json: { ok: false, sessionId: SID, reason: "not_cursor_session", message: "Session is not a Cursor session", durationMs: 3 } },
    call: (c) => c.unwrap(c.POST("/api/sessions/{sessionId}/migrate-to-acp", { ...S, body: {} })),
    details: { kind: "migration-refused", ok: false, sessionId: SID, reason: "not_cursor_session", message: "Session is not a Cursor session", durationMs: 3 },
    message: "Session is not a Cursor session",
  },
];

let server: HubServer;
let client: HapiClient;
let current: Reply;
beforeAll(async () => {
  const auth = new FakeAuth(ACCESS_TOKEN);
  server = await startHubServer((req) => auth.exchange(req) ?? current);
  client = createHapiClient({ accessToken: ACCESS_TOKEN, baseUrl: server.baseUrl, retries: 0 });
});
afterAll(() => server.close());

describe("error shapes", () => {
  for (const c of cases) {
    it(`parses ${c.name}`, async () => {
      current = c.reply;
      const error = await c.call(client).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HapiApiError);
      const apiError = error as HapiApiError;
      expect(apiError.status).toBe(c.reply.status);
      expect(apiError.details).toEqual(c.details);
      expect(apiError.message).toContain(c.message);
      expect(apiError.code).toBe(c.code);
    });
  }

  it("flags the inactive-session and not-connected cases", async () => {
    current = { status: 409, json: { error: "Session is inactive", code: "session_inactive" } };
    const inactive = (await client.unwrap(client.POST("/api/sessions/{sessionId}/abort", S)).catch((e: unknown) => e)) as HapiApiError;
    current = { status: 503, json: { error: "Not connected" } };
    const starting = (await client.unwrap(client.GET("/api/sessions")).catch((e: unknown) => e)) as HapiApiError;
    expect([inactive.isSessionInactive, inactive.isNotConnected]).toEqual([true, false]);
    expect([starting.isSessionInactive, starting.isNotConnected]).toEqual([false, true]);
  });
});
