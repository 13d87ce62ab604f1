import { isObject, resolveLocalRef } from "@vendor-sdks/spec-kit/spec/read-document";
import { isJsonMediaType } from "@vendor-sdks/spec-kit/spec/media-type";

/** One documented webhook event: how the vendor delivers it. */
export interface WebhookEvent {
  readonly name: string;
  /** The HTTP method of the delivery (the webhook's path item operation, POST as a rule). */
  readonly method: string;
  /** The documented example delivery body, if any. */
  readonly example: unknown;
  readonly schema: unknown;
  /** The delivery's documented header parameters. */
  readonly headers: readonly DeliveryHeader[];
}

export interface DeliveryHeader {
  readonly name: string;
  readonly example: unknown;
  readonly format: string | undefined;
}

/** The events of the spec's root `webhooks` section (OpenAPI 3.1), by name, in the spec's order. */
export function readWebhookEvents(document: Record<string, unknown>): Map<string, WebhookEvent> {
  const events = new Map<string, WebhookEvent>();
  for (const [name, rawItem] of Object.entries(isObject(document.webhooks) ? document.webhooks : {})) {
    const item = resolveLocalRef(document, rawItem);
    if (!isObject(item)) continue;
    const method = ["post", "put", "patch"].find((m) => isObject(resolveLocalRef(document, item[m]))) ?? "post";
    const operation = resolveLocalRef(document, item[method]);
    const op = isObject(operation) ? operation : {};
    const parameters = [...asArray(item.parameters), ...asArray(op.parameters)].map((p) => resolveLocalRef(document, p)).filter(isObject);
    const headers = parameters
      .filter((p) => p.in === "header" && typeof p.name === "string")
      .map((p) => {
        const schema = resolveLocalRef(document, p.schema);
        return { name: String(p.name), example: p.example, format: isObject(schema) && typeof schema.format === "string" ? schema.format : undefined };
      });
    const body = resolveLocalRef(document, op.requestBody);
    const content = isObject(body) && isObject(body.content) ? body.content : {};
    const mediaType = Object.keys(content).find((type) => isJsonMediaType(type));
    const media = mediaType === undefined ? undefined : resolveLocalRef(document, content[mediaType]);
    events.set(name, { name, method: method.toUpperCase(), example: isObject(media) ? exampleOf(document, media) : undefined, schema: isObject(media) ? media.schema : undefined, headers });
  }
  return events;
}

function exampleOf(document: Record<string, unknown>, media: Record<string, unknown>): unknown {
  if (media.example !== undefined) return media.example;
  for (const example of Object.values(isObject(media.examples) ? media.examples : {})) {
    const value = resolveLocalRef(document, example);
    if (isObject(value) && value.value !== undefined) return value.value;
  }
  return undefined;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
