import { createMemoryDedupeStore, type DedupeStore } from "./dedupe-store.js";
import { parseWebhookDelivery, type RawWebhookRequest, type WebhookDelivery } from "./delivery.js";
import { WebhookVerificationError } from "./errors.js";
import { toHeaders } from "./headers.js";

/**
 * Checks a delivery's signature. Hyponema signs with HMAC-SHA256 and a per-endpoint secret, but its docs do not
 * say which header carries the signature or what string is signed, so the SDK cannot verify for you: implement
 * this from your workspace's reference. Return `false` (or throw) to reject.
 */
export type WebhookVerifier = (request: { readonly rawBody: string | Uint8Array; readonly headers: Headers }) => boolean | Promise<boolean>;

export interface WebhookReceiverOptions {
  /** Required: an unverified webhook is anyone's POST. */
  readonly verify: WebhookVerifier;
  /** Where processed event ids are remembered. Defaults to an in-process memory store. */
  readonly store?: DedupeStore;
}

export interface WebhookOutcome {
  readonly delivery: WebhookDelivery;
  /** The event was already processed (or is being processed); the handler did not run. Still answer 2xx. */
  readonly duplicate: boolean;
}

export interface WebhookReceiver {
  /**
   * Verify, parse and de-duplicate one delivery, then run `handle` unless the event was already seen. If
   * `handle` throws, the event id is released and the error rethrown: answer non-2xx so Hyponema retries.
   * Answer 2xx once this resolves (keep `handle` short: enqueue, do not process inline).
   */
  receive(request: RawWebhookRequest, handle: (delivery: WebhookDelivery) => void | Promise<void>): Promise<WebhookOutcome>;
}

export function createWebhookReceiver(options: WebhookReceiverOptions): WebhookReceiver {
  if (typeof options.verify !== "function") {
    throw new TypeError("createWebhookReceiver needs { verify }: Hyponema's signature scheme is not documented, so pass your own verifier.");
  }
  const store = options.store ?? createMemoryDedupeStore();
  return {
    async receive(request, handle) {
      const headers = toHeaders(request.headers);
      if (!(await options.verify({ rawBody: request.rawBody, headers }))) {
        throw new WebhookVerificationError("Webhook signature verification failed.");
      }
      const delivery = parseWebhookDelivery({ rawBody: request.rawBody, headers });
      if (!(await store.claim(delivery.eventId))) return { delivery, duplicate: true };
      try {
        await handle(delivery);
      } catch (error) {
        await store.release(delivery.eventId);
        throw error;
      }
      return { delivery, duplicate: false };
    },
  };
}
