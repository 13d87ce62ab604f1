import { describe, expect, it } from "vitest";
import { DEFAULT_DOCS_PORT, DOCS_PORT_ENV, mockPortEnvVar } from "../../src/workspace/ports.ts";

describe("port names", () => {
  it("names the docs port and each vendor's mock port variable as the README documents them", () => {
    expect(DEFAULT_DOCS_PORT).toBe(4000);
    expect(DOCS_PORT_ENV).toBe("DOCS_PORT");
    expect(mockPortEnvVar("hania")).toBe("MOCK_PORT_HANIA");
    expect(mockPortEnvVar("acme-ai")).toBe("MOCK_PORT_ACME_AI");
  });
});
