import { describe, expect, it } from "vitest";
import { closestName } from "../../src/command-line/closest-name.ts";

describe("closestName", () => {
  it("suggests the name a typo most likely meant; two neighbours swapped count as one edit", () => {
    expect(closestName("chek", ["check", "json"])).toBe("check");
    expect(closestName("prot", ["port", "host", "dir"])).toBe("port");
    expect(closestName("generat", ["generate", "codegen"])).toBe("generate");
    expect(closestName("base-ulr", ["base-url", "json"])).toBe("base-url");
  });

  it("prefers the closer of two candidates", () => {
    expect(closestName("mocks", ["mock", "docs"])).toBe("mock");
  });

  it("suggests nothing when no candidate is close, or the names are too short to tell", () => {
    expect(closestName("definitely-unknown", ["check", "json"])).toBeUndefined();
    expect(closestName("x", ["h"])).toBeUndefined();
    expect(closestName("ab", ["ba"])).toBeUndefined();
  });
});
