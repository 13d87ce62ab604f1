import { describe, expect, it } from "vitest";
import { readStateModel } from "../../src/state/resource-model.js";
import { vendorDocument } from "../support/vendor-document.js";

describe("readStateModel", () => {
  it("infers collections and items from path patterns, nested ones too (Hania)", () => {
    const model = readStateModel(vendorDocument("hania"));
    const action = (key: string) => model.operations.get(key)?.action;
    expect([action("get /bots"), action("post /bots"), action("get /bots/{id}"), action("put /bots/{id}"), action("delete /bots/{id}")]).toEqual(["list", "create", "read", "update", "delete"]);
    expect(action("post /bots/{botID}/post-call-hooks")).toBe("create");
    expect(action("post /bots/discover")).toBeUndefined(); // a literal path without items is no collection
    expect(action("post /chat/send")).toBeUndefined();
    const bots = model.resources.find((r) => r.collection === "/bots");
    expect(bots).toMatchObject({ idField: "id", listed: ["b1f2c3d4-5678-90ab-cdef-1234567890ab"] });
    expect(model.operations.get("delete /bots/{id}")?.set).toEqual({ status: "inactive" }); // x-mock-state
    expect(model.operations.get("get /bots")?.location).toBe("/data"); // x-envelope.data
  });

  it("reads the id field from the item path where the objects have no `id`, and the list from the body's one array (HAPI)", () => {
    const model = readStateModel(vendorDocument("hapi"));
    expect(model.resources.find((r) => r.collection === "/api/sessions/{sessionId}/scratchlist")?.idField).toBe("entryId");
    expect(model.operations.get("get /api/sessions")?.location).toBe("/sessions");
    expect(model.operations.get("get /api/sessions/{sessionId}")?.location).toBe("/session");
    expect(model.operations.get("delete /api/sessions/{sessionId}/messages/{messageId}")).toBeUndefined(); // x-mock-state: none
  });

  it("takes `_id` as the id field, finds a created resource below its envelope, and aliases the path's example id (Hana)", () => {
    const model = readStateModel(vendorDocument("hana"));
    const batches = model.resources.find((r) => r.collection === "/memory");
    expect(batches).toMatchObject({ idField: "_id", tracksIds: true });
    expect(batches?.aliases.get("MEMORY_BATCH_ID")).toBe("BATCH_ID"); // the parameter's example names the documented batch
    expect(model.operations.get("post /memory")?.location).toBe("/content/batch"); // {content: {batch: {…}, warning, …}}
  });

  it("marks webhook registrations and delivery lists from x-mock-state roles (Hyponema)", () => {
    const model = readStateModel(vendorDocument("hyponema"));
    expect(model.resources.find((r) => r.collection === "/workspaces/{ws}/webhooks")?.webhook).toEqual({ urlField: "url", eventsField: "events" });
    expect(model.resources.find((r) => r.collection === "/workspaces/{ws}/webhooks/{endpoint_id}/deliveries")?.deliveries).toBe(true);
  });

  it("refuses a malformed x-mock-state, naming the operation and the member", () => {
    const document = { paths: { "/things/{id}": { delete: { "x-mock-state": { action: "remove" }, responses: {} } } } };
    expect(() => readStateModel(document)).toThrow('DELETE /things/{id}: x-mock-state.action must be one of list, create, read, update, delete, none, got "remove".');
    const extra = { paths: { "/things": { post: { "x-mock-state": { soft: true }, responses: {} } } } };
    expect(() => readStateModel(extra)).toThrow("POST /things: x-mock-state has unknown member(s) soft");
    const fields = { paths: { "/things": { post: { "x-mock-state": { fields: { "/content/text": "text" } }, responses: {} } } } };
    expect(() => readStateModel(fields)).toThrow('POST /things: x-mock-state.fields must map JSON pointers into the stored resource to JSON pointers into the request body, got {"/content/text":"text"}.');
  });
});
