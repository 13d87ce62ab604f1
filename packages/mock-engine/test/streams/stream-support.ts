// Helpers shared by the stream and live tests (not a test file): the bundled specs, the event schema of a stream
// as a validator, and SSE parsing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const SPECS = join(import.meta.dirname, "..", "..", "..", "..", "specs");

/** The vendor's bundled spec (`pnpm --filter @vendor-sdks/<vendor>-openapi build` writes it). */
export function bundledSpec(vendor: "hania" | "hapi" | "hyponema"): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SPECS, vendor, "dist", "openapi.json"), "utf8")) as Record<string, unknown>;
}

export interface ParsedEvent {
  readonly event?: string;
  readonly data: unknown;
  readonly id?: string;
}

/** SSE wire text as the events a client yields (`{event?, data, id?}`, data parsed); comment-only frames are skipped. */
export function parseEvents(text: string): ParsedEvent[] {
  return text
    .split(/\n\n/)
    .filter((frame) => frame.split("\n").some((line) => line.startsWith("data:")))
    .map((frame) => {
      const event: { event?: string; data?: unknown; id?: string } = {};
      for (const line of frame.split("\n")) {
        const [field, ...rest] = line.split(":");
        const value = rest.join(":").replace(/^ /, "");
        if (field === "event") event.event = value;
        if (field === "id") event.id = value;
        if (field === "data") event.data = JSON.parse(value);
      }
      return event as ParsedEvent;
    });
}

/** Every chunk of a stream, in order. */
export async function collect(stream: AsyncIterable<string> | undefined): Promise<string[]> {
  if (!stream) throw new Error("the answer has no stream");
  const chunks: string[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

/**
 * A validator for one parsed event of `method path`'s 200 event stream: the non-string branch of its schema, as
 * specs/EXTENSIONS.md#server-sent-events says; `branch` picks one `oneOf` branch by its `event` const instead.
 */
export function eventValidator(document: Record<string, unknown>, method: string, path: string): (event: unknown) => string[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ ...document, $id: "spec.json" });
  const pointer = ["paths", path, method, "responses", "200", "content", "text/event-stream", "schema", "anyOf"].map((s) => encodeURIComponent(s.replace(/~/g, "~0").replace(/\//g, "~1"))).join("/");
  const anyOf = (((document.paths as Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: { anyOf: { type?: string }[] } }> }> }>>)[path]?.[method]?.responses["200"]?.content["text/event-stream"]?.schema.anyOf) ?? []);
  const index = anyOf.findIndex((branch) => branch.type !== "string");
  const validate = ajv.compile({ $ref: `spec.json#/${pointer}/${index}` });
  return (event) => (validate(event) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`));
}
