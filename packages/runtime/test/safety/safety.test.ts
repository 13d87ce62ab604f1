import { afterEach, describe, expect, it, vi } from "vitest";
import { ConnectionError, TimeoutError, VendorSdkError, type AuthProvider } from "../../src/index.js";
import { createVendorClient } from "../../src/internal.js";
import { API_KEY, type paths } from "../support/fixture-api.js";
import { closedPortUrl, json, useTestServer } from "../support/test-server.js";
import { definition, makeClient } from "../support/make-client.js";

const serve = useTestServer();
afterEach(() => {
  vi.unstubAllGlobals();
});

const params = { params: { path: { id: "t1" } } };
const okThing = { success: true, data: { id: "t1", name: "x" } };

describe("browser guard", () => {
  it("refuses a secret key in a browser-like runtime unless dangerouslyAllowBrowser is set", () => {
    vi.stubGlobal("window", {});
    vi.stubGlobal("document", {});
    expect(() => createVendorClient<paths>(definition, { apiKey: API_KEY })).toThrow(/dangerouslyAllowBrowser/);
    expect(() => createVendorClient<paths>(definition, { apiKey: API_KEY, dangerouslyAllowBrowser: true })).not.toThrow();
  });

  it("adds no custom identification header in a browser-like runtime (it would force a CORS preflight)", async () => {
    vi.stubGlobal("window", {});
    vi.stubGlobal("document", {});
    const s = await serve((_req, res) => json(res, 200, okThing));
    const client = makeClient(s.url, { dangerouslyAllowBrowser: true });
    await client.GET("/things/{id}", params);
    expect(Object.keys(s.requests[0]!.headers).filter((h) => h.startsWith("x-client"))).toEqual([]);
    // nor a User-Agent of its own (browsers forbid setting it): whatever arrives is the runtime's default
    expect(s.requests[0]!.headers["user-agent"] ?? "").not.toContain("@vendor-sdks/fixture");
  });
});

describe("transport security", () => {
  it("refuses to send a key over http:// to a non-loopback host unless allowInsecureHttp", () => {
    expect(() => createVendorClient<paths>(definition, { apiKey: API_KEY, baseUrl: "http://api.example.test" })).toThrow(/allowInsecureHttp/);
    expect(() => createVendorClient<paths>(definition, { apiKey: API_KEY, baseUrl: "http://api.example.test", allowInsecureHttp: true })).not.toThrow();
    expect(() => createVendorClient<paths>(definition, { apiKey: API_KEY, baseUrl: "http://localhost:4010" })).not.toThrow();
  });

  it("checks a per-call baseUrl too, before sending", async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    const client = createVendorClient<paths>(definition, { apiKey: API_KEY, fetch });
    await expect(client.GET("/things/{id}", { ...params, baseUrl: "http://api.example.test" })).rejects.toThrow(/allowInsecureHttp/);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe("credentials", () => {
  it("sends a bearer token and a User-Agent naming the package", async () => {
    const s = await serve((_req, res) => json(res, 200, okThing));
    await makeClient(s.url).GET("/things/{id}", params);
    expect(s.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(s.requests[0]!.headers["user-agent"]).toMatch(/^@vendor-sdks\/fixture\/9\.9\.9 node\//);
  });

  it("sends no credentials to an operation with security: []", async () => {
    const s = await serve((_req, res) => json(res, 200, { ok: true }));
    await makeClient(s.url).GET("/health");
    expect(s.requests[0]!.headers.authorization).toBeUndefined();
  });

  it("fails before any request when the key is missing, naming the option and the env var", async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    const client = createVendorClient<paths>(definition, { fetch });
    await expect(client.GET("/things/{id}", params)).rejects.toThrow(/getThing .*pass \{ apiKey \}.*FIXTURE_API_KEY/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("retries once with a fresh credential when the auth provider handles a 401", async () => {
    const s = await serve((req, res) =>
      req.headers.authorization === "Bearer fresh" ? json(res, 200, okThing) : json(res, 401, { success: false, error: "expired" }),
    );
    let token = "stale";
    const auth: AuthProvider = {
      getCredential: () => token,
      onUnauthorized: async () => {
        token = "fresh";
        return true;
      },
    };
    const client = createVendorClient<paths>(definition, { auth, baseUrl: s.url, retries: 0 });
    const { data } = await client.GET("/things/{id}", params);
    expect(data).toEqual(okThing);
    expect(s.requests.map((r) => r.headers.authorization)).toEqual(["Bearer stale", "Bearer fresh"]);
  });

  it("does not loop when the refreshed credential is rejected too", async () => {
    const s = await serve((_req, res) => json(res, 401, { success: false, error: "nope" }));
    const onUnauthorized = vi.fn(() => true);
    const client = createVendorClient<paths>(definition, { auth: { getCredential: () => "t", onUnauthorized }, baseUrl: s.url });
    const { response } = await client.GET("/things/{id}", params);
    expect(response.status).toBe(401);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(s.requests).toHaveLength(2);
  });

  it("keeps the key out of connection and timeout errors", async () => {
    const s = await serve(() => {});
    const client = makeClient(s.url, { timeoutMs: 50, retries: 0 });
    const query = { token: API_KEY } as never;
    const timeout = await client.GET("/things/{id}", { params: { path: { id: "t1" }, query } }).catch((e: unknown) => e);
    expect(timeout).toBeInstanceOf(TimeoutError);
    expect(String(timeout)).not.toContain(API_KEY);
    const refused = await makeClient(await closedPortUrl(), { retries: 0 })
      .GET("/things/{id}", { params: { path: { id: "t1" }, query } })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConnectionError);
    expect(String(refused)).not.toContain(API_KEY);
    expect(refused).toBeInstanceOf(VendorSdkError);
  });
});
