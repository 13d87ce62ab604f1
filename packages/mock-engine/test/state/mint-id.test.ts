import { describe, expect, it } from "vitest";
import { idMinter } from "../../src/state/mint-id.js";

describe("idMinter", () => {
  it("mints UUIDs where the documented id is one (or a placeholder shaped like one)", () => {
    expect(idMinter(["b1f2c3d4-5678-90ab-cdef-1234567890ab"])()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(idMinter(["w1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e"])()).toMatch(/^[0-9a-f]{8}-/);
  });

  it("keeps a documented prefix and the random part's length and alphabet", () => {
    expect(idMinter(["hania_5f2c9a1e7d3b4c6a8e0f1d2c3b4a5968"])()).toMatch(/^hania_[0-9a-f]{32}$/);
    expect(idMinter(["note-2f8c41"])()).toMatch(/^note-[0-9a-f]{6}$/);
    expect(idMinter(["cus_Q8xT2mZ9aB"])()).toMatch(/^cus_[0-9A-Za-z]{10}$/);
    expect(idMinter(["12345678"])()).toMatch(/^\d{8}$/);
  });

  it("skips placeholders (too short or without a digit) and falls back to UUIDs", () => {
    expect(idMinter(["SESSION_ID", "…", undefined, "machine-1"])()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(idMinter(["SESSION_ID", "note-2f8c41"])()).toMatch(/^note-[0-9a-f]{6}$/);
  });

  it("mints a different id each time", () => {
    const mint = idMinter(["note-2f8c41"]);
    expect(new Set(Array.from({ length: 50 }, () => mint())).size).toBeGreaterThan(45);
  });
});
