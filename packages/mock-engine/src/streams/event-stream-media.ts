import { isObject, resolveLocalRef } from "../spec/read-document.js";
import { readStreamScript, type StreamScript } from "./stream-script.js";

const EVENT_STREAM = "text/event-stream";
const HTTP_METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

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
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [template, rawItem] of Object.entries(paths)) {
    const item = resolveLocalRef(document, rawItem);
    if (!isObject(item)) continue;
    for (const [method, operation] of Object.entries(item)) {
      if (!HTTP_METHODS.has(method) || !isObject(operation) || !isObject(operation.responses)) continue;
      const parameters = [...asList(item.parameters), ...asList(operation.parameters)]
        .map((p) => resolveLocalRef(document, p))
        .filter(isObject);
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
  }
  return {
    find(method, template, status) {
      const statuses = byOperation.get(`${method.toLowerCase()} ${template}`);
      return statuses?.get(String(status)) ?? statuses?.get(`${String(status)[0]}XX`) ?? statuses?.get("DEFAULT");
    },
  };
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function escape(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
