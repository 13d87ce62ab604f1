import { describe, expect, it } from "vitest";
import { codeBlock, countOf, inlineCode, linkLabel, oneLine, tableCell } from "../../src/llms/markdown-text.ts";

describe("Markdown text helpers", () => {
  it("inlineCode survives backticks inside the code", () => {
    expect(inlineCode("GET /bots")).toBe("`GET /bots`");
    expect(inlineCode("a`b")).toBe("`` a`b ``");
  });

  it("codeBlock fences longer than any backtick run in the source", () => {
    expect(codeBlock("ts", "const a = 1;")).toBe("```ts\nconst a = 1;\n```");
    expect(codeBlock("md", "```js\nx\n```\n")).toBe("````md\n```js\nx\n```\n````");
  });

  it("tableCell and oneLine keep a value on one line; pipes cannot split a cell", () => {
    expect(oneLine("a\n  b\tc ")).toBe("a b c");
    expect(tableCell("one | two\nthree")).toBe("one \\| two three");
  });

  it("linkLabel escapes brackets", () => {
    expect(linkLabel("List [beta] bots")).toBe("List \\[beta\\] bots");
  });

  it("countOf pluralises the noun except for one", () => {
    expect([countOf(0, "operation"), countOf(1, "operation"), countOf(93, "operation")]).toEqual(["0 operations", "1 operation", "93 operations"]);
  });
});
