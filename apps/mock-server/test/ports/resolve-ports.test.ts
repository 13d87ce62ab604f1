import { describe, expect, it } from "vitest";
import { parsePort, portEnvName, resolvePorts } from "../../src/ports/resolve-ports.js";
import type { MockVendor } from "../../src/workspace/discover-vendors.js";

const vendor = (name: string, mockPort: number): MockVendor => ({ name, mockPort, specDir: "", rootFile: "", bundledJson: "", origin: "workspace" });
const vendors = [vendor("hania", 4010), vendor("hana", 4011)];

describe("resolvePorts", () => {
  it("uses each spec package's mockPort by default", () => {
    expect([...resolvePorts(vendors, {}, {})]).toEqual([["hania", 4010], ["hana", 4011]]);
  });

  it("lets MOCK_PORT_<VENDOR> override the default and --port override both", () => {
    const ports = resolvePorts(vendors, { hana: 6011 }, { MOCK_PORT_HANIA: "5010", MOCK_PORT_HANA: "5011" });
    expect([...ports]).toEqual([["hania", 5010], ["hana", 6011]]);
  });

  it("refuses two vendors on one port", () => {
    expect(() => resolvePorts(vendors, { hana: 4010 }, {})).toThrow("hania and hana are both set to port 4010");
  });

  it("names the variable holding a bad port", () => {
    expect(() => resolvePorts(vendors, {}, { MOCK_PORT_HANIA: "40a0" })).toThrow('MOCK_PORT_HANIA: "40a0" is not a port number');
    expect(() => parsePort("70000", "--port hana")).toThrow("--port hana");
  });

  it("rejects a port for a vendor the workspace does not have, naming the known ones", () => {
    expect(() => resolvePorts(vendors, { hanai: 5010 }, {})).toThrow('Unknown vendor "hanai" in --port hanai=5010. Known vendors: hania, hana.');
    // a known vendor that is not being started may still be given a port
    expect([...resolvePorts([vendor("hania", 4010)], { hana: 5011 }, {}, vendors)]).toEqual([["hania", 4010]]);
    expect(() => resolvePorts([vendor("hania", 4010)], { nope: 5011 }, {}, vendors)).toThrow('Unknown vendor "nope" in --port nope=5011. Known vendors: hania, hana.');
  });

  it("derives the variable name from the vendor name", () => {
    expect(portEnvName("hyponema")).toBe("MOCK_PORT_HYPONEMA");
    expect(portEnvName("acme-labs")).toBe("MOCK_PORT_ACME_LABS");
  });
});
