import { afterEach, describe, expect, it } from "vitest";
import { createMockEngine } from "../../src/engine/mock-engine.js";
import { createWebhooks } from "../../src/webhooks/create-webhooks.js";
import { SIGNATURE_NOTE_HEADER } from "../../src/webhooks/delivery-request.js";
import { caller, schemaValidator } from "../state/state-support.js";
import { vendorDocument } from "../support/vendor-document.js";
import { startReceiver } from "./receiver.js";

const DOCUMENTED_EVENT_ID = "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f";

describe("webhooks on demand (engine, Hyponema's spec)", () => {
  const hyponema = vendorDocument("hyponema");
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });
  const receiver = async (options?: { status?: number; hang?: boolean }) => {
    const started = await startReceiver(options);
    closers.push(started.close);
    return started;
  };

  it("delivers dsar.ready to a loopback endpoint registered through the mock's webhook API, with the documented headers and a valid body", async () => {
    const engine = createMockEngine({ document: hyponema });
    const call = caller(engine, "hyp_one");
    const hook = await receiver();
    const registered = await call("POST", "/workspaces/ws_1/webhooks", { body: { url: hook.url, events: ["post_call_transcription", "dsar.ready"] } });
    expect(registered.status).toBe(200);
    expect(registered.json).toMatchObject({ url: hook.url, events: ["post_call_transcription", "dsar.ready"] });

    const triggered = await call("POST", "/__mock/trigger/dsar.ready");
    expect(triggered.status).toBe(200);
    expect(triggered.json.deliveries).toEqual([expect.objectContaining({ endpoint_id: registered.json.id, url: hook.url, status: 200 })]);
    expect(hook.received).toHaveLength(1);
    const [delivery] = hook.received;
    const body = JSON.parse(delivery?.body ?? "");
    expect(delivery?.method).toBe("POST");
    expect(delivery?.headers["x-hyponema-event-type"]).toBe("dsar.ready");
    expect(delivery?.headers["x-hyponema-delivery-attempt"]).toBe("1");
    expect(delivery?.headers["x-hyponema-event-id"]).toBe(body.event_id); // documented: equal to the body's event_id
    expect(body.event_id).not.toBe(DOCUMENTED_EVENT_ID); // a fresh id per delivery
    expect(delivery?.headers[SIGNATURE_NOTE_HEADER]).toMatch(/^unsigned: the spec documents no signature header/);
    expect(schemaValidator(hyponema)("/webhooks/dsar.ready/post/requestBody/content/application~1json/schema", body)).toEqual([]);
  });

  it("delivers only to endpoints of the calling credential that subscribe to the event", async () => {
    const engine = createMockEngine({ document: hyponema });
    const mine = caller(engine, "hyp_mine");
    const subscribed = await receiver();
    const other = await receiver();
    const otherKey = await receiver();
    await mine("POST", "/workspaces/ws_1/webhooks", { body: { url: subscribed.url, events: ["dsar.ready"] } });
    await mine("POST", "/workspaces/ws_1/webhooks", { body: { url: other.url, events: ["post_call_transcription"] } });
    await caller(engine, "hyp_theirs")("POST", "/workspaces/ws_2/webhooks", { body: { url: otherKey.url, events: ["dsar.ready"] } });
    const triggered = await mine("POST", "/__mock/trigger/dsar.ready");
    expect(triggered.json.deliveries.map((d: { url: string }) => d.url)).toEqual([subscribed.url]);
    expect([subscribed.received.length, other.received.length, otherKey.received.length]).toEqual([1, 0, 0]);
  });

  it("lists each delivery under GET /workspaces/{ws}/webhooks/{endpoint_id}/deliveries, with the receiver's status", async () => {
    const engine = createMockEngine({ document: hyponema });
    const call = caller(engine, "hyp_deliveries");
    const failing = await receiver({ status: 500 });
    const id = (await call("POST", "/workspaces/ws_1/webhooks", { body: { url: failing.url, events: ["fatigue.alert"] } })).json.id as string;
    await call("POST", "/__mock/trigger/fatigue.alert");
    const deliveries = await call("GET", `/workspaces/ws_1/webhooks/${id}/deliveries`);
    expect(deliveries.json).toEqual([expect.objectContaining({ event: "fatigue.alert", url: failing.url, status: 500 })]);
    expect((await call("GET", "/workspaces/ws_1/webhooks")).json.map((e: { id: string }) => e.id)).toEqual([id]);
  });

  it("answers an unknown event with 404 listing the documented events", async () => {
    const engine = createMockEngine({ document: hyponema });
    const unknown = await caller(engine, "hyp_x")("POST", "/__mock/trigger/dsar.exploded");
    expect(unknown.status).toBe(404);
    expect(JSON.stringify(unknown.json)).toContain("post_call_transcription, escalation.triggered, dsar.ready, fatigue.alert");
  });

  it("says so, and delivers nothing, when no endpoint subscribes or state is off", async () => {
    const none = await caller(createMockEngine({ document: hyponema }), "hyp_none")("POST", "/__mock/trigger/dsar.ready");
    expect(none.json).toMatchObject({ deliveries: [], note: expect.stringContaining("No endpoint of this credential subscribes to dsar.ready") });
    const stateless = await caller(createMockEngine({ document: hyponema, state: false }), "hyp_none")("POST", "/__mock/trigger/dsar.ready");
    expect(stateless.json).toMatchObject({ deliveries: [], note: expect.stringContaining("--stateless") });
  });

  it("gives up on a receiver that does not answer within the timeout and reports it", async () => {
    const silent = await receiver({ hang: true });
    const webhooks = createWebhooks({
      document: hyponema,
      timeoutMs: 100,
      registry: { endpoints: () => [{ id: "e1", url: silent.url, events: ["dsar.ready"], collection: "/workspaces/ws/webhooks" }], recordDelivery: () => true },
    });
    const answer = await webhooks!.trigger("hyp", "dsar.ready", { method: "POST", path: "/__mock/trigger/dsar.ready", query: {}, headers: {}, body: undefined });
    expect(JSON.parse(answer.body ?? "").deliveries).toEqual([expect.objectContaining({ url: silent.url, error: "no answer within 100 ms" })]);
  });

  it("reports an endpoint nobody listens on as an error, not a hang", async () => {
    const gone = await receiver();
    await gone.close();
    const engine = createMockEngine({ document: hyponema });
    const call = caller(engine, "hyp_gone");
    await call("POST", "/workspaces/ws_1/webhooks", { body: { url: gone.url, events: ["dsar.ready"] } });
    const triggered = await call("POST", "/__mock/trigger/dsar.ready");
    expect(triggered.json.deliveries[0].error).toMatch(/ECONNREFUSED|fetch failed/);
  });

  it("is not offered for a spec that documents no webhooks", () => {
    expect(createWebhooks({ document: vendorDocument("hania"), registry: undefined })).toBeUndefined();
  });
});
