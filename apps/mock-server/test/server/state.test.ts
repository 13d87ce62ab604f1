import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMocks, type RunningMocks } from "../../src/start-mocks.js";
import { freePorts } from "../support/ports.js";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const DOCUMENTED_BOT = "b1f2c3d4-5678-90ab-cdef-1234567890ab";

describe("state per credential over HTTP (startMocks, Hania)", () => {
  let mocks: RunningMocks;
  let base: string;
  beforeAll(async () => {
    const [port] = await freePorts(1);
    mocks = await startMocks({ root: ROOT, vendors: ["hania"], ports: { hania: port as number }, env: {} });
    base = mocks.servers[0]?.url ?? "";
  }, 60_000);
  afterAll(() => mocks?.stop());

  const call = async (key: string, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : undefined };
  };
  const botIds = async (key: string) => ((await call(key, "GET", "/bots")).json.data as { id: string }[]).map((b) => b.id);

  it("remembers bots per key through create → get → list → update → delete, and forgets them on POST /__mock/reset", async () => {
    const created = await call("key-one", "POST", "/bots", { name: "Sales bot", system_prompt: "You sell.", status: "active" });
    expect(created.status).toBe(200);
    const id = created.json.data.id as string;
    expect((await call("key-one", "GET", `/bots/${id}`)).json.data).toMatchObject({ id, name: "Sales bot", system_prompt: "You sell." });
    expect(await botIds("key-one")).toEqual([DOCUMENTED_BOT, id]);
    expect((await call("key-one", "PUT", `/bots/${id}`, { name: "Renamed" })).status).toBe(200);
    expect((await call("key-one", "GET", `/bots/${id}`)).json.data.name).toBe("Renamed");
    expect((await call("key-one", "DELETE", `/bots/${id}`)).status).toBe(200);
    expect((await call("key-one", "GET", `/bots/${id}`)).json.data.status).toBe("inactive");

    // another key sees only the documented bot
    expect((await call("key-two", "GET", `/bots/${id}`)).status).toBe(404);
    expect(await botIds("key-two")).toEqual([DOCUMENTED_BOT]);
    const theirs = (await call("key-two", "POST", "/bots", { name: "Theirs", system_prompt: "Hi." })).json.data.id as string;

    expect((await call("key-one", "POST", "/__mock/reset")).status).toBe(204);
    const gone = await call("key-one", "GET", `/bots/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.json).toMatchObject({ success: false, error: expect.stringContaining(`/bots/${id}`) });
    expect(await botIds("key-one")).toEqual([DOCUMENTED_BOT]);
    expect((await call("key-two", "GET", `/bots/${theirs}`)).status).toBe(200); // reset is per credential
  });
});
