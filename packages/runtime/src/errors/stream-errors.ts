import type { SseEvent } from "../sse/sse-event.js";
import { VendorSdkError } from "./errors.js";

/**
 * A stream sent an event its spec declares an error (`x-stream-events.error`, see specs/EXTENSIONS.md). The
 * iteration ends with this error instead of yielding the event.
 */
export class StreamEventError extends VendorSdkError {
  constructor(
    message: string,
    /** The error event as the server sent it (`data` parsed when JSON), with the client's secrets scrubbed. */
    readonly event: SseEvent,
    readonly operationId?: string,
  ) {
    super(message);
  }
}

/**
 * A stream ended before any event its spec declares terminal (`x-stream-events.terminal`): what was yielded is
 * not the whole answer.
 */
export class StreamIncompleteError extends VendorSdkError {
  constructor(
    message: string,
    readonly operationId?: string,
  ) {
    super(message);
  }
}
