import { describe, expect, it } from "vitest";
import { USAGE } from "../src/cli/parse-args.js";
import { DEFAULT_DOCS_URL, DEFAULT_HOST, DOCS_PORT_ENV, defaultDocsUrl } from "../src/defaults.js";

describe("the docs link", () => {
  it("points where the docs server listens: DOCS_PORT when set, else its default port", () => {
    expect(defaultDocsUrl({})).toBe("http://127.0.0.1:4000");
    expect(defaultDocsUrl({ DOCS_PORT: "" })).toBe(DEFAULT_DOCS_URL);
    expect(defaultDocsUrl({ DOCS_PORT: "4100" })).toBe("http://127.0.0.1:4100");
    expect(() => defaultDocsUrl({ DOCS_PORT: "40a0" })).toThrow('DOCS_PORT: "40a0" is not a port number');
  });


  it("is described in --help from the same constants", () => {
    expect(USAGE).toContain(`(default ${DEFAULT_DOCS_URL}, or port $${DOCS_PORT_ENV} when set)`);
    expect(USAGE).toContain(`Interface to listen on (default ${DEFAULT_HOST})`);
  });
});
