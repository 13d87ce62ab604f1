import { VendorSdkError } from "@vendor-sdks/runtime";
import type { components } from "./generated/schema.js";

type CompletionStatus = components["schemas"]["CompletionStatus"];

/**
 * Hana finished the completion without an answer: `completionStatus` is `ERROR`, or `COMPLETED` with a null
 * `completionResponse` (which the docs say must not count as success). `record` is the last status record.
 */
export class CompletionFailedError extends VendorSdkError {
  readonly messageId: string;
  readonly record: CompletionStatus;

  constructor(record: CompletionStatus) {
    const why = record.completionStatus === "ERROR" ? "ended with ERROR" : "COMPLETED without a response";
    super(`Hana completion ${record.messageId} ${why}.`);
    this.messageId = record.messageId;
    this.record = record;
  }
}

/**
 * The completion was still unfinished when the caller's time limit ran out. Hana keeps working on it: poll
 * `GET /chat/statuses?messageId=` yourself (status records are kept for 3 hours) or call `complete()` again.
 */
export class CompletionTimeoutError extends VendorSdkError {
  readonly messageId: string | undefined;
  /** The last status record seen, if any poll returned one. */
  readonly lastRecord: CompletionStatus | undefined;

  constructor(timeoutMs: number, messageId: string | undefined, lastRecord: CompletionStatus | undefined) {
    super(`Hana completion ${messageId ?? "(not created yet)"} did not finish within ${timeoutMs} ms.`);
    this.messageId = messageId;
    this.lastRecord = lastRecord;
  }
}
