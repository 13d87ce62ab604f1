/** A webhook request that is not a Hyponema delivery: bad JSON, no `event_id`, missing or mismatched headers. */
export class MalformedWebhookError extends Error {
  override readonly name = "MalformedWebhookError";
}

/** The caller's verifier rejected the delivery's signature. Answer 401/403 and do not process it. */
export class WebhookVerificationError extends Error {
  override readonly name = "WebhookVerificationError";
}
