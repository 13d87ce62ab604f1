import type { SucceedingOperation, ToolingOperation } from "@vendor-sdks/spec-kit/operations/operation-table";
import { canonicalPointer, deref, getAtPointer, pointerOf } from "@vendor-sdks/spec-kit/spec/json-pointer";
import type { SpecValidator } from "@vendor-sdks/spec-kit/validation/spec-validator";
import type { UntypedClient } from "./describe-contract.ts";
import type { ExampleRequest } from "@vendor-sdks/spec-kit/requests/example-request";
import { expectValidResponse, preview } from "./expect-valid-response.ts";

/** The slice of an openapi-fetch client the suite drives, whatever the vendor's `paths` type. */
type FetchMethod = (path: string, init: Record<string, unknown>) => Promise<{ response: Response; data?: unknown; error?: unknown }>;

/**
 * Calls a (non-streaming) operation through the vendor's client with the spec's example request. It must answer
 * its documented success status with the body the spec declares for it (see {@link expectValidResponse}).
 * `diagnostics` adds context to a wrong status (e.g. the mock's log).
 */
export async function expectValidCall(op: SucceedingOperation, req: ExampleRequest, client: UntypedClient, validator: SpecValidator, diagnostics: () => string = () => ""): Promise<void> {
  const method = op.method.toUpperCase();
  const call = (client as Record<string, unknown>)[method] as FetchMethod | undefined;
  if (typeof call !== "function") throw new Error(`The client has no ${method} method.`);
  // The raw bytes, whatever the media type: the harness, not the client, decides whether they are what the spec says.
  const init: Record<string, unknown> = { params: req.params, parseAs: "arrayBuffer" };
  if (req.body !== undefined) {
    init.body = req.body;
    if (req.contentType === "multipart/form-data") init.bodySerializer = (body: unknown) => toFormData(body, binaryFields(validator.document, op));
    else if (req.contentType && req.contentType !== "application/json") init.headers = { "Content-Type": req.contentType };
  }
  const result = await call.call(client, op.path, init);
  const { response } = result;
  // openapi-fetch hands back no data for a 204 or a `Content-Length: 0` answer: that is an empty body.
  const body = result.data instanceof ArrayBuffer ? new Uint8Array(result.data) : new Uint8Array(0);
  if (response.status !== op.successStatus) {
    const answer = response.ok ? preview(body) : JSON.stringify(result.error);
    throw new Error(`${op.operationId}: expected ${op.successStatus}, got ${response.status}: ${answer}\n${diagnostics()}`.trimEnd());
  }
  expectValidResponse(validator, op, { status: response.status, contentType: response.headers.get("content-type"), body });
}

/** Multipart fields the spec declares as binary (sent as files, not text). */
function binaryFields(doc: Record<string, unknown>, op: ToolingOperation): Set<string> {
  const schema = deref(doc, getAtPointer(doc, canonicalPointer(doc, pointerOf("paths", op.path, op.method, "requestBody", "content", "multipart/form-data", "schema"))));
  const props = (schema?.properties ?? {}) as Record<string, unknown>;
  return new Set(Object.entries(props).filter(([, p]) => deref(doc, p)?.format === "binary").map(([name]) => name));
}

function toFormData(body: unknown, binary: ReadonlySet<string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (value === undefined) continue;
    const text = typeof value === "string" ? value : JSON.stringify(value);
    if (binary.has(key)) form.append(key, new Blob([text], { type: "application/octet-stream" }), `${key}.bin`);
    else form.append(key, text);
  }
  return form;
}
