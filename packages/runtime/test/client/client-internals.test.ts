import { describe, expect, it } from "vitest";
import { internalsOf } from "../../src/client/client-internals.js";
import { makeClient } from "../support/make-client.js";

describe("a client's internals, as the helpers find them", () => {
  it("are found on a client made by this runtime", () => {
    expect(internalsOf(makeClient("http://127.0.0.1:9"), "stream").routes.get("POST /chat")?.operationId).toBe("chat");
  });

  it("refuse a client made by an older runtime copy (the first internals shape), saying so", () => {
    const older = { [Symbol.for("@vendor-sdks/runtime/client-internals")]: { operation: () => undefined } };
    expect(() => internalsOf(older, "stream")).toThrow("stream() was given a client made by an older @vendor-sdks/runtime (before 0.2)");
  });

  it("refuse anything else, naming the helper", () => {
    expect(() => internalsOf({}, "pages")).toThrow("pages() needs a client made by a vendor package's create…Client()");
    expect(() => internalsOf(undefined, "pages")).toThrow("pages() needs a client made by");
  });
});
