import { describe, expect, it } from "vitest";
import { replyTo } from "../../src/streams/reply-text.js";

describe("replyTo", () => {
  it("quotes the request field the pointer names, in chunks that concatenate back into the whole reply", () => {
    const reply = replyTo("You said: “$quote”. Thanks for asking.", "/text", { text: "Where  is\nmy order?" });
    expect(reply.chunks.join("")).toBe("You said: “Where is my order?”. Thanks for asking.");
    expect(reply.chunks.length).toBeGreaterThan(1);
    expect(reply.requestWords).toBe(4);
  });

  it("cuts a long request to 120 characters so the reply stays a reply", () => {
    const reply = replyTo("“$quote”", "/text", { text: "word ".repeat(500) });
    const quoted = reply.chunks.join("");
    expect(quoted.length).toBeLessThanOrEqual(122);
    expect(quoted.endsWith("…”")).toBe(true);
    expect(reply.requestWords).toBe(500);
  });

  it("reads a nested pointer and quotes nothing when the field is absent", () => {
    expect(replyTo("“$quote”", "/message/0", { message: ["hi"] }).chunks.join("")).toBe("“hi”");
    expect(replyTo("Hello “$quote”", "/text", {}).chunks.join("")).toBe("Hello “”");
  });
});
