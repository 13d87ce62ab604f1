import type { Change } from "../engine/capabilities.js";
import { isObject } from "@vendor-sdks/spec-kit/spec/read-document";
import { placeholdersIn } from "./template.js";

/** One entry of a turn: a frame template, played once, or once per chunk of the reply. */
export interface TurnEvent {
  readonly perChunk: boolean;
  readonly frame: Record<string, unknown>;
}

/** A stream that plays one turn and ends (Hyponema's chat), from `x-mock-stream`. */
export interface TurnScript {
  readonly kind: "turn";
  /** JSON pointer into the request body: the field the reply answers. */
  readonly answers: string | undefined;
  readonly reply: string;
  readonly events: readonly TurnEvent[];
  readonly error: Record<string, unknown> | undefined;
}

export interface ChangeRule {
  readonly collection: string | undefined;
  readonly kind: Change["kind"] | undefined;
  readonly operationId: string | undefined;
  readonly frame: Record<string, unknown>;
}

/** A stream that stays open until the client leaves (HAPI's `/api/events`), from `x-mock-stream.live`. */
export interface LiveScript {
  readonly kind: "live";
  readonly greeting: Record<string, unknown> | undefined;
  readonly resume: { readonly query: string | undefined; readonly ok: unknown; readonly gap: unknown; readonly history: number } | undefined;
  readonly heartbeat: { readonly everyMs: number; readonly frame: Record<string, unknown> } | undefined;
  readonly changes: readonly ChangeRule[];
  readonly error: Record<string, unknown> | undefined;
}

export type StreamScript = TurnScript | LiveScript;

// placeholders each part of the extension may use (specs/EXTENSIONS.md#x-mock-stream)
const EVERYWHERE = ["now", "uuid"];
const TURN = [...EVERYWHERE, "streamId", "elapsedMs", "requestWords", "replyChunks"];
const ALLOWED = {
  turnEvent: TURN,
  chunkEvent: [...TURN, "chunk"],
  reply: ["quote"],
  error: [...TURN, "message"],
  greeting: [...EVERYWHERE, "resume"],
  heartbeat: EVERYWHERE,
  change: [...EVERYWHERE, "eventId", "change.id", "change.value", "change.params.*"],
} as const;

const KINDS = new Set(["created", "updated", "deleted"]);

/**
 * The media type's `x-mock-stream`, checked; undefined when it has none. `where` is the media type's JSON pointer:
 * every error names the place in the spec that is wrong.
 */
export function readStreamScript(media: Record<string, unknown>, where: string): StreamScript | undefined {
  const raw = media["x-mock-stream"];
  if (raw === undefined) return undefined;
  const at = `${where}/x-mock-stream`;
  const fail = (pointer: string, message: string): never => {
    throw new Error(`${at}${pointer}: ${message} (see specs/EXTENSIONS.md#x-mock-stream).`);
  };
  if (!isObject(raw)) return fail("", "must be an object");
  const errorEvents = streamErrorEvents(media);
  const error = raw.error === undefined ? undefined : frameTemplate(raw.error, "/error", ALLOWED.error, fail);
  if (error && !errorEvents.includes(String(error.event))) {
    fail("/error/event", `"${String(error.event)}" is not an error event of x-stream-events (${errorEvents.join(", ") || "none listed"})`);
  }
  if (raw.live !== undefined) return readLive(raw.live, error, fail);

  if (typeof raw.reply !== "string" || raw.reply.trim() === "") return fail("/reply", "must be the mock's reply text");
  checkPlaceholders(raw.reply, "/reply", ALLOWED.reply, fail);
  if (raw.answers !== undefined && (typeof raw.answers !== "string" || !(raw.answers === "" || raw.answers.startsWith("/")))) {
    fail("/answers", "must be a JSON pointer into the request body, e.g. /text");
  }
  if (!Array.isArray(raw.events) || raw.events.length === 0) return fail("/events", "must list the frames of one turn in order");
  const events = raw.events.map((entry: unknown, i): TurnEvent => {
    if (!isObject(entry)) return fail(`/events/${i}`, "must be a frame {event?, data, perChunk?}");
    const { perChunk, ...frame } = entry;
    if (perChunk !== undefined && typeof perChunk !== "boolean") fail(`/events/${i}/perChunk`, "must be true or false");
    return { perChunk: perChunk === true, frame: frameTemplate(frame, `/events/${i}`, perChunk === true ? ALLOWED.chunkEvent : ALLOWED.turnEvent, fail) };
  });
  if (!events.some((e) => e.perChunk)) fail("/events", "no entry has `perChunk: true`, so the reply would not be sent");
  return { kind: "turn", answers: raw.answers as string | undefined, reply: raw.reply, events, error };
}

/** `x-stream-events.error` of the media type: the names an error event may have. */
export function streamErrorEvents(media: Record<string, unknown>): string[] {
  const declared = isObject(media["x-stream-events"]) ? media["x-stream-events"].error : undefined;
  return Array.isArray(declared) ? declared.filter((name): name is string => typeof name === "string") : [];
}

type Fail = (pointer: string, message: string) => never;

function readLive(raw: unknown, error: Record<string, unknown> | undefined, fail: Fail): LiveScript {
  if (!isObject(raw)) return fail("/live", "must be an object {greeting?, resume?, heartbeat?, changes?}");
  const greeting = raw.greeting === undefined ? undefined : frameTemplate(raw.greeting, "/live/greeting", ALLOWED.greeting, fail);
  let resume: LiveScript["resume"];
  if (raw.resume !== undefined) {
    const r = raw.resume;
    if (!isObject(r)) return fail("/live/resume", "must be {query?, ok, gap, history}");
    if (r.query !== undefined && typeof r.query !== "string") fail("/live/resume/query", "must name a query parameter");
    if (!("ok" in r) || !("gap" in r)) fail("/live/resume", "needs `ok` and `gap`: the values $resume takes");
    if (typeof r.history !== "number" || !Number.isInteger(r.history) || r.history < 1) fail("/live/resume/history", "must be how many frames are kept per credential (≥ 1)");
    resume = { query: r.query as string | undefined, ok: r.ok, gap: r.gap, history: r.history as number };
  }
  let heartbeat: LiveScript["heartbeat"];
  if (raw.heartbeat !== undefined) {
    const h = raw.heartbeat;
    if (!isObject(h)) return fail("/live/heartbeat", "must be {everyMs, frame}");
    if (typeof h.everyMs !== "number" || !Number.isInteger(h.everyMs) || h.everyMs < 1) fail("/live/heartbeat/everyMs", "must be whole milliseconds ≥ 1");
    heartbeat = { everyMs: h.everyMs as number, frame: frameTemplate(h.frame, "/live/heartbeat/frame", ALLOWED.heartbeat, fail) };
  }
  if (raw.changes !== undefined && !Array.isArray(raw.changes)) fail("/live/changes", "must be a list of {collection?, kind?, operationId?, frame}");
  const changes = ((raw.changes ?? []) as unknown[]).map((rule, i): ChangeRule => {
    const at = `/live/changes/${i}`;
    if (!isObject(rule)) return fail(at, "must be {collection?, kind?, operationId?, frame}");
    if (rule.collection !== undefined && typeof rule.collection !== "string") fail(`${at}/collection`, "must be a path template, e.g. /api/sessions");
    if (rule.kind !== undefined && !KINDS.has(String(rule.kind))) fail(`${at}/kind`, "must be created, updated or deleted");
    if (rule.operationId !== undefined && typeof rule.operationId !== "string") fail(`${at}/operationId`, "must be a string");
    if (rule.collection === undefined && rule.operationId === undefined) fail(at, "names neither a collection nor an operationId, so every write would match");
    return {
      collection: rule.collection as string | undefined,
      kind: rule.kind as Change["kind"] | undefined,
      operationId: rule.operationId as string | undefined,
      frame: frameTemplate(rule.frame, `${at}/frame`, ALLOWED.change, fail),
    };
  });
  return { kind: "live", greeting, resume, heartbeat, changes, error };
}

function frameTemplate(raw: unknown, pointer: string, allowed: readonly string[], fail: Fail): Record<string, unknown> {
  if (!isObject(raw) || !("data" in raw)) return fail(pointer, "must be a frame {event?, data, id?}");
  if (raw.event !== undefined && typeof raw.event !== "string") fail(`${pointer}/event`, "must be an event name");
  checkPlaceholders(raw, pointer, allowed, fail);
  return raw;
}

function checkPlaceholders(template: unknown, pointer: string, allowed: readonly string[], fail: Fail): void {
  for (const { name, pointer: below } of placeholdersIn(template)) {
    const known = allowed.some((a) => (a.endsWith(".*") ? name.startsWith(a.slice(0, -1)) && name.length > a.length - 1 : a === name));
    if (!known) fail(`${pointer}${below}`, `unknown placeholder $${name} here (known: ${allowed.map((a) => `$${a}`).join(", ")})`);
  }
}
