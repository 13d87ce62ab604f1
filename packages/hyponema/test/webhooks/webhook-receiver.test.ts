import { createHmac, timingSafeEqual } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import {
  createMemoryDedupeStore,
  createWebhookReceiver,
  isWebhookEvent,
  MalformedWebhookError,
  parseWebhookDelivery,
  WebhookVerificationError,
  type WebhookDelivery,
  type WebhookReceiver,
} from "../../src/index.js";
import { sendJson, startRecordingServer, type RecordingServer } from "../support/test-server.js";

// The real signature header and signed string are not documented; the tests use their own, through the hook.
const SECRET = "whsec_test";
const SIGNATURE_HEADER = "x-test-signature";
const sign = (body: string) => createHmac("sha256", SECRET).update(body).digest("hex");
const verifyTestSignature = ({ rawBody, headers }: { rawBody: string | Uint8Array; headers: Headers }) => {
  const given = Buffer.from(headers.get(SIGNATURE_HEADER) ?? "", "hex");
  const expected = Buffer.from(sign(typeof rawBody === "string" ? rawBody : Buffer.from(rawBody).toString("utf8")), "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
};

const EVENT_ID = "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f";

let server: RecordingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A node:http receiver endpoint wired the way the README shows, recording what its handler processed. */
async function startReceiver(receiver: WebhookReceiver, fail?: () => boolean) {
  const processed: WebhookDelivery[] = [];
  server = await startRecordingServer(async (req, res) => {
    try {
      const outcome = await receiver.receive({ rawBody: req.rawBody, headers: req.headers }, (delivery) => {
        if (fail?.()) throw new Error("queue unavailable");
        processed.push(delivery);
      });
      sendJson(res, 200, { duplicate: outcome.duplicate });
    } catch (error) {
      const status = error instanceof WebhookVerificationError ? 401 : error instanceof MalformedWebhookError ? 400 : 500;
      sendJson(res, status, { error: (error as Error).message });
    }
  });
  const deliver = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${server!.origin}/hyponema`, {
      method: "POST",
      body,
      headers: {
        "content-type": "application/json",
        "X-Hyponema-Event-Id": EVENT_ID,
        "X-Hyponema-Event-Type": "dsar.ready",
        "X-Hyponema-Delivery-Attempt": "1",
        [SIGNATURE_HEADER]: sign(body),
        ...headers,
      },
    });
  return { processed, deliver };
}

const body = JSON.stringify({ event_id: EVENT_ID, export_id: "EXPORT_ID" });

describe("webhook receiver over a local node:http endpoint", () => {
  it("parses a delivery into a typed event with its id, type, attempt and body", async () => {
    const { processed, deliver } = await startReceiver(createWebhookReceiver({ verify: verifyTestSignature }));
    const response = await deliver(body, { "X-Hyponema-Delivery-Attempt": "3" });

    expect(response.status).toBe(200);
    expect(processed).toHaveLength(1);
    const delivery = processed[0]!;
    expect(delivery).toEqual({ eventId: EVENT_ID, eventType: "dsar.ready", attempt: 3, body: { event_id: EVENT_ID, export_id: "EXPORT_ID" } });
    expect(isWebhookEvent(delivery, "dsar.ready")).toBe(true);
    expect(isWebhookEvent(delivery, "post_call_transcription")).toBe(false);
  });

  it("processes a redelivered event once and acknowledges the duplicate", async () => {
    const { processed, deliver } = await startReceiver(createWebhookReceiver({ verify: verifyTestSignature }));
    const first = await deliver(body, { "X-Hyponema-Delivery-Attempt": "1" });
    const retry = await deliver(body, { "X-Hyponema-Delivery-Attempt": "2" });

    expect(await first.json()).toEqual({ duplicate: false });
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ duplicate: true });
    expect(processed).toHaveLength(1);
  });

  it("lets the vendor's retry through when the handler failed the first time", async () => {
    let failures = 1;
    const { processed, deliver } = await startReceiver(createWebhookReceiver({ verify: verifyTestSignature }), () => failures-- > 0);
    expect((await deliver(body)).status).toBe(500);
    expect((await deliver(body, { "X-Hyponema-Delivery-Attempt": "2" })).status).toBe(200);
    expect(processed.map((d) => d.attempt)).toEqual([2]);
  });

  it("rejects a malformed body with a clear error and processes nothing", async () => {
    const { processed, deliver } = await startReceiver(createWebhookReceiver({ verify: verifyTestSignature }));
    const notJson = await deliver("{event_id:");
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error).toMatch(/^Webhook body is not valid JSON/);

    const noId = await deliver(JSON.stringify({ export_id: "EXPORT_ID" }));
    expect((await noId.json()).error).toBe("Webhook body has no string event_id.");
    expect(processed).toHaveLength(0);
  });

  it("rejects a delivery whose body and header event ids differ", async () => {
    const { deliver } = await startReceiver(createWebhookReceiver({ verify: verifyTestSignature }));
    const response = await deliver(body, { "X-Hyponema-Event-Id": "another-id" });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toContain("differs from the X-Hyponema-Event-Id header");
  });

  it("refuses a delivery the caller's verifier rejects, before parsing or de-duplicating it", async () => {
    const store = createMemoryDedupeStore();
    const { processed, deliver } = await startReceiver(createWebhookReceiver({ verify: verifyTestSignature, store }));
    const forged = await deliver(body, { [SIGNATURE_HEADER]: sign("something else") });

    expect(forged.status).toBe(401);
    expect(processed).toHaveLength(0);
    expect(await store.claim(EVENT_ID)).toBe(true); // the forged request did not burn the event id
  });
});

describe("webhook helpers", () => {
  it("requires a verifier: the SDK cannot check an undocumented signature scheme", () => {
    expect(() => createWebhookReceiver({} as never)).toThrow(/needs \{ verify \}/);
  });

  it("reads fetch Headers as well as node header records and ignores a non-numeric attempt", () => {
    const delivery = parseWebhookDelivery({
      rawBody: new TextEncoder().encode(body),
      headers: new Headers({ "x-hyponema-event-type": "fatigue.alert", "x-hyponema-delivery-attempt": "soon" }),
    });
    expect(delivery).toMatchObject({ eventId: EVENT_ID, eventType: "fatigue.alert", attempt: undefined });
    expect(() => parseWebhookDelivery({ rawBody: body, headers: {} })).toThrow("Webhook request has no X-Hyponema-Event-Type header.");
  });

  it("the memory store forgets the oldest ids beyond its bound", () => {
    const store = createMemoryDedupeStore({ maxEntries: 2 });
    expect([store.claim("a"), store.claim("b"), store.claim("a"), store.claim("c")]).toEqual([true, true, false, true]);
    expect(store.claim("a")).toBe(true); // evicted when "c" arrived
    expect(store.claim("c")).toBe(false);
  });
});
