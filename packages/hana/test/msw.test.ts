import { documentedExample, useMswServer } from "@vendor-sdks/test-kit/msw/msw-server";
import { describe, expect, it } from "vitest";
import { createHanaClient, specInfo } from "../src/index.js";
import { createHandlers, handlers } from "../src/msw.js";
import { mockDocument } from "../src/generated/mock-document.js";

// The handlers intercept the client's default base URL: no baseUrl is passed to the client below.
const server = useMswServer(handlers);

const hana = createHanaClient({ apiKey: "HANA-msw", retries: 0 });

describe("@vendor-sdks/hana/msw", () => {
  it("answers listSpaces for a client made with defaults with its documented example", async () => {
    const { response, data } = await hana.GET("/spaces");
    expect(response.status).toBe(200);
    expect(data).toBeDefined();
    expect(data).toEqual(documentedExample(mockDocument, "/spaces", "get"));
  });

  it("answers a call without a credential with Hana's 401", async () => {
    const response = await fetch(`${specInfo.defaultBaseUrl}/spaces`);
    expect(response.status).toBe(401);
  });

  it("answers an invalid body with an error naming the violation", async () => {
    const response = await fetch(`${specInfo.defaultBaseUrl}/memory`, {
      method: "POST",
      headers: { "x-api-key": "HANA-msw", "content-type": "application/json" },
      body: JSON.stringify({ memoryType: "note" }),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.status).toBe(422); // no 400/422 documented for it: the engine answers 422 (as the mock server does)
    expect(await response.text()).toMatch(/text/);
  });

  it("answers an override in place of the documented example", async () => {
    server.use(...createHandlers({ overrides: { listSpaces: { status: 401 } } }));
    const { response } = await hana.GET("/spaces");
    expect(response.status).toBe(401);
  });
});
