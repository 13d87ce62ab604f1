import { afterEach, describe, expect, it, vi } from "vitest";
import { createHapiClient, HapiApiError } from "../../src/index.js";
import { FakeAuth } from "../support/fake-auth.js";
import { startHubServer, type HubServer } from "../support/hub-server.js";

const ACCESS_TOKEN = "s3cret-access-token-value";
const SESSIONS = { sessions: [] };

let server: HubServer | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
  server = undefined;
});

/** A hub whose `GET /api/sessions` needs a JWT from `auth`. */
async function hub(auth: FakeAuth, sessions: () => { status: number; json: unknown } = () => ({ status: 200, json: SESSIONS })) {
  server = await startHubServer((req) => auth.exchange(req) ?? auth.reject(req) ?? sessions());
  return server;
}
const exchanges = (s: HubServer) => s.requests.filter((r) => r.url.pathname === "/api/auth");
const listSessions = (client: ReturnType<typeof createHapiClient>) => client.unwrap(client.GET("/api/sessions"));

describe("JWT lifecycle", () => {
  it("exchanges the access token once and reuses the JWT as a Bearer token", async () => {
    const auth = new FakeAuth(ACCESS_TOKEN);
    const s = await hub(auth);
    const client = createHapiClient({ accessToken: ACCESS_TOKEN, baseUrl: s.baseUrl });

    await listSessions(client);
    await listSessions(client);
    await listSessions(client);

    expect(exchanges(s)).toHaveLength(1);
    const calls = s.requests.filter((r) => r.url.pathname === "/api/sessions");
    expect(calls.map((r) => r.headers.authorization)).toEqual(Array(3).fill(`Bearer ${auth.issued[0]}`));
  });

  it("sends the access token only in the body of POST /api/auth", async () => {
    const s = await hub(new FakeAuth(ACCESS_TOKEN));
    const client = createHapiClient({ accessToken: ACCESS_TOKEN, baseUrl: s.baseUrl });
    await listSessions(client);

    for (const req of s.requests) {
      expect(JSON.stringify(req.headers)).not.toContain(ACCESS_TOKEN);
      expect(req.url.href).not.toContain(ACCESS_TOKEN);
      if (req.url.pathname !== "/api/auth") expect(req.text).not.toContain(ACCESS_TOKEN);
    }
    expect(JSON.parse(exchanges(s)[0]!.text)).toEqual({ accessToken: ACCESS_TOKEN });
  });

  it("appends the namespace to the access token", async () => {
    const s = await hub(new FakeAuth(`${ACCESS_TOKEN}:team`));
    const client = createHapiClient({ accessToken: ACCESS_TOKEN, namespace: "team", baseUrl: s.baseUrl });
    await expect(listSessions(client)).resolves.toEqual(SESSIONS);
  });

  it("shares one exchange between concurrent calls", async () => {
    const s = await hub(new FakeAuth(ACCESS_TOKEN));
    const client = createHapiClient({ accessToken: ACCESS_TOKEN, baseUrl: s.baseUrl });
    await Promise.all(Array.from({ length: 5 }, () => listSessions(client)));
    expect(exchanges(s)).toHaveLength(1);
  });

  it("renews the JWT shortly before its exp, and not earlier", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = Date.now();
    const auth = new FakeAuth(ACCESS_TOKEN, 3600);
    const s = await hub(auth);
    const client = createHapiClient({ accessToken: ACCESS_TOKEN, baseUrl: s.baseUrl, renewBeforeMs: 60_000 });

    await listSessions(client);
    vi.setSystemTime(start + (3600 - 120) * 1000); // two minutes left: still good
    await listSessions(client);
    expect(exchanges(s)).toHaveLength(1);

    vi.setSystemTime(start + (3600 - 30) * 1000); // thirty seconds left: renew first
    await listSessions(client);
    expect(exchanges(s)).toHaveLength(2);
    const last = s.requests.at(-1)!;
    expect(last.headers.authorization).toBe(`Bearer ${auth.issued[1]}`);
  });

  it("renews once and retries when the hub answers 401 to a cached JWT", async () => {
    const auth = new FakeAuth(ACCESS_TOKEN);
    const s = await hub(auth);
    const client = createHapiClient({ accessToken: ACCESS_TOKEN, baseUrl: s.baseUrl });
    await listSessions(client);

    auth.revokeAll();
    await expect(listSessions(client)).resolves.toEqual(SESSIONS);

    expect(exchanges(s)).toHaveLength(2);
    expect(s.requests.map((r) => r.url.pathname)).toEqual(["/api/auth", "/api/sessions", "/api/sessions", "/api/auth", "/api/sessions"]);
  });

  it("gives up after one renewal when the hub keeps answering 401", async () => {
    const auth = new FakeAuth(ACCESS_TOKEN);
    const s = await hub(auth, () => ({ status: 401, json: { error: "Invalid token" } }));
    const client = createHapiClient({ accessToken: ACCESS_TOKEN, baseUrl: s.baseUrl });

    const error = await listSessions(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HapiApiError);
    expect((error as HapiApiError).status).toBe(401);
    expect(exchanges(s)).toHaveLength(2);
    expect(s.requests.filter((r) => r.url.pathname === "/api/sessions")).toHaveLength(2);
  });

  it("reports a wrong access token as a typed 401 without retrying", async () => {
    const s = await hub(new FakeAuth("the-right-token"));
    const client = createHapiClient({ accessToken: ACCESS_TOKEN, baseUrl: s.baseUrl });

    const error = await listSessions(client).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(HapiApiError);
    const apiError = error as HapiApiError;
    expect(apiError.status).toBe(401);
    expect(apiError.message).toContain("Invalid access token");
    expect(apiError.details).toEqual({ kind: "error", error: "Invalid access token" });
    expect(JSON.stringify(apiError)).not.toContain(ACCESS_TOKEN);
    expect(s.requests.map((r) => r.url.pathname)).toEqual(["/api/auth"]);
  });
});
