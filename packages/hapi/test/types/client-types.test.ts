import { describe, expectTypeOf, it } from "vitest";
import { createHapiClient, events, messages, type components, type HapiEvent, type HapiErrorBody } from "../../src/index.js";

type Schemas = components["schemas"];

describe("client types follow the spec", () => {
  const hapi = createHapiClient({ accessToken: "t", baseUrl: "http://127.0.0.1:1" });

  it("types events by their `type`", () => {
    expectTypeOf(events).returns.toEqualTypeOf<AsyncGenerator<HapiEvent>>();
    const narrow = (event: HapiEvent) => {
      if (event.data.type === "connection-changed") expectTypeOf(event.data.data.resume).toEqualTypeOf<"ok" | "gap" | undefined>();
      if (event.data.type === "message-received") expectTypeOf(event.data.message).toEqualTypeOf<Schemas["DecryptedMessage"]>();
    };
    expectTypeOf(narrow).toBeFunction();
  });

  it("types message helpers with the spec's message schema", () => {
    expectTypeOf(messages).returns.toEqualTypeOf<AsyncGenerator<Schemas["DecryptedMessage"]>>();
  });

  it("types request bodies and responses from the spec", () => {
    const send = () => hapi.unwrap(hapi.POST("/api/sessions/{sessionId}/messages", { params: { path: { sessionId: "s" } }, body: { text: "hi", deliveryMode: "queue" } }));
    expectTypeOf(send).returns.resolves.toEqualTypeOf<Schemas["OkResult"]>();
    // @ts-expect-error deliveryMode is queue | steer
    const wrong = () => hapi.POST("/api/sessions/{sessionId}/messages", { params: { path: { sessionId: "s" } }, body: { text: "hi", deliveryMode: "later" } });
    expectTypeOf(wrong).toBeFunction();
  });

  it("discriminates error bodies by kind", () => {
    const read = (body: HapiErrorBody) => (body.kind === "reopen-incomplete" ? body.missing : body.kind === "text" ? body.text : null);
    expectTypeOf(read).returns.toEqualTypeOf<string[] | string | null>();
  });
});
