import { afterEach, describe, expect, it, vi } from "vitest";
import { createBrowserSession, createHyponemaClient } from "../../src/index.js";
import { sendJson, startRecordingServer, type RecordingServer } from "../support/test-server.js";

const API_KEY = "hyp_test_0123456789abcdef";
let server: RecordingServer | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await server?.close();
  server = undefined;
});

const created = {
  id: "sess_42",
  status: "pending",
  ws_url: "wss://api.hyponema.ai/v1/sessions/sess_42/ws?token=tok",
  chat_url: "wss://api.hyponema.ai/v1/sessions/sess_42/chat?token=tok",
  token: "tok",
  expires_at: "2026-01-01T12:00:00Z",
  agent_id: "agent_1",
  workspace_id: "ws_1",
};

describe("createBrowserSession()", () => {
  it("creates the session server-side and returns only the signed browser values", async () => {
    server = await startRecordingServer((_req, res) => sendJson(res, 200, created));
    const client = createHyponemaClient({ apiKey: API_KEY, baseUrl: server.origin, retries: 0 });
    const session = await createBrowserSession(client, { agent_id: "agent_1", user_id: "user_123", modality: "text", ttl_seconds: 900 });

    expect(session).toEqual({
      sessionId: "sess_42",
      status: "pending",
      wsUrl: created.ws_url,
      chatUrl: created.chat_url,
      token: "tok",
      expiresAt: "2026-01-01T12:00:00Z",
    });
    expect(JSON.stringify(session)).not.toContain(API_KEY);
    const request = server.requests[0]!;
    expect(request.url.pathname).toBe("/sessions");
    expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(JSON.parse(request.rawBody.toString("utf8"))).toEqual({ agent_id: "agent_1", user_id: "user_123", modality: "text", ttl_seconds: 900 });
  });

  it("fails loudly when the response lacks a signed URL instead of handing the browser half a session", async () => {
    const { ws_url: _dropped, ...withoutWsUrl } = created;
    server = await startRecordingServer((_req, res) => sendJson(res, 200, withoutWsUrl));
    const client = createHyponemaClient({ apiKey: API_KEY, baseUrl: server.origin, retries: 0 });
    await expect(createBrowserSession(client, { agent_id: "agent_1", user_id: "user_123" })).rejects.toThrow("createSession response has no ws_url");
  });

  it("needs a workspace key, and says where to put it before sending anything", async () => {
    vi.stubEnv("HYPONEMA_API_KEY", undefined);
    const fetch = vi.fn<typeof globalThis.fetch>();
    await expect(createBrowserSession(createHyponemaClient({ retries: 0, fetch }), { agent_id: "agent_1", user_id: "user_123" })).rejects.toThrow(/HYPONEMA_API_KEY/);
    expect(fetch).not.toHaveBeenCalled();
  });
});
