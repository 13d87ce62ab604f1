import type { WebhookCapability } from "../engine/capabilities.js";
import type { MockResponse } from "../engine/exchange.js";
import type { WebhookRegistry } from "../state/create-state.js";
import { deliver } from "./deliver.js";
import { deliveryRequest } from "./delivery-request.js";
import { readWebhookEvents } from "./webhook-events.js";

export interface WebhooksOptions {
  readonly document: Record<string, unknown>;
  /** The registered endpoints (the mock's state); undefined when state is off, so nothing is registered. */
  readonly registry: WebhookRegistry | undefined;
  /** How long one receiver may take to answer (default 5 s). */
  readonly timeoutMs?: number;
  readonly now?: () => Date;
}

export const DEFAULT_DELIVERY_TIMEOUT_MS = 5_000;

/**
 * `POST /__mock/trigger/<event>`: delivers a documented webhook event to every endpoint the calling credential
 * registered for it through the vendor's webhook API on the mock, all at once, and answers with each delivery's
 * outcome. Undefined when the spec documents no webhooks.
 */
export function createWebhooks(options: WebhooksOptions): WebhookCapability | undefined {
  const events = readWebhookEvents(options.document);
  if (events.size === 0) return undefined;
  const names = [...events.keys()];
  const timeoutMs = options.timeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS;
  const now = options.now ?? (() => new Date());
  return {
    events: names,
    async trigger(credential, name, request) {
      const event = events.get(name);
      if (!event) return json(404, { error: `Unknown webhook event "${name}"; the spec documents: ${names.join(", ")}.` });
      if (!options.registry) return json(200, { event: name, deliveries: [], note: "State is off (--stateless): no webhook endpoint is registered, so nothing was delivered." });
      const registry = options.registry;
      const endpoints = registry.endpoints(credential).filter((endpoint) => endpoint.events.includes(name));
      const deliveries = await Promise.all(
        endpoints.map(async (endpoint) => {
          const delivery = deliveryRequest(event, names, now());
          const outcome = await deliver(endpoint.url, event.method, delivery.headers, delivery.body, timeoutMs, request.signal);
          const record = { event: name, url: endpoint.url, ...(delivery.eventId === undefined ? {} : { event_id: delivery.eventId }), ...outcome, delivered_at: now().toISOString() };
          registry.recordDelivery(credential, endpoint, record);
          return { endpoint_id: endpoint.id, ...record };
        }),
      );
      return json(200, {
        event: name,
        deliveries,
        ...(endpoints.length === 0 ? { note: `No endpoint of this credential subscribes to ${name}: register one through the vendor's webhook API on this mock first.` } : {}),
      });
    },
  };
}

function json(status: number, value: unknown): MockResponse {
  return { status, headers: { "content-type": "application/json" }, body: JSON.stringify(value) };
}
