import { AbortError } from "@vendor-sdks/runtime";
import { sleep } from "@vendor-sdks/runtime/internal";
import type { HanaClient } from "./client.js";
import { CompletionFailedError, CompletionTimeoutError } from "./completion-errors.js";
import type { components } from "./generated/schema.js";

type CompletionStatus = components["schemas"]["CompletionStatus"];
export type ChatCompletionRequest = components["schemas"]["ChatCompletionRequest"];

/** The two API calls `complete()` makes, made by a Hana client (or a test's stand-in). */
export interface CompletionCalls {
  /** `POST /chat/completion`, unwrapped: the new status record. */
  create(body: ChatCompletionRequest, signal: AbortSignal): Promise<CompletionStatus>;
  /** `GET /chat/statuses?messageId=`, unwrapped: the records on the first page. */
  statuses(messageId: string, signal: AbortSignal): Promise<readonly CompletionStatus[]>;
}

export interface PollBackoff {
  /** Wait before the first poll. Default 1000 ms. */
  readonly initialDelayMs?: number;
  /** Each wait is the previous one times this. Default 1.5. */
  readonly factor?: number;
  /** Longest wait between polls. Default 10 000 ms. */
  readonly maxDelayMs?: number;
}

export interface CompleteOptions {
  /**
   * Give up (with {@link CompletionTimeoutError}) after this long, creation included. Default 300 000 ms (5 min).
   * Hana keeps status records for 3 hours, so a longer limit is pointless.
   */
  readonly timeoutMs?: number;
  /** Aborts the wait (and any request in flight) with the runtime's `AbortError`. */
  readonly signal?: AbortSignal;
  /** How often to poll; the docs suggest no interval, so the default starts at 1 s and backs off to 10 s. */
  readonly backoff?: PollBackoff;
  /** Called with every status record seen, the creation response first (e.g. to show progress). */
  readonly onStatus?: (record: CompletionStatus) => void;
}

const DEFAULT_TIMEOUT_MS = 300_000;

/**
 * Create a chat completion and wait for its answer (`POST /chat/completion`, then `GET /chat/statuses` with
 * backoff). Resolves to `completionResponse`; throws {@link CompletionFailedError} on `ERROR` (or `COMPLETED`
 * without a response), {@link CompletionTimeoutError} after `timeoutMs`, and `AbortError` when `signal` aborts.
 */
export function complete(client: HanaClient, body: ChatCompletionRequest, options?: CompleteOptions): Promise<string> {
  return pollCompletion(
    {
      create: (request, signal) => client.unwrap(client.POST("/chat/completion", { body: request, signal })),
      statuses: async (messageId, signal) => (await client.unwrap(client.GET("/chat/statuses", { params: { query: { messageId } }, signal }))).data,
    },
    body,
    options,
  );
}

/**
 * Creates the completion through `calls`, then polls its status record with backoff until it is `COMPLETED` with a
 * response (returned) or finished without one (throws). A poll that does not find the record yet counts as `IN_PROGRESS`.
 */
export async function pollCompletion(calls: CompletionCalls, body: ChatCompletionRequest, options: CompleteOptions = {}): Promise<string> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal;
  let messageId: string | undefined;
  let last: CompletionStatus | undefined;
  const seen = (record: CompletionStatus) => {
    last = record;
    options.onStatus?.(record);
  };

  try {
    signal.throwIfAborted();
    const created = await calls.create(body, signal);
    messageId = created.messageId;
    seen(created);
    let delay = options.backoff?.initialDelayMs ?? 1000;
    for (let record = created; ; ) {
      const outcome = finished(record);
      if (outcome !== undefined) return outcome;
      await sleep(delay, signal);
      delay = Math.min(delay * (options.backoff?.factor ?? 1.5), options.backoff?.maxDelayMs ?? 10_000);
      const found = (await calls.statuses(created.messageId, signal)).find((r) => r.messageId === created.messageId);
      if (found) {
        seen(found);
        record = found;
      }
    }
  } catch (error) {
    if (options.signal?.aborted) throw asAbortError(options.signal, error);
    if (deadline.signal.aborted) throw new CompletionTimeoutError(timeoutMs, messageId, last);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** The answer when the record is finished, undefined while it is in progress; throws when it finished badly. */
function finished(record: CompletionStatus): string | undefined {
  if (record.completionStatus === "IN_PROGRESS") return undefined;
  if (record.completionStatus === "COMPLETED" && typeof record.completionResponse === "string") return record.completionResponse;
  throw new CompletionFailedError(record);
}

function asAbortError(signal: AbortSignal, error: unknown): unknown {
  if (error instanceof AbortError) return error;
  return new AbortError("Hana completion aborted by the caller.", { cause: signal.reason ?? error });
}
