import { VendorSdkError } from "@vendor-sdks/runtime";

/** A webhook request that is not a Hyponema delivery: bad JSON, no `event_id`, missing or mismatched headers. */
export class MalformedWebhookError extends VendorSdkError {}

/** The caller's verifier rejected the delivery's signature. Answer 401/403 and do not process it. */
export class WebhookVerificationError extends VendorSdkError {}
