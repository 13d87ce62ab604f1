import { describe, expect, it } from "vitest";
import { createCredentials } from "../../src/verify/credentials.ts";

const specWith = (securitySchemes: Record<string, unknown>, paths: Record<string, unknown> = {}) => ({
  openapi: "3.1.0",
  info: { title: "Creds", version: "1" },
  servers: [{ url: "https://api.creds.test" }],
  paths,
  components: { securitySchemes },
});

const noFetch: typeof fetch = async () => {
  throw new Error("no request expected");
};

async function applied(doc: Record<string, unknown>, scheme: string, secret: string, fetchImpl: typeof fetch = noFetch) {
  const headers = new Headers();
  const url = new URL("https://api.creds.test/things");
  await createCredentials(doc, secret, "https://api.creds.test", fetchImpl).apply([scheme], headers, url);
  return { headers, url };
}

describe("createCredentials", () => {
  it("sends a basic scheme's secret base64-encoded, as the clients do", async () => {
    const { headers } = await applied(specWith({ basic: { type: "http", scheme: "basic" } }), "basic", "user:pass");
    expect(headers.get("authorization")).toBe(`Basic ${Buffer.from("user:pass").toString("base64")}`);
  });

  it("puts keys in a header (with the spec's prefix), the query or a cookie", async () => {
    const header = await applied(specWith({ key: { type: "apiKey", in: "header", name: "X-Key", "x-key-prefix": "Key " } }), "key", "k1");
    expect(header.headers.get("x-key")).toBe("Key k1");
    const query = await applied(specWith({ key: { type: "apiKey", in: "query", name: "api_key" } }), "key", "k2");
    expect(query.url.searchParams.get("api_key")).toBe("k2");
    const cookie = await applied(specWith({ key: { type: "apiKey", in: "cookie", name: "session" } }), "key", "k3");
    expect(cookie.headers.get("cookie")).toBe("session=k3");
  });

  it("exchanges the secret once at the operation x-token-exchange names, and sends the token", async () => {
    const doc = specWith(
      { bearer: { type: "http", scheme: "bearer", "x-token-exchange": { operationId: "createToken", secretField: "accessToken", token: "/token" } } },
      { "/auth/token": { post: { operationId: "createToken", security: [], responses: { "200": {} } } } },
    );
    const exchanges: { url: string; method: string | undefined; body: unknown }[] = [];
    const fetchImpl: typeof fetch = async (input, init) => {
      exchanges.push({ url: String(input), method: init?.method, body: JSON.parse(String(init?.body)) });
      return Response.json({ token: "jwt-1" });
    };
    const credentials = createCredentials(doc, "long-lived", "https://api.creds.test/", fetchImpl);
    for (let i = 0; i < 2; i++) {
      const headers = new Headers();
      await credentials.apply(["bearer"], headers, new URL("https://api.creds.test/things"));
      expect(headers.get("authorization")).toBe("Bearer jwt-1");
    }
    expect(exchanges).toEqual([{ url: "https://api.creds.test/auth/token", method: "POST", body: { accessToken: "long-lived" } }]);
  });

  it("blames the base URL, not the secret, when the token exchange answers 404; the secret when it answers 401", async () => {
    const doc = specWith(
      { bearer: { type: "http", scheme: "bearer", "x-token-exchange": { operationId: "createToken", secretField: "accessToken", token: "/token" } } },
      { "/auth/token": { post: { operationId: "createToken", security: [], responses: { "200": {} } } } },
    );
    const exchangeAnswering = (status: number) => applied(doc, "bearer", "long-lived", async () => new Response("Not Found", { status }));
    const wrongUrl = exchangeAnswering(404);
    await expect(wrongUrl).rejects.toMatchObject({ name: "TokenExchangeError", status: 404 });
    await expect(wrongUrl).rejects.toThrow("Token exchange (createToken) answered HTTP 404: is the base URL right? (https://api.creds.test; the spec's server is https://api.creds.test).");
    await expect(exchangeAnswering(401)).rejects.toThrow("Token exchange (createToken) answered HTTP 401: check the secret.");
  });

  it("sends nothing and says so when an operation needs credentials and no secret was given", async () => {
    const doc = specWith({ bearer: { type: "http", scheme: "bearer" } });
    const apply = createCredentials(doc, undefined, "https://api.creds.test", noFetch).apply(["bearer"], new Headers(), new URL("https://api.creds.test/things"));
    await expect(apply).rejects.toMatchObject({ name: "MissingSecretError", message: "The operation needs credentials (bearer) but no secret was given." });
  });
});
