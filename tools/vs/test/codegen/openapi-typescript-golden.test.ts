import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderSchemaTypes } from "../../src/codegen/generate-client.ts";

// openapi-typescript is frozen upstream and pinned exactly (docs/decisions/0011). This fixture covers the shapes our
// specs use (refs, enums, nullable 3.1 types, defaults, oneOf with a discriminator, SSE anyOf, shared responses); an
// upgrade or replacement that changes the generated types fails here with the difference.
// After reviewing an intended change: UPDATE_GOLDEN=1 npx vitest run test/codegen/openapi-typescript-golden.test.ts
const fixture = new URL("golden/types-fixture.json", import.meta.url);
const golden = new URL("golden/types-fixture.ts.golden", import.meta.url);

describe("openapi-typescript output", () => {
  it("matches the committed golden types for the fixture spec", async () => {
    const types = await renderSchemaTypes(JSON.parse(readFileSync(fixture, "utf8")) as Record<string, unknown>);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(golden, types);
    expect(types).toBe(readFileSync(golden, "utf8"));
  });
});
