import { describe, expect, it } from "vitest";
import { describeFeatures } from "../../src/features/describe-features.js";
import { vendorDocument } from "../support/vendor-document.js";

describe("describeFeatures", () => {
  it("lists Hyponema's chat as a played turn and its documented webhook events", () => {
    const features = describeFeatures(vendorDocument("hyponema"));
    expect(features.streams).toContainEqual({ operation: "sendChatMessage", kind: "turn", events: ["turn_start", "token …", "turn_end"] });
    expect(features.webhooks).toContain("dsar.ready");
  });

  it("lists HAPI's event stream as live and Hania's undocumented streams as their documented frames", () => {
    expect(describeFeatures(vendorDocument("hapi")).streams).toContainEqual({ operation: "streamEvents", kind: "live", events: [] });
    const hania = describeFeatures(vendorDocument("hania"));
    expect(hania.streams.length).toBeGreaterThan(0);
    expect(hania.streams.map((s) => s.kind)).toEqual(hania.streams.map(() => "documented"));
    expect(hania.webhooks).toEqual([]);
  });

  it("lists Hania's bots with every operation that reads or writes them, in CRUD order", () => {
    const bots = describeFeatures(vendorDocument("hania")).resources.find((r) => r.collection === "/bots");
    expect(bots?.operations.map((o) => o.action)).toEqual(["list", "create", "read", "update", "delete"]);
    expect(bots?.operations).toContainEqual({ action: "delete", operation: "deleteBot" });
  });
});
