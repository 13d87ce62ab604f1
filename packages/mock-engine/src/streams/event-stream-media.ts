import { isObject, resolveLocalRef } from "@vendor-sdks/spec-kit/spec/read-document";
import { specOperations } from "../spec/spec-operations.js";
import { readStreamScript, type StreamScript } from "./stream-script.js";

const EVENT_STREAM = "text/event-stream";

/** One operation's `text/event-stream` answer for one response status, as the spec declares it. */
export interface EventStreamMedia {
  readonly media: Record<string, unknown>;
  readonly script: StreamScript | undefined;
  /** The operation's parameters (local `$ref`s resolved), to find a resume cursor's example. */
  readonly parameters: readonly Record<string, unknown>[];
}

/** Every event-stream media type of the spec, read (and its `x-mock-stream` checked) once, when the engine starts. */
export interface EventStreamIndex {
  /** The media type `method template` answers with `status`: the exact status, else its `2XX` range, else `default`. */
  find(method: string, template: string, status: number): EventStreamMedia | undefined;
}

export function indexEventStreams(document: Record<string, unknown>): EventStreamIndex {
  const byOperation = new Map<string, Map<string, EventStreamMedia>>();
  for (const { template, method, operation, parameters: raw } of specOperations(document)) {
    if (!isObject(operation.responses)) continue;
    const parameters = raw.map((p) => resolveLocalRef(document, p)).filter(isObject);
    const statuses = new Map<string, EventStreamMedia>();
    for (const [status, rawResponse] of Object.entries(operation.responses)) {
      const response = resolveLocalRef(document, rawResponse);
      const content = isObject(response) && isObject(response.content) ? response.content : {};
      const name = Object.keys(content).find((type) => type.toLowerCase().startsWith(EVENT_STREAM));
      const media = name === undefined ? undefined : content[name];
      if (!name || !isObject(media)) continue;
      const where = `#/paths/${escape(template)}/${method}/responses/${escape(status)}/content/${escape(name)}`;
      statuses.set(status.toUpperCase(), { media, script: readStreamScript(media, where), parameters });
    }
    if (statuses.size > 0) byOperation.set(`${method} ${template}`, statuses);
  }
  return {
    find(method, template, status) {
      const statuses = byOperation.get(`${method.toLowerCase()} ${template}`);
      return statuses?.get(String(status)) ?? statuses?.get(`${String(status)[0]}XX`) ?? statuses?.get("DEFAULT");
    },
  };
}

function escape(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
