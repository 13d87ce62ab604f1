import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { USAGE } from "../src/cli/parse-args.js";
import { DEFAULT_DOCS_PORT, DEFAULT_DOCS_URL, DEFAULT_HOST, DOCS_PORT_ENV, defaultDocsUrl } from "../src/defaults.js";

// The docs app runs through tsx and sits outside this package's rootDir, so its sources are read, not imported.
const DOCS_SRC = join(import.meta.dirname, "..", "..", "docs", "src");

describe("the docs link", () => {
  it("points where the docs server listens: DOCS_PORT when set, else its default port", () => {
    expect(defaultDocsUrl({})).toBe("http://127.0.0.1:4000");
    expect(defaultDocsUrl({ DOCS_PORT: "" })).toBe(DEFAULT_DOCS_URL);
    expect(defaultDocsUrl({ DOCS_PORT: "4100" })).toBe("http://127.0.0.1:4100");
    expect(() => defaultDocsUrl({ DOCS_PORT: "40a0" })).toThrow('DOCS_PORT: "40a0" is not a port number');
  });

  it("uses the docs server's own default port and variable", () => {
    const port = readFileSync(join(DOCS_SRC, "serve", "port.ts"), "utf8");
    expect(port).toMatch(new RegExp(`export const DEFAULT_DOCS_PORT = ${DEFAULT_DOCS_PORT};`));
    expect(readFileSync(join(DOCS_SRC, "serve", "command-line.ts"), "utf8")).toContain(`env: "${DOCS_PORT_ENV}"`); // its --port option's variable
  });

  it("is described in --help from the same constants", () => {
    expect(USAGE).toContain(`(default ${DEFAULT_DOCS_URL}, or port $${DOCS_PORT_ENV} when set)`);
    expect(USAGE).toContain(`Interface to listen on (default ${DEFAULT_HOST})`);
  });
});
