import { VendorSdkError } from "@vendor-sdks/runtime";

/** The turn ended with an `error` event. `errorKind` values are not documented by Hyponema. */
export class ChatTurnError extends VendorSdkError {
  constructor(
    readonly detail: string,
    readonly errorKind: string,
  ) {
    super(`Chat turn failed (${errorKind}): ${detail}`);
  }
}

/** The stream closed before the turn finished (no `turn_end` and no `error` event). */
export class ChatStreamIncompleteError extends VendorSdkError {}
