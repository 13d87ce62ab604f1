import { AbortError } from "@vendor-sdks/runtime";
import { afterEach, describe, expect, it } from "vitest";
import { CompletionFailedError, CompletionTimeoutError, createHanaClient } from "../../src/index.js";
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

    const answer = await hana.complete(BODY, { backoff: FAST, onStatus: (r) => seen.push(r.completionStatus) });

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
    await expect(hana.complete(BODY, { backoff: FAST })).resolves.toBe("Done.");
    expect(statusPolls()).toHaveLength(2);
  });

  it("throws CompletionFailedError carrying the record when the status is ERROR", async () => {
    const hana = await clientFor(scripted([page([statusRecord("IN_PROGRESS")]), page([statusRecord("ERROR")])]));
    const error = await hana.complete(BODY, { backoff: FAST }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompletionFailedError);
    const failed = error as CompletionFailedError;
    expect(failed.messageId).toBe(MESSAGE_ID);
    expect(failed.record.completionStatus).toBe("ERROR");
    expect(failed.record.completionFinishTime).not.toBeNull();
  });

  it("does not count COMPLETED with a null completionResponse as success", async () => {
    const hana = await clientFor(scripted([page([statusRecord("COMPLETED", null)])]));
    const error = await hana.complete(BODY, { backoff: FAST }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompletionFailedError);
    expect((error as CompletionFailedError).record.completionStatus).toBe("COMPLETED");
  });

  it("throws CompletionTimeoutError with the last record when the completion never finishes", async () => {
    const hana = await clientFor(scripted([page([statusRecord("IN_PROGRESS")])]));
    const started = Date.now();
    const error = await hana.complete(BODY, { backoff: FAST, timeoutMs: 200 }).catch((e: unknown) => e);
    const elapsed = Date.now() - started;

    expect(error).toBeInstanceOf(CompletionTimeoutError);
    const timedOut = error as CompletionTimeoutError;
    expect(timedOut.messageId).toBe(MESSAGE_ID);
    expect(timedOut.lastRecord?.completionStatus).toBe("IN_PROGRESS");
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(2000);
    expect(statusPolls().length).toBeGreaterThan(1);

    // Nothing keeps polling after the caller was told it timed out. A poll aborted at the deadline may still
    // reach the server a moment later, so let it land before counting.
    await new Promise((r) => setTimeout(r, 50));
    const polls = statusPolls().length;
    await new Promise((r) => setTimeout(r, 100));
    expect(statusPolls()).toHaveLength(polls);
  });

  it("stops with AbortError when the caller aborts", async () => {
    const hana = await clientFor(scripted([page([statusRecord("IN_PROGRESS")])]));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 60);
    const error = await hana.complete(BODY, { backoff: FAST, signal: controller.signal, timeoutMs: 5000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).not.toBeInstanceOf(CompletionTimeoutError);
    expect(statusPolls().length).toBeGreaterThan(0);

    // Nothing keeps polling after the caller aborted. A poll aborted mid-flight may still reach the server a
    // moment later, so let it land before counting.
    await new Promise((r) => setTimeout(r, 50));
    const polls = statusPolls().length;
    await new Promise((r) => setTimeout(r, 100));
    expect(statusPolls()).toHaveLength(polls);
  });

  it("rejects at once, without a request, when the signal is already aborted", async () => {
    const hana = await clientFor(scripted([page([statusRecord("COMPLETED", "x")])]));
    const error = await hana.complete(BODY, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(server!.requests).toHaveLength(0);
  });
});
