import { describe, expectTypeOf, it } from "vitest";
import { createHaniaClient, paginate, stream, type components } from "../src/index.js";

// Type-level assertions (checked by `tsc -p tsconfig.json`); nothing is sent.
const hania = createHaniaClient({ apiKey: "hania_sk_types", fetch: async () => Response.json({}) });
type Schemas = components["schemas"];

describe("Hania client types", () => {
  it("unwrap() returns the envelope's data typed from the spec", () => {
    expectTypeOf(hania.unwrap(hania.GET("/bots/{id}", { params: { path: { id: "x" } } }))).resolves.toEqualTypeOf<Schemas["Bot"] | undefined>();
  });

  it("paginate() yields conversations; unpaginated lists are rejected", () => {
    expectTypeOf(paginate(hania, "/conversations")).toEqualTypeOf<AsyncIterable<Schemas["ConversationSummary"]>>();
    const never = (): boolean => false;
    if (never()) {
      // @ts-expect-error GET /bots has no pagination
      paginate(hania, "/bots");
    }
  });

  it("stream() yields the chat stream's event schema", () => {
    expectTypeOf(stream(hania, "/chat/send-stream", { body: { bot_id: "b", message: "m", new_conversation: false, agent_mode: false } })).toEqualTypeOf<AsyncIterable<Schemas["ChatStreamEvent"]>>();
  });
});
