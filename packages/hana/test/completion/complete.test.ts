import { AbortError } from "@vendor-sdks/runtime";
import { afterEach, describe, expect, it } from "vitest";
import { track, useFakeClock } from "@vendor-sdks/test-doubles/fake-clock";
import { complete, CompletionFailedError, CompletionTimeoutError, createHanaClient } from "../../src/index.js";
import { pollCompletion, type CompletionCalls } from "../../src/complete.js";
import { startTestServer, type Handler, type TestServer } from "../support/hana-test-server.js";
import { MESSAGE_ID, envelope, page, statusRecord } from "../support/completion-records.js";

const FAST = { initialDelayMs: 5, factor: 2, maxDelayMs: 20 };
const BODY = { messages: [{ role: "user" as const, content: "Summarize today team updates", name: "alex-jones" }] };

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Answers the completion request, then each status poll with the next answer (the last one repeats). */
function scripted(polls: readonly unknown[]): Handler {
  let poll = 0;
  return (req) => {
    if (req.method === "POST" && req.url.pathname.endsWith("/chat/completion")) return { status: 200, body: envelope(statusRecord("IN_PROGRESS")) };
    if (req.method === "GET" && req.url.pathname.endsWith("/chat/statuses")) {
      const answer = polls[Math.min(poll, polls.length - 1)];
      poll += 1;
      return { status: 200, body: answer };
    }
    return { status: 404, body: {} };
  };
}

async function clientFor(handler: Handler) {
  server = await startTestServer(handler);
  return createHanaClient({ apiKey: "test-key", baseUrl: server.baseUrl });
}

const statusPolls = () => server!.requests.filter((r) => r.url.pathname.endsWith("/chat/statuses"));

describe("complete()", () => {
  it("polls while IN_PROGRESS and returns completionResponse once COMPLETED", async () => {
    const inProgress = page([statusRecord("IN_PROGRESS")]);
    const hana = await clientFor(scripted([inProgress, inProgress, inProgress, page([statusRecord("COMPLETED", "Here is the summary.")])]));
    const seen: string[] = [];

    const answer = await complete(hana, BODY, { backoff: FAST, onStatus: (r) => seen.push(r.completionStatus) });

    expect(answer).toBe("Here is the summary.");
    expect(seen).toEqual(["IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "COMPLETED"]);
    const create = server!.requests[0]!;
    expect(create.method).toBe("POST");
    expect(JSON.parse(create.text)).toEqual(BODY);
    expect(statusPolls()).toHaveLength(4);
    expect(statusPolls().every((r) => r.url.searchParams.get("messageId") === MESSAGE_ID)).toBe(true);
  });

  it("keeps polling while the new record is not visible yet", async () => {
    const hana = await clientFor(scripted([page([]), page([statusRecord("COMPLETED", "Done.")])]));
    await expect(complete(hana, BODY, { backoff: FAST })).resolves.toBe("Done.");
    expect(statusPolls()).toHaveLength(2);
  });

  it("throws CompletionFailedError carrying the record when the status is ERROR", async () => {
    const hana = await clientFor(scripted([page([statusRecord("IN_PROGRESS")]), page([statusRecord("ERROR")])]));
    const error = await complete(hana, BODY, { backoff: FAST }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompletionFailedError);
    const failed = error as CompletionFailedError;
    expect(failed.messageId).toBe(MESSAGE_ID);
    expect(failed.record.completionStatus).toBe("ERROR");
    expect(failed.record.completionFinishTime).not.toBeNull();
  });

  it("does not count COMPLETED with a null completionResponse as success", async () => {
    const hana = await clientFor(scripted([page([statusRecord("COMPLETED", null)])]));
    const error = await complete(hana, BODY, { backoff: FAST }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompletionFailedError);
    expect((error as CompletionFailedError).record.completionStatus).toBe("COMPLETED");
  });

  it("throws CompletionTimeoutError with the last record at timeoutMs when the completion never finishes", async () => {
    // The API calls answer at once, so only the fake clock decides when each poll happens.
    const clock = useFakeClock();
    const polledAt: number[] = [];
    const calls: CompletionCalls = {
      create: async () => statusRecord("IN_PROGRESS"),
      statuses: async () => {
        polledAt.push(clock.now());
        return [statusRecord("IN_PROGRESS")];
      },
    };
    const outcome = track(pollCompletion(calls, BODY, { backoff: FAST, timeoutMs: 200 }));

    await clock.advanceTo(199);
    expect(outcome.state).toBe("pending");
    // Waits of 5, 10, then 20 ms (FAST): a poll at 5, 15, 35 and every 20 ms after, the last at 195.
    expect(polledAt).toEqual([5, 15, 35, 55, 75, 95, 115, 135, 155, 175, 195]);

    await clock.advanceTo(200);
    expect(outcome.state).toBe("rejected");
    const error = await outcome.promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompletionTimeoutError);
    const timedOut = error as CompletionTimeoutError;
    expect(timedOut.messageId).toBe(MESSAGE_ID);
    expect(timedOut.lastRecord?.completionStatus).toBe("IN_PROGRESS");

    // Nothing keeps polling after the caller was told it timed out.
    await clock.advanceTo(1_000);
    expect(polledAt).toHaveLength(11);
  });

  it("stops with AbortError when the caller aborts", async () => {
    const hana = await clientFor(scripted([page([statusRecord("IN_PROGRESS")])]));
    const controller = new AbortController();
    // Aborted once the first poll has answered (not after a fixed delay, which a busy machine can outrun).
    const onStatus = () => void (statusPolls().length === 1 && controller.abort());
    const error = await complete(hana, BODY, { backoff: FAST, signal: controller.signal, timeoutMs: 5000, onStatus }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).not.toBeInstanceOf(CompletionTimeoutError);
    expect(statusPolls()).toHaveLength(1);

    // Nothing keeps polling after the caller aborted: with FAST it would have polled several times in 100 ms.
    await new Promise((r) => setTimeout(r, 100));
    expect(statusPolls()).toHaveLength(1);
  });

  it("rejects at once, without a request, when the signal is already aborted", async () => {
    const hana = await clientFor(scripted([page([statusRecord("COMPLETED", "x")])]));
    const error = await complete(hana, BODY, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(server!.requests).toHaveLength(0);
  });
});
