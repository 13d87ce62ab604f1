import { createHandlers as haniaHandlers } from "@vendor-sdks/hania/msw";
import { createHandlers as hyponemaHandlers } from "@vendor-sdks/hyponema/msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createClients, runSupportPanel, type PanelView } from "../src/support-panel.js";

// Two vendors' handlers in one MSW server; any request they do not cover fails the test.
const server = setupServer(...haniaHandlers(), ...hyponemaHandlers({ scenario: { streamDelay: 0 } }));
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const clients = createClients({ hania: "hania_sk_example", hyponema: "hyp_example" });

describe("support panel (component test with MSW)", () => {
  it("lists Hania's bots and renders Hyponema's streamed reply as it arrives", async () => {
    const renders: PanelView[] = [];
    const final = await runSupportPanel(clients, "s_example", "Can you summarize our last conversation?", (view) => renders.push(view));
    expect(final.bots).toContain("Support bot");
    expect(final.reply.length).toBeGreaterThan(0);
    expect(final.done).toBe(true);
    // one render for the list, then one per streamed event: the reply grew while the stream was read
    expect(renders.length).toBeGreaterThanOrEqual(3);
    expect(renders[0]?.reply).toBe("");
  });

  it("fails with the vendor's error when a scenario makes Hania answer 403", async () => {
    // a 403 is not retried, so the test does not wait out the client's backoff
    server.use(...haniaHandlers({ scenario: { code: 403 } }));
    await expect(runSupportPanel(clients, "s_example", "Hi", () => {})).rejects.toMatchObject({ status: 403 });
  });
});
