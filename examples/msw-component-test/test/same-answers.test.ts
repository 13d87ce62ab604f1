import { createHandlers as hanaHandlers } from "@vendor-sdks/hana/msw";
import { createHandlers as haniaHandlers } from "@vendor-sdks/hania/msw";
import { createHandlers as hapiHandlers } from "@vendor-sdks/hapi/msw";
import { createHandlers as hyponemaHandlers } from "@vendor-sdks/hyponema/msw";
import { startMocks, type RunningMocks } from "@vendor-sdks/mock-server";
import type { HttpHandler } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** One request, sent to a vendor's mock server and to its MSW handlers; `path` is under the base URL. */
interface Probe {
  readonly name: string;
  readonly method?: string;
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

const json = { "content-type": "application/json" };
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/** Per vendor: its handlers, the base URL a client uses by default, and requests covering the shared behaviour. */
const vendors: readonly { readonly name: string; readonly handlers: () => HttpHandler[]; readonly baseUrl: string; readonly probes: readonly Probe[] }[] = [
  {
    name: "hania",
    handlers: haniaHandlers,
    baseUrl: "https://app.hania.ai/api/v1",
    probes: [
      { name: "documented example", path: "/bots", headers: bearer("k1") },
      { name: "missing credential", path: "/bots" },
      { name: "invalid body", method: "POST", path: "/bots", headers: { ...bearer("k1"), ...json }, body: { temperature: "hot" } },
      { name: "Prefer code", path: "/bots/b1", headers: { ...bearer("k1"), prefer: "code=404" } },
      { name: "Prefer latency", path: "/bots", headers: { ...bearer("k1"), prefer: "latency=20" } },
      { name: "query preference", path: "/bots/b1?__code=404", headers: bearer("k1") },
      { name: "dynamic with a seed", path: "/bots/b1", headers: { ...bearer("k1"), prefer: "dynamic=true, seed=same-answers" } },
      {
        name: "POST event stream",
        method: "POST",
        path: "/chat/send-stream",
        headers: { ...bearer("k1"), ...json, prefer: "stream-delay=0" },
        body: { bot_id: "b1f2c3d4-5678-90ab-cdef-1234567890ab", message: "Where is my October invoice?", external_user_id: "user_8412" },
      },
    ],
  },
  {
    name: "hana",
    handlers: hanaHandlers,
    baseUrl: "https://hana-api.hanabitech.com/v1/expose-api",
    probes: [
      { name: "documented example", path: "/spaces", headers: { "x-api-key": "HANA-k1" } },
      { name: "missing credential", path: "/spaces" },
      { name: "invalid body", method: "POST", path: "/memory", headers: { "x-api-key": "HANA-k1", ...json }, body: { memoryType: "note" } },
    ],
  },
  {
    name: "hapi",
    handlers: hapiHandlers,
    baseUrl: "http://127.0.0.1:3006",
    probes: [
      { name: "documented example", path: "/api/sessions", headers: bearer("jwt1") },
      { name: "missing credential", path: "/api/sessions" },
      { name: "invalid body", method: "PUT", path: "/api/sessions/s1/pin", headers: { ...bearer("jwt1"), ...json }, body: { mode: "sideways" } },
    ],
  },
  {
    name: "hyponema",
    handlers: hyponemaHandlers,
    baseUrl: "https://api.hyponema.ai",
    probes: [
      { name: "documented example", path: "/workspaces/ws1/phone-numbers", headers: bearer("hyp_k1") },
      { name: "missing credential", path: "/workspaces/ws1/phone-numbers" },
      { name: "invalid body", method: "POST", path: "/sessions/s1/messages", headers: { ...bearer("hyp_k1"), ...json }, body: { text: "" } },
      {
        name: "POST chat stream",
        method: "POST",
        path: "/sessions/s1/messages",
        headers: { ...bearer("hyp_k1"), ...json, accept: "text/event-stream", prefer: "stream-delay=0" },
        body: { text: "Can you summarize our last conversation?" },
      },
    ],
  },
];

/** What must be equal: status, media type and body (an event stream compared event by event). */
async function answerOf(response: Response): Promise<{ status: number; contentType: string; body: unknown }> {
  const contentType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
  const text = await response.text();
  const body = contentType === "text/event-stream" ? events(text) : contentType.endsWith("json") && text !== "" ? JSON.parse(text) : text;
  return { status: response.status, contentType, body };
}

/**
 * The events of an SSE body, each as its `event`/`data`/`id` lines, ignoring how the bytes were chunked. What is
 * minted per turn (a UUID) or measured (`…_ms` timings) differs between any two runs, so it is masked.
 */
function events(text: string): string[][] {
  const masked = text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, "<uuid>").replace(/("[a-z_]*_ms":)\d+/g, "$1<ms>");
  return masked
    .split(/\r?\n\r?\n/)
    .map((block) => block.split(/\r?\n/).filter((line) => line !== ""))
    .filter((lines) => lines.length > 0);
}

function send(baseUrl: string, probe: Probe): Promise<Response> {
  return fetch(`${baseUrl}${probe.path}`, {
    method: probe.method ?? "GET",
    headers: probe.headers ?? {},
    ...(probe.body === undefined ? {} : { body: JSON.stringify(probe.body) }),
  });
}

let mocks: RunningMocks;
const mockUrls = new Map<string, string>();
const msw = setupServer(...vendors.flatMap((v) => v.handlers()));

beforeAll(async () => {
  mocks = await startMocks({ vendors: vendors.map((v) => v.name), ports: Object.fromEntries(vendors.map((v) => [v.name, 0])), host: "127.0.0.1" });
  for (const server of mocks.servers) mockUrls.set(server.vendor, server.url);
  // the mock servers' own URLs pass through; anything else unhandled is a failure
  msw.listen({ onUnhandledRequest: (request, print) => (![...mockUrls.values()].some((url) => request.url.startsWith(url)) ? print.error() : undefined) });
}, 60_000);
afterAll(async () => {
  msw.close();
  await mocks?.stop();
});

describe("the MSW handlers answer as the mock server does", () => {
  for (const vendor of vendors) {
    for (const probe of vendor.probes) {
      it(`${vendor.name}: ${probe.name} (${probe.method ?? "GET"} ${probe.path})`, async () => {
        const fromServer = await answerOf(await send(mockUrls.get(vendor.name) as string, probe));
        const fromHandlers = await answerOf(await send(vendor.baseUrl, probe));
        expect(fromHandlers).toEqual(fromServer);
      });
    }
  }

  it("hyponema's chat stream arrives through MSW as events, turn_start first and turn_end last", async () => {
    const probe = vendors.find((v) => v.name === "hyponema")?.probes.find((p) => p.name === "POST chat stream") as Probe;
    const { body } = await answerOf(await send("https://api.hyponema.ai", probe));
    const names = (body as string[][]).map((lines) => lines.find((l) => l.startsWith("event:"))?.slice(6).trim());
    expect(names[0]).toBe("turn_start");
    expect(names.at(-1)).toBe("turn_end");
  });
});
