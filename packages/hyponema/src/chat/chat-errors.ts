import { StreamEventError, StreamIncompleteError, type SseEvent } from "@vendor-sdks/runtime";

/**
 * The turn ended with an `error` event: a `StreamEventError` whose `event` is that event. `errorKind` values are not
 * documented by Hyponema.
 */
export class ChatTurnError extends StreamEventError {
  constructor(
    readonly detail: string,
    readonly errorKind: string,
    event: SseEvent = { event: "error", data: { detail, error_kind: errorKind } },
    operationId?: string,
  ) {
    super(`Chat turn failed (${errorKind}): ${detail}`, event, operationId);
  }
}

/** The stream closed before the turn finished (no `turn_end` and no `error` event). */
export class ChatStreamIncompleteError extends StreamIncompleteError {}
