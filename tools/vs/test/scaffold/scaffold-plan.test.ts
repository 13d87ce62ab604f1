import { describe, expect, it } from "vitest";
import { planScaffold } from "../../src/scaffold/scaffold-plan.ts";
import { demoSpec, tempWorkspace } from "@vendor-sdks/test-kit/workspace/temp-workspace";

describe("planning a scaffold", () => {
  it("normalizes the input and takes the mock port after the workspace's highest", () => {
    const { root } = tempWorkspace({ "openapi.yaml": demoSpec });
    const plan = planScaffold(root, { name: "acme-ai", baseUrl: "https://api.acme.test/v2/", auth: { kind: "bearer" } });
    expect(plan.scaffold).toEqual({ name: "acme-ai", title: "AcmeAi", baseUrl: "https://api.acme.test/v2", auth: { kind: "bearer" }, mockPort: 4100 });
    expect(planScaffold(root, { name: "acme", baseUrl: "https://a.test", auth: { kind: "bearer" }, title: "  Acme: \"AI\" #1 " }).scaffold?.title).toBe('Acme: "AI" #1');
  });

  it("reports every problem at once", () => {
    const { root } = tempWorkspace({ "openapi.yaml": demoSpec });
    const plan = planScaffold(root, { name: "demo", baseUrl: "acme.test", auth: { kind: "api-key", in: "header", name: "X Key" }, title: "two\nlines" });
    expect(plan.scaffold).toBeUndefined();
    expect(plan.problems).toEqual([
      'specs/demo/ already exists: vendor "demo" is taken.',
      '--base-url must be an absolute http(s) URL, got "acme.test".',
      '--auth api-key:<Header-Name> needs a header name of letters, digits and dashes, got "X Key".',
      '--title must be one line of text without control characters, got "two\\nlines".',
    ]);
    expect(planScaffold(root, { name: "acme", baseUrl: "https://a.test", auth: { kind: "bearer" }, title: " " }).problems).toEqual(["--title must not be empty."]);
  });
});
