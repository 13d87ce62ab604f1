import { isObject } from "@vendor-sdks/spec-kit/spec/read-document";
import type { WebhookEvent } from "./webhook-events.js";

/** One delivery of an event, ready to send. */
export interface DeliveryRequest {
  readonly headers: Record<string, string>;
  readonly body: string;
  /** The event id the body and headers carry, when the documented example has a UUID one. */
  readonly eventId: string | undefined;
}

// 8-4-4-4-12: a documented id to replace with a fresh one
const UUID_SHAPED = /^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/i;
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d/;

/** Says why a delivery carries no signature: the spec documents no signature header to send one in. */
export const SIGNATURE_NOTE_HEADER = "x-mock-signature-note";
export const SIGNATURE_NOTE =
  "unsigned: the spec documents no signature header or signed string for this webhook, so the mock cannot sign it as the vendor does (see the webhook's description in the spec)";

/**
 * The event's documented example body with fresh ids (each UUID-shaped value replaced, the same one everywhere it
 * appears, headers included) and timestamps now; its documented headers with their example values, the event's
 * name where the example names an event, and a note when no signature header is documented.
 */
export function deliveryRequest(event: WebhookEvent, eventNames: readonly string[], now: Date): DeliveryRequest {
  const fresh = new Map<string, string>();
  const renew = (value: string): string => {
    const known = fresh.get(value);
    if (known !== undefined) return known;
    const id = crypto.randomUUID();
    fresh.set(value, id);
    return id;
  };
  const body = refreshed(event.example ?? {}, renew, now);
  const headers: Record<string, string> = { "content-type": "application/json" };
  for (const header of event.headers) {
    const example = typeof header.example === "string" || typeof header.example === "number" ? String(header.example) : undefined;
    if (example === undefined && header.format !== "uuid") continue;
    let value = example ?? "";
    if (header.format === "uuid" || UUID_SHAPED.test(value)) value = renew(value);
    else if (eventNames.includes(value)) value = event.name;
    headers[header.name.toLowerCase()] = value;
  }
  if (!event.headers.some((h) => /signature/i.test(h.name))) headers[SIGNATURE_NOTE_HEADER] = SIGNATURE_NOTE;
  const first = fresh.values().next();
  return { headers, body: JSON.stringify(body), eventId: first.done ? undefined : first.value };
}

function refreshed(value: unknown, renew: (id: string) => string, now: Date): unknown {
  if (typeof value === "string") return UUID_SHAPED.test(value) ? renew(value) : RFC3339.test(value) ? now.toISOString() : value;
  if (Array.isArray(value)) return value.map((item) => refreshed(item, renew, now));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, refreshed(item, renew, now)]));
  return value;
}
