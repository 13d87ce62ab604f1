import { describe, it } from "vitest";
import { createHandlers } from "../src/msw.js";

// Type-level assertions (checked by `tsc -p tsconfig.json`, i.e. `pnpm typecheck`); no handler answers anything.
const never = (): boolean => false;

describe("createHandlers overrides", () => {
  it("take the operation's documented body for the status", () => {
    createHandlers({ overrides: { listSessions: { status: 200, body: { sessions: [] } } } });
  });

  it("reject a body of the wrong type and an unknown operationId", () => {
    if (never()) {
      // @ts-expect-error `sessions` is a list
      createHandlers({ overrides: { listSessions: { status: 200, body: { sessions: "none" } } } });
      // @ts-expect-error no operation listSession
      createHandlers({ overrides: { listSession: { status: 200 } } });
    }
  });
});
