import { describe, it } from "vitest";
import { createHandlers } from "../src/msw.js";
import type { operations } from "../src/generated/schema.js";

// Type-level assertions (checked by `tsc -p tsconfig.json`, i.e. `pnpm typecheck`); no handler answers anything.
type ListSpacesBody = operations["listSpaces"]["responses"][200]["content"]["application/json"];
const never = (): boolean => false;

describe("createHandlers overrides", () => {
  it("take the operation's documented body for the status", () => {
    createHandlers({ overrides: { listSpaces: { status: 200, body: {} as ListSpacesBody } } });
  });

  it("reject a body of the wrong type and an unknown operationId", () => {
    if (never()) {
      // @ts-expect-error a number is not listSpaces' body
      createHandlers({ overrides: { listSpaces: { status: 200, body: 42 } } });
      // @ts-expect-error no operation listSpace
      createHandlers({ overrides: { listSpace: { status: 200 } } });
    }
  });
});
