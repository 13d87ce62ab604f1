import { describe, expect, it } from "vitest";
import { renderLlmsTxt } from "../../src/llms/render-llms-txt.ts";
import type { OperationEntry } from "../../src/spec/operations.ts";
import type { SpecSummary } from "../../src/spec/spec-summary.ts";

const summary = (vendor: string, title: string): SpecSummary => ({ vendor, title, description: "", version: "1.0", baseUrl: `https://${vendor}.test`, operationCount: 1, clientPackage: `@vendor-sdks/${vendor}` });
const op = (path: string, summaryText: string): OperationEntry => ({ method: "get", path, parameters: [], operation: { operationId: "x", summary: summaryText } });

describe("renderLlmsTxt", () => {
  const text = renderLlmsTxt([
    { summary: summary("acme", "Acme API"), operations: [{ entry: op("/widgets", "List [all] widgets"), slug: "listWidgets" }] },
    { summary: summary("zeta", "Zeta API"), operations: [] },
  ]);

  it("follows the llmstxt.org layout: H1, summary blockquote, then H2 sections of link lists", () => {
    const lines = text.split("\n");
    expect(lines[0]).toBe("# vendor-sdks API reference");
    expect(lines[2]).toMatch(/^> Hand-written OpenAPI 3\.1 references of 2 third-party APIs \(Acme API, Zeta API\)/);
    expect(lines.filter((l) => l.startsWith("## "))).toEqual(["## Acme API", "## Zeta API", "## Optional"]);
    for (const line of lines.filter((l) => l.startsWith("- "))) expect(line).toMatch(/^- \[[^\]]*(?:\\\][^\]]*)*\]\([^)]+\)(?:: .+)?$/);
  });

  it("links each vendor's overview, one page per operation and, as optional, the specs", () => {
    expect(text).toContain("- [Acme API overview](acme/index.md): version `1.0`, base URL `https://acme.test`, 1 operation, client `@vendor-sdks/acme`");
    expect(text).toContain("- [List \\[all\\] widgets](acme/operations/listWidgets.md): `GET /widgets`");
    expect(text).toContain("- [Zeta API OpenAPI spec (openapi.yaml)](zeta/openapi.yaml): the complete bundled spec");
  });
});
