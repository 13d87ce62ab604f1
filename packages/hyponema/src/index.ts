export { createHyponemaClient, type HyponemaClient, type HyponemaClientOptions } from "./client.js";
export { HyponemaApiError } from "./errors.js";
export { chat, chatReply, type ChatOptions } from "./chat/chat.js";
export type { ChatEvent, ChatEventName, ChatEventOf, TokenUsage } from "./chat/chat-event.js";
export { collectChatReply, type ChatReply } from "./chat/collect-reply.js";
export { ChatStreamIncompleteError, ChatTurnError } from "./chat/chat-errors.js";
export { createBrowserSession, toBrowserSession, type BrowserSession, type SessionCreateRequest, type SessionCreated } from "./sessions/browser-session.js";
export {
  createWebhookReceiver,
  type WebhookOutcome,
  type WebhookReceiver,
  type WebhookReceiverOptions,
  type WebhookVerifier,
} from "./webhooks/receiver.js";
export {
  isWebhookEvent,
  parseWebhookDelivery,
  type KnownWebhookEventType,
  type RawWebhookRequest,
  type WebhookDelivery,
  type WebhookDeliveryBody,
  type WebhookEventType,
} from "./webhooks/delivery.js";
export { createMemoryDedupeStore, type DedupeStore } from "./webhooks/dedupe-store.js";
export { MalformedWebhookError, WebhookVerificationError } from "./webhooks/errors.js";
export type { HeadersLike, HeaderRecord } from "./webhooks/headers.js";
export { QuotaExceededError } from "./quota/quota-exceeded-error.js";
export { operationTable, type OperationId } from "./generated/operations.js";
export { specInfo } from "./generated/spec-info.js";
export type { components, operations as operationTypes, paths, webhooks } from "./generated/schema.js";
export * from "@vendor-sdks/runtime/caller-api";
