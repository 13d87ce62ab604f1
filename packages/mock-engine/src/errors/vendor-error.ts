import { envelopeErrorPointer, isObject, resolveLocalRef } from "@vendor-sdks/spec-kit/spec/read-document";
import { isJsonMediaType } from "@vendor-sdks/spec-kit/spec/media-type";
import { pointerSegments } from "@vendor-sdks/spec-kit/spec/json-pointer";

/** How one vendor shapes an error body, read once from its spec. */
export interface VendorErrorShape {
  /** The spec's `x-envelope.error`: where the vendor puts its error message. */
  readonly pointer: string | undefined;
  /** A documented JSON error example whose message sits at `pointer`, used as the model of every error body. */
  readonly model: unknown;
}

/** A JSON error body in the vendor's shape. */
export interface VendorErrorBody {
  readonly contentType: string;
  readonly body: string;
}

// the statuses whose examples best show the vendor's error shape, most telling first
const MODEL_STATUSES = ["400", "422", "4XX", "404", "401", "403", "409", "429", "500"];

/** The vendor's error shape: its `x-envelope.error` pointer and a documented example that fits it. */
export function vendorErrorShape(document: Record<string, unknown>): VendorErrorShape {
  const pointer = envelopeErrorPointer(document);
  if (pointer === undefined) return { pointer, model: undefined };
  const operations = Object.values(isObject(document.paths) ? document.paths : {}).flatMap((item) => Object.values(isObject(item) ? item : {}));
  for (const status of MODEL_STATUSES) {
    for (const operation of operations) {
      const responses = isObject(operation) && isObject(operation.responses) ? operation.responses : {};
      const model = jsonExamples(document, responses[status]).find((example) => withMessageAt(example, pointer, "") !== undefined);
      if (model !== undefined) return { pointer, model };
    }
  }
  return { pointer, model: undefined };
}

/**
 * An error body in the vendor's shape carrying `message`: the vendor's own body (`answer`, when it has the
 * vendor's message field), else the spec's model error with the message at its pointer, else
 * `{"error": message}` (the spec publishes no error shape, so this is the plainest JSON that says what is wrong).
 */
export function vendorErrorBody(shape: VendorErrorShape, message: string, answer?: unknown): VendorErrorBody {
  const { pointer } = shape;
  const fitted =
    pointer === undefined
      ? undefined
      : ((answer === undefined ? undefined : withMessageAt(answer, pointer, message)) ??
        (shape.model === undefined ? undefined : withMessageAt(shape.model, pointer, message)) ??
        withMessageAt({}, pointer, message));
  return { contentType: "application/json", body: JSON.stringify(fitted ?? { error: message }) };
}

/** A copy of `document` with `message` at the JSON pointer, or undefined when it does not fit there. */
function withMessageAt(document: unknown, pointer: string, message: string): unknown {
  const copy: unknown = structuredClone(document);
  const segments = pointerSegments(pointer);
  const last = segments.pop();
  if (last === undefined) return undefined;
  let parent: unknown = copy;
  for (const segment of segments) {
    if (!isObject(parent)) return undefined;
    parent[segment] ??= {};
    parent = parent[segment];
  }
  if (!isObject(parent)) return undefined;
  const current = parent[last];
  if (current !== undefined && typeof current !== "string") return undefined; // never change the vendor's types
  parent[last] = message;
  return copy;
}

/** The JSON examples of one response object (`example`, or each of `examples`), `$ref`s followed. */
function jsonExamples(document: Record<string, unknown>, response: unknown): unknown[] {
  const resolved = resolveLocalRef(document, response);
  const content = isObject(resolved) && isObject(resolved.content) ? resolved.content : {};
  const found: unknown[] = [];
  for (const [mediaType, media] of Object.entries(content)) {
    if (!isJsonMediaType(mediaType) || !isObject(media)) continue;
    if (media.example !== undefined) found.push(media.example);
    for (const example of Object.values(isObject(media.examples) ? media.examples : {})) {
      const value = resolveLocalRef(document, example);
      if (isObject(value) && value.value !== undefined) found.push(value.value);
    }
  }
  return found;
}
