import { describe, expect, it } from "vitest";
import { readPreferences } from "../../src/engine/prefer-header.js";
import { mergedPrefer, scenarioPrefer } from "../../src/msw/scenario-prefer.js";

describe("scenarioPrefer", () => {
  it("writes every scenario field as the engine's Prefer preference", () => {
    const prefer = scenarioPrefer({ code: 404, example: "missing", dynamic: true, seed: "s1", latency: 20, streamDelay: 0, streamErrorAfter: 2, streamDropAfter: 3 });
    expect(readPreferences(prefer, {})).toEqual({ code: 404, exampleKey: "missing", dynamic: true, seed: "s1", latencyMs: 20, streamDelayMs: 0, streamErrorAfter: 2, streamDropAfter: 3 });
  });

  it("is empty for an empty scenario", () => {
    expect(scenarioPrefer({})).toBe("");
  });
});

describe("mergedPrefer", () => {
  it("lets the request's own Prefer win name by name over the scenario", () => {
    const merged = mergedPrefer("code=404, latency=10", "code=200", new URLSearchParams());
    expect(readPreferences(merged, {})).toEqual({ code: 200, latencyMs: 10 });
  });

  it("carries __<name> query preferences over when the request has no Prefer header", () => {
    const merged = mergedPrefer("code=404", null, new URLSearchParams("__code=201&__stream-delay=5&limit=3"));
    expect(readPreferences(merged, {})).toEqual({ code: 201, streamDelayMs: 5 });
  });
});
