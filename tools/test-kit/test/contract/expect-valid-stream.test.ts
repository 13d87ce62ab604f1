import { describe, expect, it } from "vitest";
import { createVendorClient } from "@vendor-sdks/runtime/internal";
import { buildOperationTable, documentsSuccess, runtimeOperation } from "@vendor-sdks/spec-kit/operations/operation-table";
import { buildSpecInfo } from "@vendor-sdks/spec-kit/operations/spec-info";
import { expectValidStream } from "../../src/contract/expect-valid-stream.ts";
import { SpecValidator } from "@vendor-sdks/spec-kit/validation/spec-validator";

const event = { type: "object", required: ["event", "data"], properties: { event: { type: "string" }, data: { type: "object", required: ["n"] } } };

/** A spec with one streaming operation whose wire example is `example` and whose event schema is `eventSchema`. */
const streamingSpec = (example: string, eventSchema: Record<string, unknown> = event) => ({
  openapi: "3.1.0",
  info: { title: "Streams", version: "1" },
  servers: [{ url: "https://api.streams.test" }],
  paths: {
    "/events": {
      get: {
        operationId: "streamEvents",
        responses: { "200": { content: { "text/event-stream": { schema: { anyOf: [{ type: "string" }, eventSchema] }, example } } } },
      },
    },
  },
});

/** Run the contract's stream check against a server that answers with `body` (an event stream unless `init` says otherwise). */
async function checkStream(doc: Record<string, unknown>, body: string, init: ResponseInit = {}): Promise<void> {
  const table = buildOperationTable(doc);
  const op = table.streamEvents!;
  if (!documentsSuccess(op)) throw new Error("streamEvents documents no success");
  const client = createVendorClient(
    { spec: buildSpecInfo(doc), operationTable: { streamEvents: runtimeOperation(op, []) }, packageName: "@vendor-sdks/streams", packageVersion: "0.0.0" },
    { fetch: async () => new Response(body, { headers: { "content-type": "text/event-stream" }, ...init }), retries: 0 },
  );
  await expectValidStream(op, { params: { path: {}, query: {}, header: {} } }, client, new SpecValidator(doc));
}

describe("expectValidStream", () => {
  const documented = streamingSpec('event: tick\ndata: {"n":1}\n\n');

  it("accepts a stream whose events validate", async () => {
    await expect(checkStream(documented, 'event: tick\ndata: {"n":1}\n\nevent: tick\ndata: {"n":2}\n\n')).resolves.toBeUndefined();
  });

  it("fails a stream that yields no event, naming the operation and status", async () => {
    await expect(checkStream(documented, ": keep-alive\n\n")).rejects.toThrow("streamEvents: 200 text/event-stream: the stream ended without yielding a single event");
  });

  it("fails an empty stream whose example shows no event unless the spec marks its events undocumented", async () => {
    await expect(checkStream(streamingSpec(": events not documented by the vendor\n\n"), "")).rejects.toThrow("the stream ended without yielding a single event");
  });

  it("accepts a stream without events only where the event schema is x-undocumented and the example holds none", async () => {
    const undocumented = { type: "object", "x-undocumented": "The event contract is not published." };
    await expect(checkStream(streamingSpec(": events not documented by the vendor\n\n", undocumented), ": events not documented by the vendor\n\n")).resolves.toBeUndefined();
    await expect(checkStream(streamingSpec('event: tick\ndata: {"n":1}\n\n', undocumented), "")).rejects.toThrow("the stream ended without yielding a single event");
  });

  it("fails a stream that yields fewer events than its example holds", async () => {
    const twoTicks = streamingSpec('event: tick\ndata: {"n":1}\n\nevent: tick\ndata: {"n":2}\n\n');
    await expect(checkStream(twoTicks, 'event: tick\ndata: {"n":1}\n\n')).rejects.toThrow("streamEvents: 200 text/event-stream: the stream yielded 1 event(s); its example has 2");
  });

  it("fails a stream one of whose events does not validate, naming which", async () => {
    await expect(checkStream(documented, 'event: tick\ndata: {"n":1}\n\nevent: tick\ndata: {"m":2}\n\n')).rejects.toThrow(
      /streamEvents: 200 text\/event-stream event 1 does not validate\n.*"missingProperty":"n"/,
    );
  });

  it("fails a stream answered with another media type", async () => {
    await expect(checkStream(documented, 'event: tick\ndata: {"n":1}\n\n', { headers: { "content-type": "application/json" } })).rejects.toThrow(
      "streamEvents: 200 answered with Content-Type application/json, not text/event-stream",
    );
  });

  it("fails a stream answered with an undocumented success status", async () => {
    await expect(checkStream(documented, 'event: tick\ndata: {"n":1}\n\n', { status: 203 })).rejects.toThrow("streamEvents: expected 200, got 203");
  });
});
