import { describe, expect, it } from "vitest";
import { referenceTitle } from "../../src/site/page-title.ts";

describe("referenceTitle", () => {
  it("does not repeat API when the spec's title ends with it", () => {
    expect(referenceTitle("HAPI Hub API")).toBe("HAPI Hub API reference");
    expect(referenceTitle("Hania API ")).toBe("Hania API reference");
  });

  it("adds API to a title without it", () => {
    expect(referenceTitle("Acme")).toBe("Acme API reference");
    expect(referenceTitle("Acme Widgets")).toBe("Acme Widgets API reference");
  });
});
