import { documentedExample, useMswServer } from "@vendor-sdks/test-kit/msw/msw-server";
import { describe, expect, it } from "vitest";
import { createHapiClient, specInfo } from "../src/index.js";
import { createHandlers, handlers } from "../src/msw.js";
import { mockDocument } from "../src/generated/mock-document.js";

// The handlers intercept the client's default base URL (the local hub's): no baseUrl is passed to the client below.
const server = useMswServer(handlers);

const hapi = createHapiClient({ accessToken: "msw-cli-token", retries: 0 });

describe("@vendor-sdks/hapi/msw", () => {
  it("answers listSessions, after the client's token exchange, with its documented example", async () => {
    const { response, data } = await hapi.GET("/api/sessions");
    expect(response.status).toBe(200);
    expect(Array.isArray(data?.sessions)).toBe(true);
    expect(data).toEqual(documentedExample(mockDocument, "/api/sessions", "get"));
  });

  it("answers a call without a credential with the hub's 401", async () => {
    const response = await fetch(`${specInfo.defaultBaseUrl}/api/sessions`);
    expect(response.status).toBe(401);
  });

  it("answers an invalid body with the hub's error shape naming the violation", async () => {
    const response = await fetch(`${specInfo.defaultBaseUrl}/api/sessions/s1/pin`, {
      method: "PUT",
      headers: { authorization: "Bearer msw-jwt", "content-type": "application/json" },
      body: JSON.stringify({ mode: "sideways" }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/mode/);
  });

  it("answers an override in place of the documented example", async () => {
    server.use(...createHandlers({ overrides: { listSessions: { status: 200, body: { sessions: [] } } } }));
    const { data } = await hapi.GET("/api/sessions");
    expect(data).toEqual({ sessions: [] });
  });
});
