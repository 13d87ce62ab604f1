import { afterEach, describe, expect, it, vi } from "vitest";
import { createHapiClient, readJwtExpiry, VendorSdkError } from "../../src/index.js";
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

  it("reads exp (seconds) from a JWT as epoch milliseconds", () => {
    expect(readJwtExpiry(fakeJwt({ exp: 1787405400 }))).toBe(1787405400000);
    expect(readJwtExpiry("not-a-jwt")).toBeUndefined();
  });
});

describe("createHapiClient without an access token", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("reads HAPI_ACCESS_TOKEN, and says where to put the token when there is none", () => {
    vi.stubEnv("HAPI_ACCESS_TOKEN", undefined);
    expect(() => createHapiClient()).toThrow("pass { accessToken } or set HAPI_ACCESS_TOKEN");
    vi.stubEnv("HAPI_ACCESS_TOKEN", "from-env");
    expect(() => createHapiClient()).not.toThrow();
  });
});
