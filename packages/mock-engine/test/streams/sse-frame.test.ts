import { describe, expect, it } from "vitest";
import { asFrame, frameText, splitFrames } from "../../src/streams/sse-frame.js";

describe("frameText", () => {
  it("writes event, one data line of JSON, then id (after the data, as HAPI's hub does), and a blank line", () => {
    expect(frameText({ event: "token", data: { text: "Hi\nthere" } })).toBe('event: token\ndata: {"text":"Hi\\nthere"}\n\n');
    expect(frameText({ data: { type: "x" }, id: "a:1:b" })).toBe('data: {"type":"x"}\nid: a:1:b\n\n');
  });
});

describe("asFrame", () => {
  it("accepts {event?, data, id?, retry?} and says what is wrong otherwise", () => {
    expect(asFrame({ data: null })).toEqual({ data: null });
    expect(asFrame({ event: "x" })).toBe("a frame needs `data`");
    expect(asFrame({ data: 1, id: 2 })).toBe("`id` must be a string");
  });
});

describe("splitFrames", () => {
  it("cuts a documented stream into its frames, each keeping its terminator", () => {
    expect(splitFrames("event: a\ndata: 1\n\nevent: b\ndata: 2\n\n")).toEqual(["event: a\ndata: 1\n\n", "event: b\ndata: 2\n\n"]);
    expect(splitFrames(": events not documented by the vendor\n\n")).toEqual([": events not documented by the vendor\n\n"]);
    expect(splitFrames("")).toEqual([]);
  });
});
