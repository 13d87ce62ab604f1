import { describe, expect, it } from "vitest";
import { createVendorClient } from "../../../packages/runtime/src/client/create-vendor-client.ts";
import { buildOperationTable, runtimeOperation } from "../../src/codegen/operation-table.ts";
import { buildSpecInfo } from "../../src/codegen/spec-info.ts";
import { expectValidStream } from "../../src/contract/describe-contract.ts";
import { SpecValidator } from "../../src/validation/spec-validator.ts";

const event = { type: "object", required: ["event", "data"], properties: { event: { type: "string" }, data: {} } };

/** A spec with one streaming operation whose wire example is `example`. */
const streamingSpec = (example: string) => ({
  openapi: "3.1.0",
  info: { title: "Streams", version: "1" },
  servers: [{ url: "https://api.streams.test" }],
  paths: {
    "/events": {
      get: {
        operationId: "streamEvents",
        responses: { "200": { content: { "text/event-stream": { schema: { anyOf: [{ type: "string" }, event] }, example } } } },
      },
    },
  },
});

/** Run the contract's stream check against a server that answers with `body`. */
async function checkStream(doc: Record<string, unknown>, body: string): Promise<void> {
  const table = buildOperationTable(doc);
  const op = table.streamEvents!;
  const client = createVendorClient(
    { spec: buildSpecInfo(doc), operations: { streamEvents: runtimeOperation(op, []) }, packageName: "@vendor-sdks/streams", packageVersion: "0.0.0" },
    { fetch: async () => new Response(body, { headers: { "content-type": "text/event-stream" } }), retries: 0 },
  );
  await expectValidStream(op, { params: { path: {}, query: {}, header: {} } }, client, new SpecValidator(doc));
}

describe("expectValidStream", () => {
  const documented = streamingSpec('event: tick\ndata: {"n":1}\n\n');

  it("accepts a stream whose events validate", async () => {
    await expect(checkStream(documented, 'event: tick\ndata: {"n":1}\n\n')).resolves.toBeUndefined();
  });

  it("fails a stream that yields no event when the spec's example has some, naming the operation", async () => {
    await expect(checkStream(documented, ": keep-alive\n\n")).rejects.toThrow("streamEvents: the stream ended without yielding a single event");
  });

  it("accepts an empty stream when the spec's example has no events either (undocumented events)", async () => {
    await expect(checkStream(streamingSpec(": events not documented by the vendor\n\n"), ": keep-alive\n\n")).resolves.toBeUndefined();
  });
});
