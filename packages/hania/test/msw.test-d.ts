import { describe, expectTypeOf, it } from "vitest";
import type { components } from "../src/index.js";
import { createHandlers, type HaniaHandlersOptions, type OverrideAnswer } from "../src/msw.js";
import type { operations } from "../src/generated/schema.js";

// Type-level assertions (checked by `tsc -p tsconfig.json`, i.e. `pnpm typecheck`); no handler answers anything.
const bot = {} as components["schemas"]["Bot"];
const never = (): boolean => false;

describe("createHandlers overrides", () => {
  it("take the operation's documented body for the status", () => {
    createHandlers({ overrides: { getBot: { status: 200, body: { success: true, data: bot } } } });
    createHandlers({ overrides: { listBots: async () => ({ status: 200, body: { success: true, data: [bot] } }) } });
    expectTypeOf<Extract<OverrideAnswer<operations["getBot"]>, { status: 200 }>["body"]>().toEqualTypeOf<operations["getBot"]["responses"][200]["content"]["application/json"] | undefined>();
  });

  it("reject a body of the wrong type, an unknown operationId and an undocumented status", () => {
    if (never()) {
      // @ts-expect-error `success` is a boolean
      createHandlers({ overrides: { getBot: { status: 200, body: { success: "yes" } } } });
      // @ts-expect-error listBots answers a list, not one bot
      createHandlers({ overrides: { listBots: { status: 200, body: { success: true, data: bot } } } });
      // @ts-expect-error no operation getBots
      createHandlers({ overrides: { getBots: { status: 200 } } });
      // @ts-expect-error getBot documents no 201
      createHandlers({ overrides: { getBot: { status: 201 } } });
    }
  });

  it("keep the scenario in the mock server's Prefer vocabulary", () => {
    expectTypeOf<NonNullable<HaniaHandlersOptions["scenario"]>>().toHaveProperty("streamDelay").toEqualTypeOf<number | undefined>();
  });
});
