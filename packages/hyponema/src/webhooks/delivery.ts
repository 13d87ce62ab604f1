import type { components, operations, webhooks } from "../generated/schema.js";
import { MalformedWebhookError } from "./errors.js";
import { toHeaders, type HeadersLike } from "./headers.js";

/** Event types the spec documents (its `webhooks` section). The vendor's catalog is incomplete, so others arrive too. */
export type KnownWebhookEventType = keyof webhooks & string;

/** A documented event type, or any other string the vendor sends. */
export type WebhookEventType = KnownWebhookEventType | (string & {});

/** The delivery body: only `event_id` is documented, every other field is open. */
export type WebhookDeliveryBody = components["schemas"]["WebhookDelivery"];

type DeliveryHeaders = operations["receivePostCallTranscription"]["parameters"]["header"];

// Names checked against the spec at compile time: a renamed header in the spec breaks the build here.
const EVENT_ID_HEADER = "X-Hyponema-Event-Id" satisfies keyof DeliveryHeaders;
const EVENT_TYPE_HEADER = "X-Hyponema-Event-Type" satisfies keyof DeliveryHeaders;
const ATTEMPT_HEADER = "X-Hyponema-Delivery-Attempt" satisfies keyof DeliveryHeaders;

export interface WebhookDelivery {
  /** Stable across retries and redeliveries: the de-duplication key. */
  readonly eventId: string;
  readonly eventType: WebhookEventType;
  /** Attempt number from `X-Hyponema-Delivery-Attempt`, or `undefined` if absent or not a number. */
  readonly attempt: number | undefined;
  readonly body: WebhookDeliveryBody;
}

export interface RawWebhookRequest {
  /** The body exactly as received: verify signatures over these bytes, not over re-serialised JSON. */
  readonly rawBody: string | Uint8Array;
  readonly headers: HeadersLike;
}

/**
 * Parse a delivery from its raw body and headers. Throws `MalformedWebhookError` naming what is wrong, so the
 * receiver can answer 400 instead of acknowledging a request it did not understand.
 */
export function parseWebhookDelivery(request: RawWebhookRequest): WebhookDelivery {
  const headers = toHeaders(request.headers);
  const text = typeof request.rawBody === "string" ? request.rawBody : new TextDecoder().decode(request.rawBody);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new MalformedWebhookError(`Webhook body is not valid JSON: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new MalformedWebhookError("Webhook body must be a JSON object.");
  }
  const eventId = (parsed as Record<string, unknown>).event_id;
  if (typeof eventId !== "string" || eventId === "") {
    throw new MalformedWebhookError("Webhook body has no string event_id.");
  }
  const headerId = headers.get(EVENT_ID_HEADER);
  if (headerId !== null && headerId !== eventId) {
    throw new MalformedWebhookError(`Webhook body event_id "${eventId}" differs from the ${EVENT_ID_HEADER} header "${headerId}".`);
  }
  const eventType = headers.get(EVENT_TYPE_HEADER);
  if (!eventType) throw new MalformedWebhookError(`Webhook request has no ${EVENT_TYPE_HEADER} header.`);
  return {
    eventId,
    eventType,
    attempt: parseAttempt(headers.get(ATTEMPT_HEADER)),
    body: parsed as WebhookDeliveryBody,
  };
}

function parseAttempt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim());
}

/** Narrow a delivery to one documented event type. */
export function isWebhookEvent<T extends KnownWebhookEventType>(delivery: WebhookDelivery, type: T): delivery is WebhookDelivery & { readonly eventType: T } {
  return delivery.eventType === type;
}
