import { describe, expect, it } from "vitest";
import { deliveryRequest, SIGNATURE_NOTE_HEADER } from "../../src/webhooks/delivery-request.js";
import type { WebhookEvent } from "../../src/webhooks/webhook-events.js";

const EXAMPLE_ID = "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
const event: WebhookEvent = {
  name: "dsar.ready",
  method: "POST",
  example: { event_id: EXAMPLE_ID, occurred_at: "2026-01-01T00:00:00Z", nested: [{ ref: EXAMPLE_ID }], count: 2 },
  schema: undefined,
  headers: [
    { name: "X-Event-Id", example: EXAMPLE_ID, format: "uuid" },
    { name: "X-Event-Type", example: "post_call_transcription", format: undefined },
    { name: "X-Attempt", example: "1", format: undefined },
  ],
};

describe("deliveryRequest", () => {
  it("renews each documented id once, the same everywhere it appears, headers included", () => {
    const delivery = deliveryRequest(event, ["post_call_transcription", "dsar.ready"], new Date("2026-12-06T14:00:00Z"));
    const body = JSON.parse(delivery.body);
    expect(body.event_id).not.toBe(EXAMPLE_ID);
    expect(body.nested[0].ref).toBe(body.event_id);
    expect(delivery.headers["x-event-id"]).toBe(body.event_id);
    expect(delivery.eventId).toBe(body.event_id);
    expect(body).toMatchObject({ occurred_at: "2026-12-06T14:00:00.000Z", count: 2 });
  });

  it("names the triggered event where the header's example names an event, keeps other examples, and notes the missing signature", () => {
    const delivery = deliveryRequest(event, ["post_call_transcription", "dsar.ready"], new Date());
    expect(delivery.headers).toMatchObject({ "content-type": "application/json", "x-event-type": "dsar.ready", "x-attempt": "1" });
    expect(delivery.headers[SIGNATURE_NOTE_HEADER]).toContain("unsigned");
  });

  it("sends no note when the spec documents a signature header", () => {
    const signed = { ...event, headers: [...event.headers, { name: "X-Signature", example: "sha256=abc", format: undefined }] };
    expect(deliveryRequest(signed, [], new Date()).headers[SIGNATURE_NOTE_HEADER]).toBeUndefined();
  });
});
