import { describe, expect, it } from "vitest";
import { mockPortEnvName, parsePort } from "../../src/workspace/ports.js";

describe("ports", () => {
  it("names a vendor's mock port variable in upper case, other characters as _", () => {
    expect(mockPortEnvName("hyponema")).toBe("MOCK_PORT_HYPONEMA");
    expect(mockPortEnvName("acme-labs")).toBe("MOCK_PORT_ACME_LABS");
  });

  it("reads a port from 0 to 65535 and names the source of a bad one", () => {
    expect(parsePort("0", "x")).toBe(0);
    expect(parsePort("4010", "x")).toBe(4010);
    expect(() => parsePort("70000", "--port hana")).toThrow('--port hana: "70000" is not a port number (0-65535).');
    expect(() => parsePort("", "DOCS_PORT")).toThrow("DOCS_PORT");
    expect(() => parsePort("40a0", "DOCS_PORT")).toThrow('DOCS_PORT: "40a0" is not a port number');
  });
});
