import { ApiError, VendorSdkError, type ApiErrorInit } from "@vendor-sdks/runtime";
import { classifyErrorBody, type HapiErrorBody } from "./error-body.js";
import type { components } from "./generated/schema.js";

/**
 * An error answer from the HAPI hub. `message` is the body's `error` (or its text), `code` its `code` when there is
 * one, and `details` the body sorted into the hub's error shapes (see {@link HapiErrorBody}).
 */
export class HapiApiError extends ApiError {
  readonly details: HapiErrorBody;

  constructor(init: ApiErrorInit) {
    const details = classifyErrorBody(init.body);
    // Route-specific bodies (e.g. a refused migration) carry their explanation in `message`, not `error`.
    const explanation = "message" in details && typeof details.message === "string" && details.message ? details.message : undefined;
    super(explanation && !(init.body as { error?: unknown } | null)?.error ? { ...init, message: explanation } : init);
    this.details = details;
  }

  /** 409 `session_inactive`: resume or reopen the session first (its id may change). */
  get isSessionInactive(): boolean {
    return this.status === 409 && this.code === "session_inactive";
  }

  /** 503 `Not connected`: the hub is starting or stopping; try again shortly. */
  get isNotConnected(): boolean {
    return this.status === 503 && this.details.kind === "error" && this.details.error === "Not connected";
  }
}

type MessagesPage = components["schemas"]["MessagesPage"];

/**
 * The session's message history was rewritten (its epoch changed) while paging: cursors from before are void.
 * Reload from the latest page; `page` is the hub's answer that revealed it.
 */
export class MessageHistoryChangedError extends VendorSdkError {
  readonly page: MessagesPage;

  constructor(page: MessagesPage) {
    super(`The session's message history changed (epoch ${page.epoch}${page.reset ? ", reset" : ""}): reload from the latest page.`);
    this.page = page;
  }
}
