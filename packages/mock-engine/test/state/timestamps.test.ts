import { describe, expect, it } from "vitest";
import { stampCreated, stampUpdated } from "../../src/state/timestamps.js";

const NOW = new Date("2026-12-06T14:00:00.123Z");

describe("timestamps", () => {
  it("sets creation and update fields in the example's form: RFC 3339 with or without fractions, epoch ms or s", () => {
    const object = { created_at: "2026-05-02T09:12:40Z", updatedAt: "2025-03-10T00:05:00.000Z", insertedAt: 1787391000000, modified: 1787391000, next_run_at: null };
    stampCreated(object, NOW);
    expect(object).toEqual({ created_at: "2026-12-06T14:00:00Z", updatedAt: "2026-12-06T14:00:00.123Z", insertedAt: NOW.getTime(), modified: Math.floor(NOW.getTime() / 1000), next_run_at: null });
  });

  it("sets only update fields on an update, and adds none the object lacks", () => {
    const object = { created_at: "2026-05-02T09:12:40Z", updated_at: "2026-06-09T14:05:22Z" };
    stampUpdated(object, NOW);
    expect(object).toEqual({ created_at: "2026-05-02T09:12:40Z", updated_at: "2026-12-06T14:00:00Z" });
  });
});
