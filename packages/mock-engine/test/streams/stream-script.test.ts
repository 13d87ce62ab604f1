import { describe, expect, it } from "vitest";
import { readStreamScript } from "../../src/streams/stream-script.js";

const WHERE = "#/paths/~1chat/post/responses/200/content/text~1event-stream";
const turn = (extra: Record<string, unknown> = {}) => ({
  "x-stream-events": { terminal: ["done"], error: ["error"] },
  "x-mock-stream": {
    answers: "/text",
    reply: "You said “$quote”.",
    events: [
      { event: "start", data: { id: "$streamId" } },
      { perChunk: true, event: "token", data: { text: "$chunk" } },
      { event: "done", data: { ms: "$elapsedMs" } },
    ],
    error: { event: "error", data: { detail: "$message" } },
    ...extra,
  },
});

describe("readStreamScript", () => {
  it("reads a turn: its events in order, which repeats per chunk, the answered field and the error frame", () => {
    const script = readStreamScript(turn(), WHERE);
    expect(script).toMatchObject({ kind: "turn", answers: "/text", error: { event: "error" } });
    expect(script?.kind === "turn" && script.events.map((e) => e.perChunk)).toEqual([false, true, false]);
  });

  it("is undefined for a media type without x-mock-stream (an undocumented stream is served as documented)", () => {
    expect(readStreamScript({ example: ": not documented\n\n" }, WHERE)).toBeUndefined();
  });

  it("names the place of an unknown placeholder and lists the known ones", () => {
    const bad = turn({ events: [{ perChunk: true, event: "token", data: { text: "$chnk" } }] });
    expect(() => readStreamScript(bad, WHERE)).toThrow(`${WHERE}/x-mock-stream/events/0/data/text: unknown placeholder $chnk here (known: `);
  });

  it("refuses an error event that x-stream-events does not list as one", () => {
    const bad = turn({ error: { event: "oops", data: {} } });
    expect(() => readStreamScript(bad, WHERE)).toThrow(`${WHERE}/x-mock-stream/error/event: "oops" is not an error event of x-stream-events (error)`);
  });

  it("refuses a turn whose events never carry the reply", () => {
    expect(() => readStreamScript(turn({ events: [{ event: "start", data: {} }] }), WHERE)).toThrow("no entry has `perChunk: true`");
  });

  it("reads a live stream and checks its heartbeat, resume and change rules", () => {
    const live = (value: unknown) => ({ "x-mock-stream": { live: value } });
    const ok = readStreamScript(live({ resume: { ok: "ok", gap: "gap", history: 4 }, heartbeat: { everyMs: 1000, frame: { data: { t: "$now" } } }, changes: [{ collection: "/bots", kind: "created", frame: { id: "$eventId", data: "$change.value" } }] }), WHERE);
    expect(ok).toMatchObject({ kind: "live", heartbeat: { everyMs: 1000 }, resume: { history: 4 } });
    expect(() => readStreamScript(live({ heartbeat: { everyMs: 0, frame: { data: 1 } } }), WHERE)).toThrow(`${WHERE}/x-mock-stream/live/heartbeat/everyMs: must be whole milliseconds ≥ 1`);
    expect(() => readStreamScript(live({ changes: [{ kind: "created", frame: { data: 1 } }] }), WHERE)).toThrow(`${WHERE}/x-mock-stream/live/changes/0: names neither a collection nor an operationId`);
    expect(() => readStreamScript(live({ changes: [{ collection: "/bots", kind: "made", frame: { data: 1 } }] }), WHERE)).toThrow("/live/changes/0/kind: must be created, updated or deleted");
  });
});
