import type { InitArgs, StreamEvent, StreamInit, StreamPath, TypedClient } from "../client/client-types.js";
import type { OperationTable } from "../operations/operation-info.js";
import { internalsOf, type LooseInit } from "../client/client-internals.js";
import { VendorSdkError } from "../errors/errors.js";
import { parseSse } from "./parse-sse.js";
import { toSseEvent } from "./sse-event.js";

/**
 * Calls a path's `text/event-stream` operation and yields its events, typed by the spec's event schema. Aborting
 * `init.signal` ends the iteration cleanly; so does breaking out of the loop (the connection is closed).
 */
export function stream<Paths extends {}, Ops extends OperationTable, P extends string>(
  client: TypedClient<Paths, Ops>,
  // `P extends string` plus this intersection keeps the literal path; a constraint on P itself widens it to the union.
  path: P & StreamPath<Paths, Ops>,
  ...init: InitArgs<StreamInit<Paths, Ops, P>>
): AsyncIterable<StreamEvent<Paths, Ops, P>> {
  const internals = internalsOf(client, "stream");
  const operation = internals.streamingOperation(path);
  if (!operation) throw new VendorSdkError(`${path} has no text/event-stream operation in the spec.`);
  const options = init[0] as LooseInit | undefined;
  return (async function* () {
    const result = await internals.send(operation.method.toUpperCase(), path, { ...options, parseAs: "stream" });
    if (!result.response.ok) throw internals.toApiError(result);
    if (!(result.data instanceof ReadableStream)) return;
    for await (const message of parseSse(result.data as ReadableStream<Uint8Array>, options?.signal)) yield toSseEvent(message);
  })() as AsyncIterable<StreamEvent<Paths, Ops, P>>;
}
