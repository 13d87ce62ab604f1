import { describe, expectTypeOf, it } from "vitest";
import { paginate, pages, stream, type RateLimitState, type SseEvent } from "../../src/index.js";
import { createVendorClient } from "../../src/internal.js";
import { API_KEY, operationTable, spec, type ChatEvent, type paths, type Thing } from "../support/fixture-api.js";
import { definition } from "../support/make-client.js";

// Type-level assertions, checked by `tsc -p tsconfig.json`. The client is never called.
const client = createVendorClient<paths, typeof operationTable, typeof spec>(
  definition,
  { apiKey: API_KEY, dangerouslyAllowBrowser: true },
);
const unused = () => false;

describe("client types", () => {
  it("unwrap() returns the envelope's data", () => {
    if (unused()) {
      expectTypeOf(client.unwrap(client.GET("/things/{id}", { params: { path: { id: "1" } } }))).resolves.toEqualTypeOf<Thing | undefined>();
      // Without an envelope pointer in the payload type, the body comes back whole.
      expectTypeOf(client.unwrap(client.GET("/health"))).resolves.toEqualTypeOf<unknown>();
    }
  });

  it("unwrap() returns the whole body when the spec declares no envelope", () => {
    const bare = createVendorClient<paths, typeof operationTable, Omit<typeof spec, "envelope"> & { readonly envelope: null }>(
      { spec: { ...spec, envelope: null }, operationTable, packageName: "x", packageVersion: "1" },
      {},
    );
    if (unused()) {
      expectTypeOf(bare.unwrap(bare.GET("/health"))).resolves.toEqualTypeOf<{ ok: boolean }>();
      expectTypeOf(bare.unwrap(bare.GET("/pages"))).resolves.toEqualTypeOf<{ content: { data: Thing[]; totalCount: number } }>();
    }
  });

  it("paginate() yields the items at the table's pointer; pages() yields bodies", () => {
    expectTypeOf(paginate(client, "/things")).toEqualTypeOf<AsyncIterable<Thing>>();
    expectTypeOf(paginate(client, "/pages", { params: { query: { per_page: 10 } } })).toEqualTypeOf<AsyncIterable<Thing>>();
    expectTypeOf(paginate(client, "/feed")).toEqualTypeOf<AsyncIterable<Thing>>();
    expectTypeOf(pages(client, "/feed")).toEqualTypeOf<AsyncIterable<{ items: Thing[]; nextCursor?: string | null }>>();
    if (unused()) {
      // @ts-expect-error /health is not paginated
      paginate(client, "/health");
      // @ts-expect-error query parameters are checked
      paginate(client, "/things", { params: { query: { nope: 1 } } });
    }
  });

  it("stream() yields the events of the text/event-stream schema and requires the body", () => {
    expectTypeOf(stream(client, "/chat", { body: { message: "hi" } })).toEqualTypeOf<AsyncIterable<ChatEvent>>();
    if (unused()) {
      // @ts-expect-error the request body is required
      stream(client, "/chat");
      // @ts-expect-error /things does not stream
      stream(client, "/things");
    }
  });

  it("stream() takes streamIdleTimeoutMs per call, as a number", () => {
    expectTypeOf(stream(client, "/chat", { body: { message: "hi" }, streamIdleTimeoutMs: 300, signal: AbortSignal.timeout(1000) })).toEqualTypeOf<AsyncIterable<ChatEvent>>();
    if (unused()) {
      // @ts-expect-error milliseconds, not a string
      stream(client, "/chat", { body: { message: "hi" }, streamIdleTimeoutMs: "300" });
    }
  });

  it("a client without a literal table still types its helpers loosely", () => {
    const loose = createVendorClient<paths>({ spec, operationTable, packageName: "x", packageVersion: "1" }, {});
    expectTypeOf(stream(loose, "/chat", { body: { message: "hi" } })).toEqualTypeOf<AsyncIterable<SseEvent>>();
  });

  it("exposes rateLimit", () => {
    expectTypeOf(client.rateLimit).toEqualTypeOf<RateLimitState | undefined>();
  });

  it("keeps openapi-fetch's status-specific error type", () => {
    if (unused()) {
      void (async () => {
        const { error } = await client.GET("/things/{id}", { params: { path: { id: "1" } } });
        expectTypeOf(error).toEqualTypeOf<{ success: false; error: string; code?: string } | undefined>();
      })();
    }
  });
});
