import { describe, expect, it } from "vitest";
import { createFaultPlan } from "../../src/faults/fault-plan.js";

describe("createFaultPlan", () => {
  it("fails exactly the next N calls of the planning credential, then lets calls through", () => {
    const plan = createFaultPlan();
    plan.plan("a", { status: 503, remaining: 2, retryAfterSeconds: 1, operationId: undefined });
    expect(plan.take("b", "listBots")).toBeUndefined();
    expect(plan.take("a", "listBots")?.status).toBe(503);
    expect(plan.take("a", "getBot")?.status).toBe(503);
    expect(plan.take("a", "listBots")).toBeUndefined();
  });

  it("limits a plan to one operation when it names one", () => {
    const plan = createFaultPlan();
    plan.plan("a", { status: 429, remaining: 1, retryAfterSeconds: undefined, operationId: "createBot" });
    expect(plan.take("a", "listBots")).toBeUndefined();
    expect(plan.take("a", "createBot")?.status).toBe(429);
    expect(plan.pending("a")).toEqual([]);
  });

  it("forgets a credential's plans on reset", () => {
    const plan = createFaultPlan();
    plan.plan("a", { status: 500, remaining: 3, retryAfterSeconds: undefined, operationId: undefined });
    plan.reset("a");
    expect(plan.take("a", "listBots")).toBeUndefined();
  });
});
