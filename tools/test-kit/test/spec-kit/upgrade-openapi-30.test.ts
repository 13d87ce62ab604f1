import { describe, expect, it } from "vitest";
import { bundleSpec } from "@vendor-sdks/spec-kit/spec/bundle";
import { describeUpgrade, upgradeOpenApi30 } from "@vendor-sdks/spec-kit/spec/upgrade-openapi-30";
import { SpecValidator } from "@vendor-sdks/spec-kit/validation/spec-validator";
import { demoSpec, tempWorkspace, thingsPath } from "../../src/workspace/temp-workspace.ts";

describe("upgradeOpenApi30", () => {
  it("leaves a 3.1 document alone", () => {
    const doc = { openapi: "3.1.0", components: { schemas: { A: { type: "string", nullable: true } } } };
    expect(upgradeOpenApi30(doc)).toBeUndefined();
    expect(doc.components.schemas.A).toEqual({ type: "string", nullable: true });
  });

  it("turns nullable into a null type, an enum member, or an anyOf where the schema has no type", () => {
    const doc = {
      openapi: "3.0.3",
      components: {
        schemas: {
          Name: { type: "string", nullable: true },
          Color: { type: "string", enum: ["red"], nullable: true },
          Ref: { allOf: [{ $ref: "#/components/schemas/Name" }], nullable: true, description: "d" },
          Plain: { type: "integer", nullable: false },
        },
      },
    };
    expect(upgradeOpenApi30(doc)).toEqual({ from: "3.0.3", nullable: 3, exclusiveBounds: 0 });
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.schemas).toEqual({
      Name: { type: ["string", "null"] },
      Color: { type: ["string", "null"], enum: ["red", null] },
      Ref: { anyOf: [{ allOf: [{ $ref: "#/components/schemas/Name" }], description: "d" }, { type: "null" }] },
      Plain: { type: "integer" },
    });
  });

  it("makes boolean exclusive bounds numeric", () => {
    const doc = { openapi: "3.0.0", components: { schemas: { N: { type: "number", minimum: 0, exclusiveMinimum: true, maximum: 9, exclusiveMaximum: false } } } };
    expect(upgradeOpenApi30(doc)?.exclusiveBounds).toBe(1);
    expect(doc.components.schemas.N).toEqual({ type: "number", exclusiveMinimum: 0, maximum: 9 });
  });

  it("does not touch example values that happen to have a nullable field", () => {
    const doc = { openapi: "3.0.1", components: { schemas: { S: { type: "object", example: { nullable: true } } } } };
    upgradeOpenApi30(doc);
    expect(doc.components.schemas.S).toEqual({ type: "object", example: { nullable: true } });
  });

  it("says what it converted", () => {
    expect(describeUpgrade({ from: "3.0.3", nullable: 2, exclusiveBounds: 1 })).toMatch(/converted from OpenAPI 3\.0\.3 to 3\.1\.0 \(2 nullable .* 1 boolean exclusive/);
  });
});

describe("bundling a 3.0 spec", () => {
  it("produces a 3.1 bundle whose nullable fields validate null", async () => {
    const spec30 = demoSpec.replace("openapi: 3.1.0", "openapi: 3.0.3");
    const things = thingsPath.replace("properties: { id: { type: string } }", "properties: { id: { type: string }, note: { type: string, nullable: true } }");
    const ws = tempWorkspace({ "openapi.yaml": spec30, "paths/things.yaml": things });
    const { document, upgrade } = await bundleSpec(ws.vendor, ws.root);
    expect(document.openapi).toBe("3.1.0");
    expect(upgrade).toMatchObject({ from: "3.0.3", nullable: 1 });
    const schema = "/paths/~1things/get/responses/200/content/application~1json/schema";
    expect(new SpecValidator(document).validateAt(schema, { data: [{ id: "a", note: null }] })).toEqual({ ok: true });
  });
});
