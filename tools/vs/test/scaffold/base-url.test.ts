import { describe, expect, it } from "vitest";
import { parseBaseUrl } from "../../src/scaffold/base-url.ts";

describe("--base-url", () => {
  it("keeps an absolute http(s) URL, without trailing slashes", () => {
    expect(parseBaseUrl("https://api.acme.test/v1/")).toBe("https://api.acme.test/v1");
    expect(parseBaseUrl("http://localhost:8080")).toBe("http://localhost:8080");
  });

  it("rejects what cannot be a spec's server URL, saying what it got", () => {
    expect(() => parseBaseUrl("api.acme.test")).toThrow('--base-url must be an absolute http(s) URL, got "api.acme.test"');
    expect(() => parseBaseUrl(undefined)).toThrow('got ""');
    expect(() => parseBaseUrl("ftp://acme.test")).toThrow("--base-url must use http or https, got ftp:");
    expect(() => parseBaseUrl("https://user:secret@acme.test")).toThrow("--base-url must not carry credentials");
    expect(() => parseBaseUrl("https://acme.test/v1?key=1")).toThrow("--base-url must not have a query or fragment");
  });
});
