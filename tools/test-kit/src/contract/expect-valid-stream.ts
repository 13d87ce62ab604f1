import type { SucceedingOperation } from "@vendor-sdks/spec-kit/operations/operation-table";
import { stream } from "@vendor-sdks/runtime";
import { SseLineParser } from "@vendor-sdks/runtime/internal";
import { canonicalPointer, deref, getAtPointer, pointerOf } from "@vendor-sdks/spec-kit/spec/json-pointer";
import { formatIssues, type SpecValidator } from "@vendor-sdks/spec-kit/validation/spec-validator";
import type { ExampleRequest } from "@vendor-sdks/spec-kit/requests/example-request";
import { declaredResponse } from "./expect-valid-response.ts";
import type { UntypedClient } from "./describe-contract.ts";
import { mediaTypeOf } from "@vendor-sdks/spec-kit/spec/media-type";

const EVENT_STREAM = "text/event-stream";

/**
 * A streaming operation is called through the runtime's `stream()`. It must answer its documented success status
 * as `text/event-stream`, yield at least as many events as the spec's example holds, and at least one (a stream
 * that ends without one shows nothing the spec promises), and every event must validate against the spec's event
 * schema (the non-string branch of the `text/event-stream` schema). The one exception is written in the spec:
 * an event schema marked `x-undocumented` whose example is only a comment (specs/EXTENSIONS.md) promises no event.
 */
export async function expectValidStream(op: SucceedingOperation, req: ExampleRequest, client: UntypedClient, validator: SpecValidator): Promise<void> {
  const where = `${op.operationId}: ${op.successStatus}`;
  const doc = validator.document;
  const schema = `${declaredResponse(doc, op, op.successStatus).pointer}${pointerOf("content", EVENT_STREAM, "schema")}`;
  const eventSchema = getAtPointer(doc, canonicalPointer(doc, `${schema}/anyOf/1`)) ? `${schema}/anyOf/1` : schema;
  const media = getAtPointer(doc, canonicalPointer(doc, schema.slice(0, -"/schema".length))) as Record<string, unknown> | undefined;
  const exampleEvents = countWireEvents(media?.example);
  const undocumented = deref(doc, getAtPointer(doc, canonicalPointer(doc, eventSchema)))?.["x-undocumented"] !== undefined;
  const required = undocumented && exampleEvents === 0 ? 0 : Math.max(1, exampleEvents);
  let received: Response | undefined;
  // Per-call middleware sees the response stream() reads, so its status and media type can be checked too.
  const middleware = [{ onResponse: ({ response }: { response: Response }) => void (received = response) }];
  const init = { params: req.params, middleware, ...(req.body === undefined ? {} : { body: req.body }) };
  let count = 0;
  for await (const event of stream(client as never, op.path as never, init as never)) {
    if (count === 0) expectEventStream(op, received);
    const check = validator.validateAt(eventSchema, event);
    if (!check.ok) throw new Error(`${where} ${EVENT_STREAM} event ${count} does not validate\n${formatIssues(check.issues)}`);
    count++;
  }
  expectEventStream(op, received);
  if (count === 0 && required > 0) throw new Error(`${where} ${EVENT_STREAM}: the stream ended without yielding a single event.`);
  if (count < required) throw new Error(`${where} ${EVENT_STREAM}: the stream yielded ${count} event(s); its example has ${required}.`);
}

/** Events in an SSE wire-format example (comment lines are not events); 0 when there is no string example. */
function countWireEvents(example: unknown): number {
  return typeof example === "string" ? new SseLineParser().push(example, true).length : 0;
}

/** The response behind the stream has the documented status and is an event stream. */
function expectEventStream(op: SucceedingOperation, response: Response | undefined): void {
  if (!response) throw new Error(`${op.operationId}: no response reached the client.`);
  if (response.status !== op.successStatus) throw new Error(`${op.operationId}: expected ${op.successStatus}, got ${response.status}.`);
  const contentType = response.headers.get("content-type");
  if (mediaTypeOf(contentType) !== EVENT_STREAM) {
    throw new Error(`${op.operationId}: ${op.successStatus} answered with Content-Type ${contentType ?? "(none)"}, not ${EVENT_STREAM}.`);
  }
}
