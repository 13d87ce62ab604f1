import { documentedExample, useMswServer } from "@vendor-sdks/test-kit/msw/msw-server";
import { describe, expect, it } from "vitest";
import { createHaniaClient, specInfo } from "../src/index.js";
import { createHandlers, handlers } from "../src/msw.js";
import { mockDocument } from "../src/generated/mock-document.js";

// The handlers intercept the client's default base URL: no baseUrl is passed to the client below.
const server = useMswServer(handlers);

const hania = createHaniaClient({ apiKey: "hania_sk_msw", retries: 0 });

describe("@vendor-sdks/hania/msw", () => {
  it("answers listBots for a client made with defaults with its documented example", async () => {
    const { response, data } = await hania.GET("/bots");
    expect(response.status).toBe(200);
    expect(data?.data?.[0]?.name).toBe("Support bot");
    expect(data).toEqual(documentedExample(mockDocument, "/bots", "get"));
  });

  it("answers a call without a credential with Hania's 401", async () => {
    const response = await fetch(`${specInfo.defaultBaseUrl}/bots`);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { success: boolean }).success).toBe(false);
  });

  it("answers an invalid body with Hania's error shape naming the violation", async () => {
    // @ts-expect-error the body lacks `name` on purpose
    const { response, error } = await hania.POST("/bots", { body: { system_prompt: "x" } });
    expect(response.status).toBe(422);
    expect((error as { error: string }).error).toMatch(/name/);
  });

  it("with state off, answers the documented example even after a write", async () => {
    server.use(...createHandlers({ state: false }));
    await hania.POST("/bots", { body: { name: "Written through MSW", system_prompt: "Be brief.", bot_type: "chatbot" } });
    const { data } = await hania.GET("/bots/{id}", { params: { path: { id: "b1f2c3d4-5678-90ab-cdef-1234567890ab" } } });
    expect(data?.data?.name).toBe("Support bot");
  });

  it("with state on, remembers a write: a created bot is then got by its id", async () => {
    server.use(...createHandlers());
    const created = await hania.POST("/bots", { body: { name: "Written through MSW", system_prompt: "Be brief.", bot_type: "chatbot" } });
    expect(created.response.status).toBe(200);
    const id = (created.data as { data?: { id?: string } } | undefined)?.data?.id;
    expect(typeof id).toBe("string");
    const { data } = await hania.GET("/bots/{id}", { params: { path: { id: id as string } } });
    expect(data?.data?.name).toBe("Written through MSW");
  });

  it("answers an override in place of the documented example", async () => {
    server.use(...createHandlers({ overrides: { listBots: { status: 200, body: { success: true, data: [] } } } }));
    const { data } = await hania.GET("/bots");
    expect(data).toEqual({ success: true, data: [] });
  });
});
