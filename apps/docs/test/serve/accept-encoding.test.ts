import { describe, expect, it } from "vitest";
import { negotiateEncoding } from "../../src/serve/accept-encoding.ts";

const offered = ["br", "gzip"];

describe("negotiateEncoding", () => {
  it("prefers the server's order among equally weighted encodings", () => {
    expect(negotiateEncoding("gzip, deflate, br, zstd", offered)).toBe("br");
    expect(negotiateEncoding("gzip, deflate", offered)).toBe("gzip");
  });

  it("follows the client's q-values and never picks a refused encoding", () => {
    expect(negotiateEncoding("br;q=0.5, gzip;q=0.8", offered)).toBe("gzip");
    expect(negotiateEncoding("br;q=0, gzip", offered)).toBe("gzip");
    expect(negotiateEncoding("*;q=0", offered)).toBeUndefined();
    expect(negotiateEncoding("*", offered)).toBe("br");
  });

  it("falls back to the identity encoding without a header or a shared encoding", () => {
    expect(negotiateEncoding(undefined, offered)).toBeUndefined();
    expect(negotiateEncoding("", offered)).toBeUndefined();
    expect(negotiateEncoding("deflate", offered)).toBeUndefined();
    expect(negotiateEncoding("br", [])).toBeUndefined();
  });
});
