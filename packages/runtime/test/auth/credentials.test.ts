import { afterEach, describe, expect, it, vi } from "vitest";
import { createVendorClient, type SpecInfo } from "../../src/index.js";
import { API_KEY, operations, spec, type paths } from "../support/fixture-api.js";
import { json, useTestServer } from "../support/test-server.js";

const serve = useTestServer();
afterEach(() => {
  vi.unstubAllEnvs();
});

const okThing = { success: true, data: { id: "t1", name: "x" } };
const params = { params: { path: { id: "t1" } } };
const apiKeySpec = {
  ...spec,
  securitySchemes: { bearer: { type: "apiKey", in: "header", name: "X-API-KEY", prefix: "HANA-" } },
} as const satisfies SpecInfo;

function client(baseUrl: string, s: SpecInfo, options: { apiKey?: string } = {}) {
  return createVendorClient<paths, typeof operations, SpecInfo>(
    { spec: s, operations, packageName: "@vendor-sdks/fixture", packageVersion: "9.9.9", apiKeyEnv: "FIXTURE_API_KEY" },
    { baseUrl, retries: 0, ...options },
  );
}

describe("credentials from the spec's security scheme", () => {
  it("adds the scheme's key prefix when the key lacks it, and only then", async () => {
    const server = await serve((_req, res) => json(res, 200, okThing));
    await client(server.url, apiKeySpec, { apiKey: "abc123" }).GET("/things/{id}", params);
    await client(server.url, apiKeySpec, { apiKey: "HANA-abc123" }).GET("/things/{id}", params);
    expect(server.requests.map((r) => r.headers["x-api-key"])).toEqual(["HANA-abc123", "HANA-abc123"]);
  });

  it("takes the key from the vendor's environment variable when the caller gives none", async () => {
    vi.stubEnv("FIXTURE_API_KEY", API_KEY);
    const server = await serve((_req, res) => json(res, 200, okThing));
    await client(server.url, spec).GET("/things/{id}", params);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it("sends query objects as OpenAPI's default form/explode (e.g. metadata filters)", async () => {
    const server = await serve((_req, res) => json(res, 200, { success: true, data: [] }));
    const c = client(server.url, spec, { apiKey: API_KEY });
    await c.GET("/things", { params: { query: { filters: { "metadata.team": "support" } } as never } });
    expect(server.requests[0]?.url).toBe("/things?metadata.team=support");
  });
});
