import { afterEach, describe, expect, it, vi } from "vitest";
import { type SpecInfo } from "../../src/index.js";
import { createVendorClient } from "../../src/internal.js";
import { API_KEY, operationTable, spec, type paths } from "../support/fixture-api.js";
import { definition } from "../support/make-client.js";
import { json, useTestServer } from "../support/test-server.js";

const serve = useTestServer();
afterEach(() => {
  vi.unstubAllEnvs();
});

const okThing = { success: true, data: { id: "t1", name: "x" } };
const params = { params: { path: { id: "t1" } } };
const apiKeySpec = {
  ...spec,
  securitySchemes: { bearer: { type: "apiKey", in: "header", name: "X-Api-Key", prefix: "Key-" } },
} as const satisfies SpecInfo;

function client(baseUrl: string, s: SpecInfo, options: { apiKey?: string } = {}) {
  return createVendorClient<paths, typeof operationTable, SpecInfo>(
    { ...definition, spec: s },
    { baseUrl, retries: 0, ...options },
  );
}

describe("credentials from the spec's security scheme", () => {
  it("sends an apiKey header scheme's key with its prefix, added when the key lacks it and only then", async () => {
    const server = await serve((_req, res) => json(res, 200, okThing));
    await client(server.url, apiKeySpec, { apiKey: "abc123" }).GET("/things/{id}", params);
    await client(server.url, apiKeySpec, { apiKey: "Key-abc123" }).GET("/things/{id}", params);
    expect(server.requests.map((r) => r.headers["x-api-key"])).toEqual(["Key-abc123", "Key-abc123"]);
  });

  it("takes the key from the vendor's environment variable (named after the package) when the caller gives none", async () => {
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

  it("keeps form/explode for query objects when a call sets its own serializer options", async () => {
    const server = await serve((_req, res) => json(res, 200, { success: true, data: [] }));
    const c = client(server.url, spec, { apiKey: API_KEY });
    const query = { tags: ["a", "b"], filters: { team: "support" } } as never;
    await c.GET("/things", { params: { query }, querySerializer: { array: { style: "pipeDelimited", explode: false } } });
    expect(server.requests[0]?.url).toBe("/things?tags=a|b&team=support");
  });
});
