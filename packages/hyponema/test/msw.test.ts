import { documentedExample, useMswServer } from "@vendor-sdks/test-kit/msw/msw-server";
import { describe, expect, it } from "vitest";
import { chat, createHyponemaClient, specInfo, type ChatEvent } from "../src/index.js";
import { createHandlers, handlers } from "../src/msw.js";
import { mockDocument } from "../src/generated/mock-document.js";

// The handlers intercept the client's default base URL: no baseUrl is passed to the client below.
const server = useMswServer(handlers);

const hyponema = createHyponemaClient({ apiKey: "hyp_msw", retries: 0 });

describe("@vendor-sdks/hyponema/msw", () => {
  it("answers listPhoneNumbers for a client made with defaults with a 2xx and its documented example", async () => {
    const { response, data } = await hyponema.GET("/workspaces/{ws}/phone-numbers", { params: { path: { ws: "ws_1" } } });
    expect(response.status).toBe(200);
    expect(data).toEqual(documentedExample(mockDocument, "/workspaces/{ws}/phone-numbers", "get"));
  });

  it("streams the POST chat turn through MSW as events, turn_start first and turn_end last", async () => {
    const events: ChatEvent[] = [];
    for await (const event of chat(hyponema, "s_1", "Can you summarize our last conversation?")) events.push(event);
    expect(events.length).toBeGreaterThanOrEqual(5);
    expect(events[0]?.event).toBe("turn_start");
    expect(events.some((e) => e.event === "token")).toBe(true);
    expect(events.at(-1)?.event).toBe("turn_end");
  });

  it("answers a call without a credential with a 401", async () => {
    const response = await fetch(`${specInfo.defaultBaseUrl}/workspaces/ws_1/phone-numbers`);
    expect(response.status).toBe(401);
  });

  it("answers an invalid chat body with an error naming the violation", async () => {
    const response = await fetch(`${specInfo.defaultBaseUrl}/sessions/s_1/messages`, {
      method: "POST",
      headers: { authorization: "Bearer hyp_msw", "content-type": "application/json" },
      body: JSON.stringify({ text: "" }),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.status).toBe(422); // no 400/422 documented for it: the engine answers 422 (as the mock server does)
    expect(await response.text()).toMatch(/text/);
  });

  it("answers an override in place of the documented example", async () => {
    server.use(...createHandlers({ overrides: { getSession: { status: 200, body: { id: "s_override", status: "in_progress" } } } }));
    const { data } = await hyponema.GET("/sessions/{session_id}", { params: { path: { session_id: "s_override" } } });
    expect(data?.id).toBe("s_override");
    expect(data).toEqual({ id: "s_override", status: "in_progress" });
  });
});
