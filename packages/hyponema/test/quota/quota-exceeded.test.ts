import { afterEach, describe, expect, it } from "vitest";
import { ApiError, createHyponemaClient, HyponemaApiError, QuotaExceededError } from "../../src/index.js";
import { findQuotaCode } from "../../src/quota/quota-exceeded-error.js";
import { sendJson, startRecordingServer, type RecordingServer } from "../support/test-server.js";

let server: RecordingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function inlineSourceAgainst(status: number, body: unknown): Promise<unknown> {
  server = await startRecordingServer((_req, res) => sendJson(res, status, body));
  const client = createHyponemaClient({ apiKey: "hyp_test", baseUrl: server.origin, retries: 0 });
  return client
    .unwrap(client.POST("/workspaces/{ws}/knowledge-base/sources/inline", { params: { path: { ws: "ws_1" } }, body: { name: "n", content: "c" } }))
    .catch((e: unknown) => e);
}

describe("402 quota errors", () => {
  it("become QuotaExceededError carrying the documented code wherever the body puts it", async () => {
    const failure = await inlineSourceAgainst(402, { error: { code: "quota-exceeded-kb-storage", message: "Storage full" } });
    expect(failure).toBeInstanceOf(QuotaExceededError);
    expect(failure).toBeInstanceOf(HyponemaApiError);
    expect(failure).toMatchObject({ status: 402, quotaCode: "quota-exceeded-kb-storage", code: "quota-exceeded-kb-storage" });
    expect((failure as QuotaExceededError).name).toBe("QuotaExceededError");
  });

  it("other statuses are HyponemaApiErrors, not QuotaExceededErrors", async () => {
    const failure = await inlineSourceAgainst(404, { detail: "quota-exceeded-agents" });
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toBeInstanceOf(HyponemaApiError);
    expect(failure).not.toBeInstanceOf(QuotaExceededError);
  });

  it("findQuotaCode finds nothing in an unrelated body", () => {
    expect(findQuotaCode({ detail: "Payment required", items: ["quota"] })).toBeUndefined();
    expect(findQuotaCode("quota-exceeded-kb-upload-size")).toBe("quota-exceeded-kb-upload-size");
  });
});
