import { describe, expect, it } from "vitest";
import { countOperations, prismStartTimeoutMs } from "../../src/prism/prism-process.ts";

describe("Prism's start allowance", () => {
  it("counts every method of every path item, and nothing else of it", () => {
    const doc = { paths: { "/a": { get: {}, post: {}, parameters: [], summary: "s" }, "/b": { delete: {} } } };
    expect(countOperations(doc)).toBe(3);
    expect(countOperations({})).toBe(0);
  });

  it("grows with the operation count, so a large spec is not cut off at a fixed 30 s", () => {
    expect(prismStartTimeoutMs(20)).toBeGreaterThanOrEqual(30_000);
    // 2,632 operations needed 23.6 s on an idle machine: the allowance leaves room for a loaded one.
    expect(prismStartTimeoutMs(2_632)).toBeGreaterThan(3 * 23_600);
  });
});
