import { afterEach, describe, expect, it } from "vitest";
import { createHapiClient, setVisibility } from "../../src/index.js";
import { FakeAuth } from "../support/fake-auth.js";
import { startHubServer, type HubServer } from "../support/hub-server.js";

let server: HubServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("setVisibility()", () => {
  it("posts the subscription's visibility with the client's JWT", async () => {
    const auth = new FakeAuth("access");
    server = await startHubServer((req) => auth.exchange(req) ?? auth.reject(req) ?? { status: 200, json: { ok: true } });
    const hapi = createHapiClient({ accessToken: "access", baseUrl: server.baseUrl });
    await setVisibility(hapi, "sub-1", "hidden");
    const call = server.requests.find((r) => r.url.pathname === "/api/visibility");
    expect(call?.method).toBe("POST");
    expect(JSON.parse(call!.text)).toEqual({ subscriptionId: "sub-1", visibility: "hidden" });
    expect(call?.headers.authorization).toBe(`Bearer ${auth.issued[0]}`);
  });
});
