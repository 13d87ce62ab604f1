import { afterEach, describe, expect, it } from "vitest";
import type { OperationTable, PaginatedPath } from "@vendor-sdks/runtime";
import { AuthenticationError, HanaApiError, HanaPaymentRequiredError, NotFoundError, createHanaClient, operationTable, paginate, specInfo, type paths } from "../../src/index.js";
import { startTestServer, type Handler, type TestServer } from "../support/hana-test-server.js";
import { envelope } from "../support/completion-records.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(handler: Handler, apiKey = "test-key") {
  server = await startTestServer(handler);
  return createHanaClient({ apiKey, baseUrl: server.baseUrl, retries: 0 });
}

const owner = { email: "john.doe@example.com", role: "ADMIN", displayName: "John Doe", timestamp: "2025-03-09T11:48:40.713Z" };

describe("createHanaClient auth", () => {
  it.each([
    ["a bare key", "abc123"],
    ["a key with its HANA- prefix", "HANA-abc123"],
  ])("sends X-API-KEY: HANA-<key> when given %s", async (_, apiKey) => {
    const hana = await clientFor(() => ({ status: 200, body: envelope(owner) }), apiKey);
    await hana.unwrap(hana.GET("/test"));
    expect(server!.requests[0]!.headers["x-api-key"]).toBe("HANA-abc123");
  });

  it("unwraps the {success, content} envelope", async () => {
    const hana = await clientFor(() => ({ status: 200, body: envelope(owner) }));
    await expect(hana.unwrap(hana.GET("/test"))).resolves.toEqual(owner);
  });
});

describe("typed errors", () => {
  it("throws a HanaApiError that is an AuthenticationError on 401 without leaking the key", async () => {
    const hana = await clientFor(() => ({ status: 401, body: { message: "Unauthorized" } }), "secret-key-value");
    const error = await hana.unwrap(hana.GET("/test")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HanaApiError);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as HanaApiError).status).toBe(401);
    expect(JSON.stringify(error) + String(error)).not.toContain("secret-key-value");
  });

  it("throws HanaPaymentRequiredError on 402 and HanaApiError on other statuses", async () => {
    let status = 402;
    const hana = await clientFor(() => ({ status, body: {} }));
    await expect(hana.unwrap(hana.GET("/organization"))).rejects.toBeInstanceOf(HanaPaymentRequiredError);
    status = 404;
    const other = await hana.unwrap(hana.GET("/users/{userId}", { params: { path: { userId: "USER_ID" } } })).catch((e: unknown) => e);
    expect(other).toBeInstanceOf(HanaApiError);
    expect(other).toBeInstanceOf(NotFoundError);
    expect(other).not.toBeInstanceOf(HanaPaymentRequiredError);
  });
});

/** The path prefix of Hana's server URL (e.g. `/v1/expose-api`), which the test server's base URL carries too. */
const basePath = new URL(specInfo.defaultBaseUrl).pathname;

/** A paginated path without path parameters (so `paginate` needs no init). */
type ListPath = Exclude<PaginatedPath<paths, typeof operationTable>, `${string}{${string}`>;

/** List endpoints the spec declares paginated that need no path parameters, straight from the generated table. */
const listPaths = Object.values(operationTable as OperationTable)
  .filter((op) => op.method === "get" && op.pagination !== undefined && !op.path.includes("{"))
  .map((op) => op.path as ListPath);

describe("paginate()", () => {
  /**
   * 20 users served 10 per page (or per_page), with totalCount, as Hana's list endpoints do. The last page is full,
   * so only the reported total can stop the walk (a short page would stop it on its own).
   */
  const users = Array.from({ length: 20 }, (_, i) => ({ _id: `USER_${i}` }));
  const pagedUsers: Handler = (req) => {
    const pageNo = Number(req.url.searchParams.get("page") ?? "1");
    const perPage = Number(req.url.searchParams.get("per_page") ?? "10");
    const data = users.slice((pageNo - 1) * perPage, pageNo * perPage);
    return { status: 200, body: envelope({ data, totalCount: users.length }) };
  };

  it("walks page/per_page from page 1 and stops at the reported totalCount", async () => {
    const hana = await clientFor(pagedUsers);
    const ids: string[] = [];
    for await (const user of paginate(hana, "/users", { params: { query: { per_page: 10, search: "a" } } })) ids.push(user._id);

    expect(ids).toEqual(users.map((u) => u._id));
    const pages = server!.requests.map((r) => [r.url.searchParams.get("page"), r.url.searchParams.get("per_page"), r.url.searchParams.get("search")]);
    // Two requests, not three: page 2 came back full, so only totalCount (20) told the walk to stop.
    expect(pages).toEqual([
      ["1", "10", "a"],
      ["2", "10", "a"],
    ]);
  });

  it("finds paginated list endpoints in the generated operationTable table", () => {
    expect(listPaths.length).toBeGreaterThan(0);
  });

  it.each(listPaths)(
    "is declared for %s",
    async (path) => {
      const hana = await clientFor(() => ({ status: 200, body: envelope({ data: [], totalCount: 0 }) }));
      const items: unknown[] = [];
      for await (const item of paginate(hana, path)) items.push(item);
      expect(items).toEqual([]);
      expect(server!.requests[0]!.url.searchParams.get("page")).toBe("1");
    },
  );

  it("is declared for a report group's messages, keeping the path and filters on every page", async () => {
    const hana = await clientFor(() => ({ status: 200, body: envelope({ data: [{ _id: "M1" }], totalCount: 2 }) }));
    const init = { params: { path: { reportGroupId: "RG" }, query: { per_page: 1, startTimestamp: "2025-02-16T01:42:07.213Z" } } };
    const ids: string[] = [];
    for await (const message of paginate(hana, "/report-groups/{reportGroupId}/report-messages", init)) ids.push(message._id);
    expect(ids).toEqual(["M1", "M1"]);
    expect(server!.requests.map((r) => [r.url.pathname, r.url.searchParams.get("page"), r.url.searchParams.get("startTimestamp")])).toEqual([
      [`${basePath}/report-groups/RG/report-messages`, "1", "2025-02-16T01:42:07.213Z"],
      [`${basePath}/report-groups/RG/report-messages`, "2", "2025-02-16T01:42:07.213Z"],
    ]);
  });
});
