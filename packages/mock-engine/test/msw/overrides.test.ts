import { describe, expect, it } from "vitest";
import { overrideResponse } from "../../src/msw/overrides.js";

const document = {
  components: { responses: { Problem: { content: { "application/problem+json": {} } } } },
};
const operation = {
  responses: {
    "200": { content: { "application/json": {} } },
    "4XX": { $ref: "#/components/responses/Problem" },
  },
};

describe("overrideResponse", () => {
  it("sends a body as JSON under the content type documented for its status", async () => {
    const response = overrideResponse(document, operation, { status: 200, body: { id: "b1" } });
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual({ id: "b1" });
  });

  it("finds the content type of a status range through a $ref", () => {
    expect(overrideResponse(document, operation, { status: 404, body: {} }).headers.get("content-type")).toBe("application/problem+json");
  });

  it("keeps the override's own headers, content type included, and sends a string as is", async () => {
    const response = overrideResponse(document, operation, { status: 200, body: "data: x\n\n", headers: { "content-type": "text/event-stream", "x-extra": "1" } });
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    expect(response.headers.get("x-extra")).toBe("1");
    expect(await response.text()).toBe("data: x\n\n");
  });

  it("sends no body for a 204 or an override without one", async () => {
    expect(await overrideResponse(document, operation, { status: 204, body: { ignored: true } }).text()).toBe("");
    expect(overrideResponse(document, operation, { status: 200 }).body).toBeNull();
  });
});
