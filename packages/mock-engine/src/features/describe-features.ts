import { readStateModel } from "../state/resource-model.js";
import { indexEventStreams } from "../streams/event-stream-media.js";
import { readWebhookEvents } from "../webhooks/webhook-events.js";
import { isObject } from "@vendor-sdks/spec-kit/spec/read-document";
import { specOperations } from "../spec/spec-operations.js";

/** One event-stream operation and how the mock plays it. */
export interface StreamFeature {
  readonly operation: string;
  /** `turn`: a reply played event by event; `live`: open until the client leaves; `documented`: the example's frames. */
  readonly kind: "turn" | "live" | "documented";
  /** The SSE `event:` names a turn sends, in order (a `…` after the one repeated per reply chunk). */
  readonly events: readonly string[];
}

/** One resource the mock remembers, and the operations that read or write it. */
export interface ResourceFeature {
  readonly collection: string;
  /** `create: createBot`, … in the order list, create, read, update, delete. */
  readonly operations: readonly { readonly action: string; readonly operation: string }[];
}

/** What a vendor's mock can do beyond documented examples: streams, state, webhooks (for `--scenarios`). */
export interface MockFeatures {
  readonly streams: readonly StreamFeature[];
  readonly resources: readonly ResourceFeature[];
  readonly webhooks: readonly string[];
}

const ACTION_ORDER = ["list", "create", "read", "update", "delete"];

/** The features of one spec, read with the same modules the engine plays them with. */
export function describeFeatures(document: Record<string, unknown>): MockFeatures {
  const streams: StreamFeature[] = [];
  const index = indexEventStreams(document);
  const resources = new Map<string, { action: string; operation: string }[]>();
  const state = readStateModel(document);
  for (const { template, method, operation, operationId } of specOperations(document)) {
    const name = operationId ?? `${method.toUpperCase()} ${template}`;
    const stream = successStatuses(operation).map((status) => index.find(method, template, status)).find((found) => found !== undefined);
    if (stream) {
      const script = stream.script;
      const events = script?.kind === "turn" ? script.events.map((e) => `${String(e.frame.event ?? "message")}${e.perChunk ? " …" : ""}`) : [];
      streams.push({ operation: name, kind: script?.kind ?? "documented", events });
    }
    const entry = state.operations.get(`${method} ${template}`);
    if (entry) {
      const list = resources.get(entry.resource.collection) ?? [];
      list.push({ action: entry.action, operation: name });
      resources.set(entry.resource.collection, list);
    }
  }
  return {
    streams,
    resources: [...resources].map(([collection, operations]) => ({
      collection,
      operations: operations.sort((a, b) => ACTION_ORDER.indexOf(a.action) - ACTION_ORDER.indexOf(b.action)),
    })),
    webhooks: [...readWebhookEvents(document).keys()],
  };
}

function successStatuses(operation: Record<string, unknown>): number[] {
  const responses = isObject(operation.responses) ? Object.keys(operation.responses) : [];
  return responses.filter((s) => /^2(\d\d|XX)$/i.test(s)).map((s) => (/XX$/i.test(s) ? 200 : Number(s)));
}
