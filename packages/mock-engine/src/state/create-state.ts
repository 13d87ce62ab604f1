import type { ChangeFeed, Exchange, StateCapability } from "../engine/capabilities.js";
import { isJsonMediaType } from "@vendor-sdks/spec-kit/spec/media-type";
import type { MockResponse } from "../engine/exchange.js";
import { isObject } from "@vendor-sdks/spec-kit/spec/read-document";
import { createCredentialStore, type StoredCollection } from "./credential-store.js";
import { withValueAt } from "./json-pointer.js";
import { getAtPointer } from "@vendor-sdks/spec-kit/spec/json-pointer";
import { paginate } from "./paginate.js";
import { readStateModel, type ResourceModel, type StateOperation } from "./resource-model.js";
import { createdObject, updatedObject } from "./resource-writes.js";
import { shapeAs } from "./schema-shape.js";

export interface StateOptions {
  /** The parsed OpenAPI document; it is not modified. */
  readonly document: Record<string, unknown>;
  /** Where every remembered write is announced (live event streams). */
  readonly feed: ChangeFeed;
  /** The engine's answer in the vendor's error shape (the 404 of an unknown id). */
  errorResponse(status: number, message: string, headers?: Record<string, string>): MockResponse;
  /** The clock of created/updated timestamps (tests fix it). */
  readonly now?: () => Date;
}

/** A webhook receiver a credential registered through the vendor's own webhook API, as the mock stored it. */
export interface WebhookEndpoint {
  readonly id: string;
  readonly url: string;
  readonly events: readonly string[];
  /** The concrete collection it was registered in, e.g. `/workspaces/ws_1/webhooks`. */
  readonly collection: string;
}

/** What the webhook deliveries need of the state: who registered where, and a place to record each delivery. */
export interface WebhookRegistry {
  endpoints(credential: string): WebhookEndpoint[];
  /** Stores one delivery attempt where the spec lists an endpoint's deliveries (if it does); false when it has nowhere to go. */
  recordDelivery(credential: string, endpoint: WebhookEndpoint, record: Record<string, unknown>): boolean;
}

export type MockState = StateCapability & WebhookRegistry;

/**
 * Writes remembered per credential, for every resource the spec's paths describe: create → read → list → update →
 * delete answer from what the credential wrote over the documented examples. A caller that asks for a scenario
 * (`Prefer: code`, `example` or `dynamic`) gets that scenario instead, untouched.
 */
export function createState(options: StateOptions): MockState {
  const { document, feed } = options;
  const model = readStateModel(document);
  const store = createCredentialStore();
  const now = options.now ?? (() => new Date());

  const notFound = (path: string, resource: ResourceModel): MockResponse =>
    options.errorResponse(404, `Not found: ${path} is not a resource of this credential (the mock knows the documented examples and what this credential created through POST ${resource.collection}; POST /__mock/reset forgets the latter).`);
  const publish = (exchange: Exchange, kind: "created" | "updated" | "deleted", resource: ResourceModel, id: string, value: unknown): void => {
    if (exchange.route) feed.publish({ credential: exchange.credential, kind, collection: resource.collection, id, value, route: exchange.route });
  };

  return {
    reset: (credential) => store.reset(credential),
    respond(exchange, answer) {
      const { route, preferences, credential, request } = exchange;
      const operation = route && model.operations.get(`${route.method} ${route.template}`);
      if (!route || !operation) return answer;
      if (preferences.code !== undefined || preferences.exampleKey !== undefined || preferences.dynamic) return answer;
      const { resource } = operation;
      const depth = resource.collection.split("/").length;
      const parts = request.path.split("/");
      const collectionPath = parts.slice(0, depth).map(decode).join("/");
      // nothing written to this collection: the documented list, without reading the answer at all
      if (operation.action === "list" && (!store.written(credential, collectionPath) || operation.location === undefined)) return answer;
      const body = parseJson(answer);
      if (body === INVALID) return answer;
      const pathParams = paramsOf(resource.collection, parts);

      if (operation.action === "list") {
        const written = store.written(credential, collectionPath);
        if (!written || operation.location === undefined) return answer;
        const items = [...written.items.values()].filter((item) => item.listed).map((item) => shapeAs(document, item.value, operation.locationSchema, operation.locationExample));
        const page = paginate(items, operation.pagination, request.query, body);
        return withBody(answer, withValueAt(page.body, operation.location, page.items), page.headers);
      }
      if (operation.action === "create") {
        const collection = store.writable(credential, collectionPath, resource);
        const id = newId(collection, request.body);
        const created = createdObject(document, resource, id, request.body, pathParams, now(), operation.fields);
        collection.items.set(id, { value: created, listed: true });
        publish(exchange, "created", resource, id, created);
        return withResource(document, answer, body, operation, created);
      }

      const requested = decode(parts[depth] ?? "");
      const id = resource.aliases.get(requested) ?? requested;
      const written = store.written(credential, collectionPath);
      const current = written ? written.items.get(id)?.value : resource.seeds.get(id);
      if (current === undefined && !resource.tracksIds && !written) return answer;
      if (current === undefined) return notFound(request.path, resource);
      if (operation.action === "read") return withResource(document, answer, body, operation, current);
      const collection = store.writable(credential, collectionPath, resource);
      const stored = collection.items.get(id);
      if (!stored) return notFound(request.path, resource);
      if (operation.action === "delete" && operation.set === undefined) {
        collection.items.delete(id);
        publish(exchange, "deleted", resource, id, stored.value);
        return answer;
      }
      stored.value = updatedObject(document, resource, stored.value, operation.action === "update" ? request.body : undefined, operation.set, now());
      // a soft delete keeps the resource, so it is announced as the change it makes to it
      publish(exchange, "updated", resource, id, stored.value);
      return withResource(document, answer, body, operation, stored.value);
    },
    endpoints(credential) {
      const found: WebhookEndpoint[] = [];
      for (const collection of store.collections(credential)) {
        const fields = collection.resource.webhook;
        if (!fields) continue;
        for (const [id, { value }] of collection.items) {
          const url = value[fields.urlField];
          const events = value[fields.eventsField];
          if (typeof url === "string") found.push({ id, url, events: Array.isArray(events) ? events.filter((e): e is string => typeof e === "string") : [], collection: collection.path });
        }
      }
      return found;
    },
    recordDelivery(credential, endpoint, record) {
      const endpoints = model.resources.find((r) => r.webhook && endpoint.collection.split("/").length === r.collection.split("/").length && matches(r.collection, endpoint.collection));
      const deliveries = endpoints && model.resources.find((r) => r.deliveries && r.collection.startsWith(`${endpoints.collection}/{`));
      if (!deliveries) return false;
      const rest = deliveries.collection.split("/").slice(endpoints.collection.split("/").length + 1);
      if (rest.some((segment) => segment.startsWith("{"))) return false;
      const path = [endpoint.collection, endpoint.id, ...rest].join("/");
      const collection = store.writable(credential, path, deliveries);
      const id = deliveries.mintId();
      collection.items.set(id, { value: { [deliveries.idField]: id, ...record }, listed: true });
      return true;
    },
  };
}

const INVALID = Symbol("not JSON");

/** The answer's JSON body (undefined when it has none), or INVALID when it is not JSON: the state leaves it alone. */
function parseJson(answer: MockResponse): unknown {
  if (answer.body === undefined || answer.body === "") return undefined;
  if (!isJsonMediaType(answer.headers["content-type"] ?? "")) return INVALID;
  try {
    return JSON.parse(answer.body) as unknown;
  } catch {
    return INVALID;
  }
}

/** The answer with the stored resource where the documented one was, shaped as the response schema shows it. */
function withResource(document: Record<string, unknown>, answer: MockResponse, body: unknown, operation: StateOperation, value: Record<string, unknown>): MockResponse {
  if (operation.location === undefined || body === undefined) return answer;
  const documented = getAtPointer(body, operation.location);
  if (!isObject(documented)) return answer;
  return withBody(answer, withValueAt(body, operation.location, { ...documented, ...shapeAs(document, value, operation.locationSchema, operation.locationExample) }), {});
}

function withBody(answer: MockResponse, body: unknown, headers: Readonly<Record<string, string>>): MockResponse {
  const { "content-length": _dropped, ...kept } = answer.headers;
  return { ...answer, headers: { ...kept, ...headers }, body: JSON.stringify(body) };
}

/** The id the client chose (a string in the id field of the body), or a new one in the vendor's format, unused so far. */
function newId(collection: StoredCollection, body: unknown): string {
  const { idField, mintId } = collection.resource;
  const chosen = isObject(body) ? body[idField] : undefined;
  if (typeof chosen === "string" && chosen !== "") return chosen;
  for (let attempt = 0; attempt < MAX_MINT_ATTEMPTS; attempt++) {
    const id = mintId();
    if (!collection.items.has(id)) return id;
  }
  return crypto.randomUUID(); // the documented format has too few ids left (a short numeric one, say)
}

const MAX_MINT_ATTEMPTS = 100;

/** The collection template's path parameters with the request path's values at their places. */
function paramsOf(template: string, parts: readonly string[]): Record<string, string> {
  const params: Record<string, string> = {};
  template.split("/").forEach((segment, i) => {
    const name = /^\{([^}]+)\}$/.exec(segment)?.[1];
    if (name !== undefined) params[name] = decode(parts[i] ?? "");
  });
  return params;
}

function matches(template: string, path: string): boolean {
  const parts = path.split("/");
  return template.split("/").every((segment, i) => segment.startsWith("{") || segment === parts[i]);
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
