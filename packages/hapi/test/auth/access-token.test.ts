import { afterEach, describe, expect, it, vi } from "vitest";
import { createHapiClient, jwtOf, VendorSdkError } from "../../src/index.js";
import { readJwtExpiry } from "../../src/jwt-expiry.js";
import { FakeAuth } from "../support/fake-auth.js";
import { startHubServer, type HubServer } from "../support/hub-server.js";
import { fakeJwt } from "../support/jwt.js";

describe("access token and JWT helpers", () => {
  it("refuses a second namespace on a token that already names one, without echoing the token", () => {
    const attempt = () => createHapiClient({ accessToken: "s3cret:team", namespace: "other" });
    expect(attempt).toThrow(VendorSdkError);
    expect(attempt).not.toThrow(/s3cret/);
  });

  it("refuses an empty access token", () => {
    expect(() => createHapiClient({ accessToken: "  " })).toThrow(/accessToken is empty/);
  });

  it("jwtOf() refuses an object that is not a HAPI client, saying what it needs", () => {
    expect(() => jwtOf({})).toThrow("jwtOf() needs a client made by createHapiClient().");
  });

  it("reads exp (seconds) from a JWT as epoch milliseconds", () => {
    expect(readJwtExpiry(fakeJwt({ exp: 1787405400 }))).toBe(1787405400000);
    expect(readJwtExpiry("not-a-jwt")).toBeUndefined();
  });
});

describe("createHapiClient without an access token", () => {
  let server: HubServer | undefined;
  afterEach(async () => {
    vi.unstubAllEnvs();
    await server?.close();
    server = undefined;
  });

  it("reads HAPI_ACCESS_TOKEN, and says where to put the token when there is none", async () => {
    vi.stubEnv("HAPI_ACCESS_TOKEN", undefined);
    expect(() => createHapiClient()).toThrow("pass { accessToken } or set HAPI_ACCESS_TOKEN");
    vi.stubEnv("HAPI_ACCESS_TOKEN", "from-env");
    expect(() => createHapiClient()).not.toThrow();

    // …and the token it read is the one traded at POST /api/auth.
    const auth = new FakeAuth("from-env");
    server = await startHubServer((req) => auth.exchange(req) ?? { status: 404, text: "404 Not Found" });
    const jwt = await jwtOf(createHapiClient({ baseUrl: server.baseUrl })).get();
    const exchange = server.requests.find((r) => r.method === "POST" && r.url.pathname === "/api/auth");
    expect(JSON.parse(exchange!.text)).toEqual({ accessToken: "from-env" });
    expect(jwt).toBe(auth.issued[0]);
  });
});
