import type { InitArgs, StreamEvent, StreamInit, StreamPath, TypedClient } from "../client/client-types.js";
import type { OperationInfo, OperationTable } from "../operations/operation-info.js";
import { internalsOf, type ClientInternals, type CallInit } from "../client/client-internals.js";
import { ConnectionError, TimeoutError, VendorSdkError } from "../errors/errors.js";
import { redactValue } from "../errors/redact.js";
import { StreamEventError, StreamIncompleteError } from "../errors/stream-errors.js";
import { IdleTimer } from "./idle-timer.js";
import { parseSse } from "./parse-sse.js";
import { toSseEvent, type SseEvent } from "./sse-event.js";
import { resolveStreamIdleTimeout, type StreamOptions } from "./stream-options.js";

/** How much of an error event's data its message shows. */
const MAX_DATA_IN_MESSAGE = 300;

/**
 * Calls a path's `text/event-stream` operation and yields its events, typed by the spec's event schema.
 *
 * - Aborting `init.signal` ends the iteration cleanly; so does breaking out of the loop (the connection is closed).
 * - No byte for `streamIdleTimeoutMs` (headers included) closes the connection and throws a `TimeoutError`.
 * - Where the spec declares `x-stream-events`, an error event throws a `StreamEventError`, the iteration ends after
 *   a terminal event, and a stream that ends before one throws a `StreamIncompleteError`.
 * - A connection lost mid-stream throws a `ConnectionError`.
 */
export function stream<Paths extends {}, Ops extends OperationTable, P extends string>(
  client: TypedClient<Paths, Ops>,
  // `P extends string` plus this intersection keeps the literal path; a constraint on P itself widens it to the union.
  path: P & StreamPath<Paths, Ops>,
  ...init: InitArgs<StreamInit<Paths, Ops, P>>
): AsyncIterable<StreamEvent<Paths, Ops, P>> {
  const internals = internalsOf(client, "stream");
  const operation = [...internals.routes.values()].find((op) => op.path === path && op.streaming);
  if (!operation) throw new VendorSdkError(`${path} has no text/event-stream operation in the spec.`);
  const options = init[0] as (CallInit & StreamOptions) | undefined;
  const idleMs = resolveStreamIdleTimeout(options?.streamIdleTimeoutMs, internals.options.streamIdleTimeoutMs);
  return events(internals, operation, options, idleMs) as AsyncIterable<StreamEvent<Paths, Ops, P>>;
}

async function* events(internals: ClientInternals, operation: OperationInfo, options: CallInit | undefined, idleMs: number): AsyncGenerator<SseEvent> {
  const method = operation.method.toUpperCase();
  const where = `${operation.operationId} (${method} ${operation.path})`;
  const caller = options?.signal;
  // The stream's own signal, so that running idle can close the connection just as the caller's signal does.
  const connection = new AbortController();
  const stop = () => connection.abort(caller?.reason);
  if (caller?.aborted) stop();
  else caller?.addEventListener("abort", stop, { once: true });
  const idle = new IdleTimer(idleMs, () => connection.abort(new Error("idle")));
  const idleError = () => new TimeoutError(`${where}: no data arrived for ${idleMs} ms (streamIdleTimeoutMs).`);
  const roles = operation.streamEvents;
  let messages: AsyncGenerator<SseEvent> | undefined;
  try {
    let result;
    try {
      result = await internals.send(method, operation.path, { ...options, signal: connection.signal, parseAs: "stream" });
    } catch (error) {
      throw idle.expired ? idleError() : error;
    }
    if (!result.response.ok) throw internals.toApiError(result);
    idle.touch();
    if (result.data instanceof ReadableStream) messages = parsed(result.data as ReadableStream<Uint8Array>, connection.signal, idle);
    for (;;) {
      let next: IteratorResult<SseEvent> | undefined;
      try {
        next = await messages?.next();
      } catch (error) {
        if (idle.expired) throw idleError();
        if (caller?.aborted) return;
        throw new ConnectionError(`${where}: the connection was lost mid-stream.`, { cause: error });
      }
      if (!next || next.done) break;
      const event = next.value;
      if (roles?.error?.includes(event.event)) throw errorEvent(where, operation, event, internals.secrets);
      yield event;
      if (roles?.terminal?.includes(event.event)) return;
    }
    if (idle.expired) throw idleError();
    if (caller?.aborted) return;
    if (roles?.terminal) {
      throw new StreamIncompleteError(`${where}: the stream ended before its terminal event (${roles.terminal.join(" or ")}).`, operation.operationId);
    }
  } finally {
    idle.stop();
    caller?.removeEventListener("abort", stop);
    await messages?.return(undefined); // closes the connection when the loop ended early
  }
}

async function* parsed(body: ReadableStream<Uint8Array>, signal: AbortSignal, idle: IdleTimer): AsyncGenerator<SseEvent> {
  for await (const message of parseSse(body, signal, { onChunk: idle.touch })) yield toSseEvent(message);
}

function errorEvent(where: string, operation: OperationInfo, sent: SseEvent, secrets: ReadonlySet<string>): StreamEventError {
  const event = redactValue(sent, [...secrets]) as SseEvent;
  const data = typeof event.data === "string" ? event.data : JSON.stringify(event.data);
  const shown = data.length > MAX_DATA_IN_MESSAGE ? `${data.slice(0, MAX_DATA_IN_MESSAGE)}…` : data;
  return new StreamEventError(`${where}: the stream reported an error (event "${event.event}"): ${shown}`, event, operation.operationId);
}
