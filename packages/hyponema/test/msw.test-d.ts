import { describe, it } from "vitest";
import { createHandlers } from "../src/msw.js";

// Type-level assertions (checked by `tsc -p tsconfig.json`, i.e. `pnpm typecheck`); no handler answers anything.
const never = (): boolean => false;

describe("createHandlers overrides", () => {
  it("take the operation's documented body for the status", () => {
    createHandlers({ overrides: { getSession: { status: 200, body: { id: "s_1" } } } });
  });

  it("reject a body of the wrong type and an unknown operationId", () => {
    if (never()) {
      // @ts-expect-error a session's id is a string
      createHandlers({ overrides: { getSession: { status: 200, body: { id: 42 } } } });
      // @ts-expect-error no operation getSessions
      createHandlers({ overrides: { getSessions: { status: 200 } } });
    }
  });
});
