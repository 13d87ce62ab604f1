import { describe, expect, it } from "vitest";
import { ANONYMOUS, credentialOf, credentialSources } from "../../src/credentials/credential-of.js";
import type { MockRequest } from "../../src/engine/exchange.js";
import { vendorDocument } from "../support/vendor-document.js";

const request = (headers: Record<string, string>, query: Record<string, string> = {}): MockRequest => ({ method: "GET", path: "/", query, headers, body: null });

describe("credentialOf", () => {
  it("reads a bearer token without its scheme word", () => {
    const sources = credentialSources(vendorDocument("hania"));
    expect(credentialOf(sources, request({ authorization: "Bearer hania_sk_1" }))).toBe("hania_sk_1");
  });

  it("reads an API key header by the scheme's name (X-API-KEY), matched lower-cased as both fronts hand headers over", () => {
    const sources = credentialSources(vendorDocument("hana"));
    expect(credentialOf(sources, request({ "x-api-key": "HANA-abc" }))).toBe("HANA-abc");
  });

  it("reads a query credential, so HAPI's ?token= and its Bearer header name the same caller", () => {
    const sources = credentialSources(vendorDocument("hapi"));
    expect(credentialOf(sources, request({}, { token: "jwt.1" }))).toBe("jwt.1");
    expect(credentialOf(sources, request({ authorization: "Bearer jwt.1" }))).toBe("jwt.1");
  });

  it("scopes a request without a credential as anonymous", () => {
    expect(credentialOf(credentialSources(vendorDocument("hania")), request({}))).toBe(ANONYMOUS);
  });
});
