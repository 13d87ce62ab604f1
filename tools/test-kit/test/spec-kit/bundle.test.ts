import { describe, expect, it } from "vitest";
import { bundleSpec } from "@vendor-sdks/spec-kit/spec/bundle";
import { lintSpec } from "@vendor-sdks/spec-kit/spec/lint";
import { SpecError } from "@vendor-sdks/spec-kit/spec/problems";
import { demoSpec, tempWorkspace, thingsPath } from "../../src/workspace/temp-workspace.ts";

describe("bundleSpec", () => {
  it("resolves a multi-file spec into one document", async () => {
    const ws = tempWorkspace({ "openapi.yaml": demoSpec, "paths/things.yaml": thingsPath });
    const { document } = await bundleSpec(ws.vendor, ws.root);
    expect(Object.keys((document.paths as object) ?? {})).toEqual(["/things"]);
    expect(JSON.stringify(document)).not.toContain("paths/things.yaml");
  });

  it("names the file and line of a YAML syntax error in any spec file", async () => {
    const ws = tempWorkspace({ "openapi.yaml": demoSpec, "paths/things.yaml": thingsPath.replace("summary: List things", "summary: [List things") });
    const error = await bundleSpec(ws.vendor, ws.root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect((error as Error).message).toMatch(/specs\/demo\/paths\/things\.yaml:[34]:\d+ error yaml-syntax/);
  });

  it("names the file and line of a dangling $ref", async () => {
    const ws = tempWorkspace({ "openapi.yaml": demoSpec.replace("paths/things.yaml", "paths/nothing.yaml"), "paths/things.yaml": thingsPath });
    const error = await bundleSpec(ws.vendor, ws.root).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/specs\/demo\/openapi\.yaml:9:\d+ error .*paths\/nothing\.yaml/);
  });
});

describe("lintSpec", () => {
  it("reports nothing for a clean spec", async () => {
    const ws = tempWorkspace({ "openapi.yaml": demoSpec, "paths/things.yaml": thingsPath });
    expect(await lintSpec(ws.vendor, ws.root)).toEqual([]);
  });

  it("reports a rule violation with its file and line", async () => {
    const ws = tempWorkspace({ "openapi.yaml": demoSpec, "paths/things.yaml": thingsPath.replace("operationId: listThings", "operationId: list_things") });
    const problems = await lintSpec(ws.vendor, ws.root);
    expect(problems).toContainEqual(expect.objectContaining({ file: "specs/demo/paths/things.yaml", line: 2, severity: "error" }));
  });
});
