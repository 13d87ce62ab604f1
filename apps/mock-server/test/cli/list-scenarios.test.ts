import { expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";

it("--scenarios <vendor> lists its streams, remembered resources, webhooks, latency and faults, then exits 0", async () => {
  const run = runCli(["hyponema", "--scenarios"]);
  expect(await run.exited).toBe(0);
  const out = run.stdout();
  expect(out).toContain("### hyponema");
  expect(out).toContain("- sendChatMessage: a reply played event by event: turn_start → token … → turn_end");
  expect(out).toMatch(/Webhooks \(`POST \/__mock\/trigger\/<event>`.*\): .*dsar\.ready/);
  expect(out).toMatch(/- `\/workspaces\/\{ws\}\/webhooks`: .*create createWebhookEndpoint/);
  expect(out).toContain("`Prefer: latency=<ms>`");
  expect(out).toContain("`POST /__mock/faults`");
  expect(out).not.toContain("### hania");
});
