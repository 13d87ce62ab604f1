import { describe, expect, it } from "vitest";
import type { CallPlan } from "../../src/smoke/call-plan.ts";
import { mswConsumerScript, mswFailures, planStream, type StreamPlan } from "../../src/smoke/msw-consumer.ts";

const eventSchema = { anyOf: [{ type: "string" }, { type: "object", properties: { event: { enum: ["turn_start", "turn_end", "error"] } } }] };
const streamed = (extra: Record<string, unknown> = {}) => ({
  "200": { description: "events", content: { "text/event-stream": { schema: eventSchema, ...extra } } },
});
const doc = {
  openapi: "3.1.0",
  paths: {
    "/events": { get: { operationId: "watch", responses: streamed() } },
    "/sessions/{id}/messages": {
      post: {
        operationId: "chat",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" }, example: "s1" }],
        requestBody: { required: true, content: { "application/json": { schema: { type: "object" }, example: { text: "hi" } } } },
        responses: streamed({ "x-stream-events": { terminal: ["turn_end"], error: ["error"] } }),
      },
    },
  },
};
const call: CallPlan = { vendor: "acme", clientPackage: "@vendor-sdks/acme", factory: "createAcmeClient", credentialOption: "apiKey", operationId: "list", path: "/things", params: {}, successStatus: 200 };

describe("planStream", () => {
  it("picks the first streamed POST with an example request, needing a turn's five events when the spec names a terminal event", () => {
    expect(planStream("acme", doc)).toEqual({ vendor: "acme", operationId: "chat", path: "/sessions/{id}/messages", params: { path: { id: "s1" } }, body: { text: "hi" }, minEvents: 5 });
  });

  it("is undefined for a spec without a streamed POST", () => {
    expect(planStream("acme", { openapi: "3.1.0", paths: { "/events": doc.paths["/events"] } })).toBeUndefined();
  });
});

describe("mswConsumerScript", () => {
  it("imports every client and its ./msw handlers into one setupServer that fails unhandled requests", () => {
    const script = mswConsumerScript([call], [], "secret");
    expect(script).toContain('import { handlers as handlers0 } from "@vendor-sdks/acme/msw";');
    expect(script).toContain("setupServer(...handlers0)");
    expect(script).toContain('onUnhandledRequest: "error"');
    // a client made with defaults: the credential and no retries, never a baseUrl
    expect(script).not.toContain("baseUrl");
  });
});

describe("mswFailures", () => {
  const stream: StreamPlan = { vendor: "acme", operationId: "chat", path: "/sessions/{id}/messages", params: {}, body: {}, minEvents: 5 };

  it("is empty when the list call got its documented answer and the stream enough events", () => {
    expect(mswFailures([call], [stream], [{ vendor: "acme", kind: "list", status: 200, hasData: true }, { vendor: "acme", kind: "stream", status: 200, events: 7, frames: 7 }])).toEqual([]);
  });

  it("takes any frame, a comment line included, from a stream that is not a turn", () => {
    const other = { ...stream, minEvents: 0 };
    expect(mswFailures([call], [other], [{ vendor: "acme", kind: "list", status: 200, hasData: true }, { vendor: "acme", kind: "stream", status: 200, events: 0, frames: 1 }])).toEqual([]);
    expect(mswFailures([call], [other], [{ vendor: "acme", kind: "list", status: 200, hasData: true }, { vendor: "acme", kind: "stream", status: 200, events: 0, frames: 0 }])).toHaveLength(1);
  });

  it("names a missing result, a wrong status and a short stream", () => {
    expect(mswFailures([call], [stream], [])).toEqual([
      "@vendor-sdks/acme/msw: the MSW consumer printed nothing for GET /things.",
      "@vendor-sdks/acme/msw: the MSW consumer printed nothing for POST /sessions/{id}/messages.",
    ]);
    expect(mswFailures([call], [stream], [{ vendor: "acme", kind: "list", status: 401, hasData: true }, { vendor: "acme", kind: "stream", status: 200, events: 3, frames: 4 }])).toEqual([
      "@vendor-sdks/acme/msw: GET /things answered 401, expected 200 with the documented example.",
      "@vendor-sdks/acme/msw: POST /sessions/{id}/messages answered 200 with 3 event(s) in 4 frame(s), expected a 2xx stream of at least 5 events.",
    ]);
  });
});
