import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMocks, type RunningMocks } from "../../src/start-mocks.js";
import { freePorts } from "../support/ports.js";

// Streams over real HTTP, as a chat UI sees them: Hyponema's chat turn arrives event by event (or in one burst with
// stream-delay=0), and HAPI's event stream stays open after its first frame.
const ROOT = join(import.meta.dirname, "..", "..", "..", "..");
let mocks: RunningMocks;
let hyponema: string;
let hapi: string;

beforeAll(async () => {
  const [p1, p2] = await freePorts(2);
  mocks = await startMocks({ root: ROOT, vendors: ["hyponema", "hapi"], ports: { hyponema: p1 as number, hapi: p2 as number }, env: {} });
  const url = (vendor: string): string => mocks.servers.find((s) => s.vendor === vendor)?.url as string;
  hyponema = url("hyponema");
  hapi = url("hapi");
});

afterAll(async () => {
  await mocks?.stop();
});

/** The body's reads, each as the SSE events (`event:` names, or data types) it carried. */
async function reads(response: Response): Promise<string[][]> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const seen: string[][] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return seen;
    const text = decoder.decode(value, { stream: true });
    seen.push([...text.matchAll(/^event: (.+)$/gm)].map((m) => m[1] as string));
  }
}

const chat = (prefer?: string): Promise<Response> =>
  fetch(`${hyponema}/sessions/sess_1/messages`, {
    method: "POST",
    headers: { authorization: "Bearer hyp_test", "content-type": "application/json", ...(prefer ? { prefer } : {}) },
    body: JSON.stringify({ text: "Can you summarize our last conversation?" }),
  });

describe("event streams over HTTP", () => {
  it("streams Hyponema's chat turn as at least five events arriving in separate reads at the default pace", async () => {
    const response = await chat();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const arrived = await reads(response);
    const events = arrived.flat();
    expect(events[0]).toBe("turn_start");
    expect(events.at(-1)).toBe("turn_end");
    expect(events.length).toBeGreaterThanOrEqual(7);
    // paced: the events came in separate reads, not one burst
    expect(arrived.filter((read) => read.length > 0).length).toBeGreaterThanOrEqual(5);
  });

  it("sends the whole turn in one burst with Prefer: stream-delay=0", async () => {
    const arrived = (await reads(await chat("stream-delay=0"))).filter((read) => read.length > 0);
    expect(arrived).toHaveLength(1);
    expect(arrived[0]?.[0]).toBe("turn_start");
    expect(arrived[0]?.at(-1)).toBe("turn_end");
  });

  it("drops the connection mid-stream with Prefer: stream-drop-after=2: the body errors before turn_end", async () => {
    const response = await chat("stream-drop-after=2");
    await expect(reads(response)).rejects.toThrow();
  });

  it("keeps HAPI's /api/events open after its first frame, connection-changed", async () => {
    const gone = new AbortController();
    const response = await fetch(`${hapi}/api/events`, { headers: { authorization: "Bearer jwt-test" }, signal: gone.signal });
    expect(response.status).toBe(200);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toMatch(/^data: \{"type":"connection-changed","data":\{"status":"connected","subscriptionId":"[0-9a-f-]{36}","resume":"gap"\}\}\n\n$/);
    // still open: the next read is waiting for a frame (a heartbeat would come after 30 s)
    const next = await Promise.race([reader.read().then(() => "read", () => "ended"), new Promise((resolve) => setTimeout(resolve, 300, "open"))]);
    expect(next).toBe("open");
    gone.abort();
  });
});
