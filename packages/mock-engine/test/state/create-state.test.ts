import { describe, expect, it } from "vitest";
import type { Change } from "../../src/engine/capabilities.js";
import { createChangeFeed } from "../../src/engine/change-feed.js";
import { createMockEngine } from "../../src/engine/mock-engine.js";
import { matchRoute, routeTemplate } from "../../src/engine/match-route.js";
import { createState } from "../../src/state/create-state.js";
import { isObject } from "@vendor-sdks/spec-kit/spec/read-document";
import { vendorDocument } from "../support/vendor-document.js";
import { caller, responseSchemaPointer, schemaValidator } from "./state-support.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DOCUMENTED_BOT = "b1f2c3d4-5678-90ab-cdef-1234567890ab";
const NEW_BOT = { name: "Sales bot", system_prompt: "You sell.", bot_type: "chatbot", status: "active", metadata: { team: "sales" } };

describe("state per credential (engine, real specs)", () => {
  const hania = vendorDocument("hania");
  const engine = createMockEngine({ document: hania });

  it("takes a Hania bot through create → get → list → update → delete, the delete soft (status inactive)", async () => {
    const call = caller(engine, "key-crud");
    const created = await call("POST", "/bots", { body: NEW_BOT });
    expect(created.status).toBe(200);
    const id = created.json.data.id as string;
    expect(id).toMatch(UUID); // the documented ids are UUIDs
    expect(id).not.toBe(DOCUMENTED_BOT);

    const got = await call("GET", `/bots/${id}`);
    expect(got.status).toBe(200);
    expect(got.json.data).toMatchObject({ id, ...NEW_BOT });
    expect(Date.now() - Date.parse(got.json.data.created_at)).toBeLessThan(60_000);

    const listed = await call("GET", "/bots");
    expect(listed.json.data.map((b: { id: string }) => b.id)).toEqual([DOCUMENTED_BOT, id]);

    const updated = await call("PUT", `/bots/${id}`, { body: { name: "Renamed bot" } });
    expect(updated.json).toEqual({ success: true, message: "Bot updated" }); // the documented answer: message only
    expect((await call("GET", `/bots/${id}`)).json.data).toMatchObject({ id, name: "Renamed bot", system_prompt: "You sell." });

    expect((await call("DELETE", `/bots/${id}`)).status).toBe(200);
    expect((await call("GET", `/bots/${id}`)).json.data).toMatchObject({ id, name: "Renamed bot", status: "inactive" });
    expect((await call("GET", "/bots")).json.data.find((b: { id: string }) => b.id === id)?.status).toBe("inactive");
  });

  it("stores objects valid against the response schemas (getBot, listBots, createBot)", async () => {
    const call = caller(engine, "key-schema");
    const validate = schemaValidator(hania);
    const created = await call("POST", "/bots", { body: { ...NEW_BOT, prompt_builder: { role: "seller" } } }); // an object in, a JSON string out: not copied
    expect(validate(responseSchemaPointer("/bots", "post"), created.json)).toEqual([]);
    const id = created.json.data.id as string;
    await call("PUT", `/bots/${id}`, { body: { description: "Sells plans." } });
    const got = await call("GET", `/bots/${id}`);
    expect(validate(responseSchemaPointer("/bots/{id}", "get"), got.json)).toEqual([]);
    expect(got.json.data.prompt_builder).toBe("{}");
    expect(validate(responseSchemaPointer("/bots", "get"), (await call("GET", "/bots")).json)).toEqual([]);
  });

  it("keeps one credential's writes invisible to another", async () => {
    const mine = caller(engine, "key-a");
    const theirs = caller(engine, "key-b");
    const id = (await mine("POST", "/bots", { body: NEW_BOT })).json.data.id as string;
    const other = await theirs("GET", `/bots/${id}`);
    expect(other.status).toBe(404);
    expect((await theirs("GET", "/bots")).json.data.map((b: { id: string }) => b.id)).toEqual([DOCUMENTED_BOT]);
    expect((await mine("GET", `/bots/${id}`)).status).toBe(200);
  });

  it("forgets the calling credential's writes on POST /__mock/reset, and only that credential's", async () => {
    const mine = caller(engine, "key-reset");
    const theirs = caller(engine, "key-kept");
    const id = (await mine("POST", "/bots", { body: NEW_BOT })).json.data.id as string;
    const kept = (await theirs("POST", "/bots", { body: NEW_BOT })).json.data.id as string;
    await mine("DELETE", `/bots/${DOCUMENTED_BOT}`);
    expect((await mine("POST", "/__mock/reset")).status).toBe(204);
    expect((await mine("GET", `/bots/${id}`)).status).toBe(404);
    expect((await mine("GET", `/bots/${DOCUMENTED_BOT}`)).json.data.status).toBe("active"); // back to the documented example
    expect((await theirs("GET", `/bots/${kept}`)).status).toBe(200);
  });

  it("answers an unknown id with 404 in the vendor's error shape, and a documented id with its example", async () => {
    const call = caller(engine, "key-404");
    const missing = await call("GET", "/bots/0b0b0b0b-0000-4000-8000-000000000000");
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ success: false, error: expect.stringContaining("/bots/0b0b0b0b-0000-4000-8000-000000000000") });
    expect((await call("PUT", "/bots/nope", { body: { name: "x" } })).status).toBe(404);
    expect((await call("DELETE", "/bots/nope")).status).toBe(404);
    const documented = await call("GET", `/bots/${DOCUMENTED_BOT}`);
    expect(documented.json.data).toMatchObject({ id: DOCUMENTED_BOT, name: "Support bot" });
  });

  it("answers the documented example for every call with state: false (--stateless)", async () => {
    const stateless = createMockEngine({ document: hania, state: false });
    const call = caller(stateless, "key-stateless");
    const created = await call("POST", "/bots", { body: NEW_BOT });
    expect(created.json.data.id).toBe("…"); // the documented create example
    const got = await call("GET", "/bots/anything");
    expect(got.status).toBe(200);
    expect(got.json.data.name).toBe("Support bot");
    expect((await call("GET", "/bots")).json.data).toHaveLength(1);
  });

  it("answers the scenario a caller asks for with Prefer untouched by state", async () => {
    const call = caller(engine, "key-prefer");
    const id = (await call("POST", "/bots", { body: NEW_BOT })).json.data.id as string;
    const documented = await call("GET", "/bots", { prefer: "code=200" });
    expect(documented.json.data.map((b: { id: string }) => b.id)).toEqual([DOCUMENTED_BOT]); // the documented list, not the stored one
    expect((await call("GET", "/bots/unknown", { prefer: "dynamic=true, seed=1" })).status).toBe(200); // a generated body, not a 404
  });

  it("keeps a nested collection per parent and fills the parent's id in (Hania post-call hooks)", async () => {
    const call = caller(engine, "key-nested");
    const bot = (await call("POST", "/bots", { body: NEW_BOT })).json.data.id as string;
    const hook = (await call("POST", `/bots/${bot}/post-call-hooks`, { body: { tool_configuration_id: "t0a1b2c3-4d5e-4f60-8a7b-9c0d1e2f3a4b", run_order: 2 } })).json.data.id as string;
    const hooks = (await call("GET", `/bots/${bot}/post-call-hooks`)).json.data as { id: string; bot_id: string; run_order: number }[];
    expect(hooks.find((h) => h.id === hook)).toMatchObject({ bot_id: bot, run_order: 2 });
    const elsewhere = (await call("GET", `/bots/${DOCUMENTED_BOT}/post-call-hooks`)).json.data as { id: string }[];
    expect(elsewhere.map((h) => h.id)).not.toContain(hook);
  });

  it("hard-deletes where the spec says nothing else, and pages a written list by x-pagination with its total", async () => {
    const call = caller(engine, "key-pages");
    const conversation = "c9a8b7c6-1234-4def-89ab-aabbccddeeff";
    expect((await call("DELETE", `/conversations/${conversation}`)).status).toBe(200);
    expect((await call("GET", `/conversations/${conversation}`)).status).toBe(404);
    const empty = await call("GET", "/conversations");
    expect(empty.json.data).toEqual([]);
    expect(empty.headers["x-total-count"]).toBe("0"); // x-pagination.total.header

    const memory = "m1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
    await call("PUT", `/memories/${memory}`, { body: { content: "Prefers calls." } });
    const page = await call("GET", "/memories", { query: { limit: "0" } });
    expect(page.json.data).toEqual([]);
    expect((await call("GET", "/memories")).json.data[0]).toMatchObject({ id: memory, content: "Prefers calls." });
  });

  it("mints ids and timestamps in the vendor's formats and keeps ids the client chose (HAPI scratchlist)", async () => {
    const hapi = createMockEngine({ document: vendorDocument("hapi") });
    const call = caller(hapi, "jwt-1");
    const session = "5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90";
    const chosen = await call("POST", `/api/sessions/${session}/scratchlist`, { body: { entryId: "my-note", text: "Mine" } });
    expect(chosen.json.entry).toMatchObject({ entryId: "my-note", text: "Mine" });
    expect(chosen.json.entry.createdAt).toBeGreaterThan(Date.now() - 60_000); // epoch milliseconds, like the example
    const minted = await call("POST", `/api/sessions/${session}/scratchlist`, { body: { text: "Minted" } });
    expect(minted.json.entry.entryId).toMatch(/^note-[0-9a-f]{6}$/); // the documented `note-2f8c41`
    const entries = (await call("GET", `/api/sessions/${session}/scratchlist`)).json.entries as { entryId: string }[];
    expect(entries.map((e) => e.entryId)).toEqual(expect.arrayContaining(["note-2f8c41", "my-note", minted.json.entry.entryId]));
  });

  it("builds a created object from the create example, its id also in its URLs, and reads it back as the read schema shows (Hyponema sessions)", async () => {
    const hyponema = createMockEngine({ document: vendorDocument("hyponema") });
    const call = caller(hyponema, "hyp_test");
    const created = await call("POST", "/sessions", { body: { agent_id: "agent_1", user_id: "user_123" } });
    const id = created.json.id as string;
    expect(id).toMatch(UUID); // the example's `SESSION_ID` is a placeholder, not a format
    expect(created.json).toMatchObject({ status: "pending", ws_url: expect.stringContaining(`/sessions/${id}/ws`) });
    const got = await call("GET", `/sessions/${id}`);
    expect(got.json).toEqual({ id, status: "pending" }); // getSession declares id and status only: the token is not read back
  });

  it("answers the documented example for any id of a resource whose ids the mock cannot know (Hyponema DSAR exports)", async () => {
    const call = caller(createMockEngine({ document: vendorDocument("hyponema") }), "hyp_dsar");
    const answer = await call("GET", "/workspaces/ws_1/dsar-exports/exp_from_elsewhere");
    expect(answer.status).toBe(200); // no example id and no create operation: nothing to tell an unknown id by
    expect(answer.json).toMatchObject({ status: "ready" });
  });

  it("publishes every remembered write as a Change for the writing credential", async () => {
    const feed = createChangeFeed();
    const seen: Change[] = [];
    feed.subscribe("key-feed", (change) => seen.push(change));
    const state = createState({ document: hania, feed, errorResponse: (status, message) => ({ status, headers: {}, body: message }) });
    const respond = (method: string, path: string, body: unknown, answer: unknown) => {
      const route = matchRoute([routeTemplate("/bots", "post"), routeTemplate("/bots/{id}", method.toLowerCase())], method, path, (template, m) => {
        const item = (hania.paths as Record<string, Record<string, unknown>>)[template]?.[m];
        return isObject(item) ? item : undefined;
      });
      return state.respond(
        { request: { method, path, query: {}, headers: {}, body }, preferences: {}, credential: "key-feed", route },
        { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(answer) },
      );
    };
    const created = await respond("POST", "/bots", NEW_BOT, { success: true, data: { id: "…" } });
    const id = JSON.parse(created.body ?? "{}").data.id as string;
    await respond("PUT", `/bots/${id}`, { name: "Renamed" }, { success: true, message: "Bot updated" });
    expect(seen.map((c) => [c.kind, c.collection, c.id])).toEqual([
      ["created", "/bots", id],
      ["updated", "/bots", id],
    ]);
    expect(seen[1]?.value).toMatchObject({ name: "Renamed" });
    expect(seen[0]?.route.operationId).toBe("createBot");
  });

  it("stores a HAPI message sent with `text` where the message schema keeps it, lists it, and announces it on /api/events", async () => {
    const hapi = vendorDocument("hapi");
    const hapiEngine = createMockEngine({ document: hapi, streamDelayMs: 0 });
    const controller = new AbortController();
    const events = await hapiEngine.handle({ method: "GET", path: "/api/events", query: { token: "jwt-chat" }, headers: {}, body: null, signal: controller.signal });
    const frames = events.stream![Symbol.asyncIterator]();
    await frames.next(); // the greeting
    const call = caller(hapiEngine, "jwt-chat");
    const session = "5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90";
    expect((await call("POST", `/api/sessions/${session}/messages`, { body: { text: "Please add a logout button.", localId: "local-1" } })).status).toBe(200);
    const listed = await call("GET", `/api/sessions/${session}/messages`);
    const sent = (listed.json.messages as Record<string, any>[]).find((m) => m.localId === "local-1");
    expect(sent?.content).toMatchObject({ role: "user", content: { type: "text", text: "Please add a logout button." } });
    const frame = await frames.next();
    const data = JSON.parse(/^data: (.*)$/m.exec(String(frame.value))?.[1] ?? "{}") as Record<string, any>;
    expect(data).toMatchObject({ type: "message-received", sessionId: session, message: { localId: "local-1", content: { content: { text: "Please add a logout button." } } } });
    controller.abort();
  });
});
