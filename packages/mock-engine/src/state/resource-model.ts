import { isObject, resolveLocalRef } from "@vendor-sdks/spec-kit/spec/read-document";
import { pointerSegments } from "@vendor-sdks/spec-kit/spec/json-pointer";
import { listLocation, objectLocation } from "./body-location.js";
import { documentedResponse, requestBodySchema, type DocumentedResponse } from "./documented-response.js";
import { getAtPointer } from "@vendor-sdks/spec-kit/spec/json-pointer";
import { idMinter, type IdMinter } from "./mint-id.js";
import { readMockStateExtension, type StateAction } from "./mock-state-extension.js";
import { declaredProperties, itemsOf, schemaAt } from "./schema-shape.js";
import { specOperations } from "../spec/spec-operations.js";

/** One kind of resource the mock remembers: a collection path (`/bots`) and what its documented examples show. */
export interface ResourceModel {
  /** The collection's path template, e.g. `/bots/{botID}/post-call-hooks`. */
  readonly collection: string;
  /** The field holding an item's id (`id`, or the item path's parameter, e.g. `entryId`). */
  readonly idField: string;
  readonly mintId: IdMinter;
  /** The documented object a created one starts from (list item, read and create examples merged). */
  readonly base: Readonly<Record<string, unknown>>;
  /** The schema stored objects follow (the read response's, else the list item's, else the create response's). */
  readonly itemSchema: unknown;
  /** Documented objects by id: what a credential that wrote nothing reads. */
  readonly seeds: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  /** The ids the documented list shows, in its order. */
  readonly listed: readonly string[];
  /** A path parameter's documented example that names a documented object with another id. */
  readonly aliases: ReadonlyMap<string, string>;
  /** Set when creating one registers a webhook receiver: the fields holding its URL and its events. */
  readonly webhook: { readonly urlField: string; readonly eventsField: string } | undefined;
  /** Set when the collection lists the deliveries made to one webhook endpoint. */
  readonly deliveries: boolean;
  /**
   * Whether the mock can tell an unknown id: the spec documents ids of this resource or a way to create one. Else
   * every read answers the documented example (the ids come from somewhere the mock does not remember).
   */
  readonly tracksIds: boolean;
}

/** What one operation does to the stored resources. */
export interface StateOperation {
  readonly action: Exclude<StateAction, "none">;
  readonly resource: ResourceModel;
  /** Where the resource (or, for a list, the items array) sits in the response body; undefined: not in it. */
  readonly location: string | undefined;
  /** The schema of what sits there (for a list, of one item). */
  readonly locationSchema: unknown;
  /** The documented value there (for a list, its first item): fills required fields a stored object lacks. */
  readonly locationExample: unknown;
  readonly set: Readonly<Record<string, unknown>> | undefined;
  /** Stored-object pointer → request-body pointer, for request fields whose names differ from the resource's. */
  readonly fields: Readonly<Record<string, string>> | undefined;
  /** The operation's `x-pagination`, for lists. */
  readonly pagination: Readonly<Record<string, unknown>> | undefined;
  /** The request body's schema (create, update). */
  readonly bodySchema: unknown;
}

export interface StateModel {
  /** Keyed `<method> <template>`, e.g. `get /bots/{id}`. */
  readonly operations: ReadonlyMap<string, StateOperation>;
  readonly resources: readonly ResourceModel[];
}

// the methods that read or write a resource; others (HEAD, OPTIONS, TRACE) leave the state alone
const STATE_METHODS = new Set(["get", "post", "put", "patch", "delete"]);

/**
 * The resources of a spec, inferred from its path patterns: a collection `/bots` (list with GET, create with POST)
 * and its items `/bots/{id}` (read with GET, update with PUT/PATCH, delete with DELETE), nested ones too; an
 * operation's `x-mock-state` overrides what the pattern says.
 */
export function readStateModel(document: Record<string, unknown>): StateModel {
  const envelope = isObject(document["x-envelope"]) ? document["x-envelope"] : {};
  const envelopeData = typeof envelope.data === "string" && envelope.data.startsWith("/") ? envelope.data : undefined;
  const routes = specOperations(document)
    .filter((o) => STATE_METHODS.has(o.method))
    .map(({ template, method, operation, parameters }) => ({ template, method, operation, parameters, extension: readMockStateExtension(operation, `${method.toUpperCase()} ${template}`) }));
  const has = (template: string, method: string): boolean => routes.some((r) => r.template === template && r.method === method);
  const isItemOf = (template: string, collection: string): boolean => template.startsWith(`${collection}/{`) && /^\{[^}/]+\}$/.test(template.slice(collection.length + 1));
  const literalEnd = (template: string): boolean => !/\}$/.test(template);
  const inferredCollection = (template: string): boolean =>
    literalEnd(template) && ((has(template, "get") && has(template, "post")) || routes.some((r) => isItemOf(r.template, template)));

  // every operation's action and the collection it acts on
  const acting = routes.flatMap((route) => {
    const { template, method, extension } = route;
    if (extension?.action === "none") return [];
    const parent = template.slice(0, template.lastIndexOf("/"));
    let action: Exclude<StateAction, "none"> | undefined = extension?.action ?? (extension?.role === "webhook-deliveries" ? "list" : undefined);
    if (action === undefined && inferredCollection(template)) action = method === "get" ? "list" : method === "post" ? "create" : undefined;
    if (action === undefined && inferredCollection(parent) && isItemOf(template, parent)) {
      action = method === "get" ? "read" : method === "put" || method === "patch" ? "update" : method === "delete" ? "delete" : undefined;
    }
    if (action === undefined) return [];
    const collection = action === "list" || action === "create" ? template : parent;
    return [{ ...route, action, collection }];
  });

  const resources = new Map<string, ResourceModel>();
  const operations = new Map<string, StateOperation>();
  for (const collection of new Set(acting.map((a) => a.collection))) {
    const ofCollection = acting.filter((a) => a.collection === collection);
    const find = (action: StateAction) => ofCollection.find((a) => a.action === action);
    const list = find("list");
    const read = find("read");
    const create = find("create");
    const listResponse = list && documentedResponse(document, list.operation);
    const readResponse = read && documentedResponse(document, read.operation);
    const createResponse = create && documentedResponse(document, create.operation);
    const pagination = list && isObject(list.operation["x-pagination"]) ? list.operation["x-pagination"] : undefined;
    const listPointer = listLocation(document, listResponse, envelopeData, typeof pagination?.items === "string" ? pagination.items : undefined);
    const listItems = (listPointer === undefined ? [] : asArray(getAtPointer(listResponse?.example, listPointer))).filter(isObject);
    const itemParam = read ? lastParam(read.template) : lastParam(ofCollection.find((a) => a.collection !== a.template)?.template ?? "");
    const probe = (response: DocumentedResponse | undefined, idField: string) => {
      const pointer = objectLocation(document, response, envelopeData, idField);
      const value = pointer === undefined ? undefined : getAtPointer(response?.example, pointer);
      return { pointer, value: isObject(value) ? value : undefined };
    };
    const paramExample = read?.parameters.map((p) => resolveLocalRef(document, p)).find((p) => isObject(p) && p.in === "path" && p.name === itemParam);
    const exampleId = isObject(paramExample) && typeof paramExample.example === "string" ? paramExample.example : undefined;
    const candidates = [...listItems, probe(readResponse, "id").value, probe(createResponse, "id").value].filter(isObject);
    const idField = pickIdField(candidates, itemParam);
    const readObject = probe(readResponse, idField).value;
    const createObject = probe(createResponse, idField).value;
    const base: Record<string, unknown> = { ...(listItems[0] ?? {}), ...(readObject ?? {}), ...(createObject ?? {}) };
    const seeds = new Map<string, Record<string, unknown>>();
    for (const item of listItems) if (typeof item[idField] === "string") seeds.set(item[idField], item);
    if (readObject && typeof readObject[idField] === "string") seeds.set(readObject[idField], readObject);
    const aliases = new Map<string, string>();
    const readId = readObject?.[idField];
    if (exampleId !== undefined && typeof readId === "string" && exampleId !== readId && !seeds.has(exampleId)) aliases.set(exampleId, readId);
    const listSchema = listResponse && listPointer !== undefined ? itemsOf(document, schemaAt(document, listResponse.schema, pointerSegments(listPointer))) : undefined;
    const schemaOf = (response: DocumentedResponse | undefined) => {
      const pointer = objectLocation(document, response, envelopeData, idField);
      return pointer === undefined ? undefined : schemaAt(document, response?.schema, pointerSegments(pointer));
    };
    const resource: ResourceModel = {
      collection,
      idField,
      mintId: idMinter(candidates.map((c) => c[idField])),
      base,
      itemSchema: schemaOf(readResponse) ?? listSchema ?? schemaOf(createResponse),
      seeds,
      listed: listItems.map((item) => item[idField]).filter((id): id is string => typeof id === "string"),
      aliases,
      webhook: create?.extension?.role === "webhook-endpoint" ? webhookFields(document, requestBodySchema(document, create.operation)) : undefined,
      deliveries: list?.extension?.role === "webhook-deliveries",
      tracksIds: create !== undefined || seeds.size > 0,
    };
    resources.set(collection, resource);
    for (const entry of ofCollection) {
      const response = documentedResponse(document, entry.operation);
      const isList = entry.action === "list";
      const location = isList ? listLocation(document, response, envelopeData, typeof pagination?.items === "string" ? pagination.items : undefined) : objectLocation(document, response, envelopeData, idField);
      const atLocation = location === undefined ? undefined : schemaAt(document, response?.schema, pointerSegments(location));
      const exampleAt = location === undefined ? undefined : getAtPointer(response?.example, location);
      operations.set(`${entry.method} ${entry.template}`, {
        action: entry.action,
        resource,
        location,
        locationSchema: isList ? itemsOf(document, atLocation) : atLocation,
        locationExample: isList ? asArray(exampleAt)[0] : exampleAt,
        set: entry.extension?.set,
        fields: entry.extension?.fields,
        pagination: isList && isObject(entry.operation["x-pagination"]) ? entry.operation["x-pagination"] : undefined,
        bodySchema: requestBodySchema(document, entry.operation),
      });
    }
  }
  return { operations, resources: [...resources.values()] };
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function lastParam(template: string): string | undefined {
  return /\{([^}/]+)\}$/.exec(template)?.[1];
}

/** `id` or `_id` when the documented objects have it, else the item path's parameter (`entryId`, `bot_id` for `{botID}`). */
function pickIdField(objects: readonly Record<string, unknown>[], itemParam: string | undefined): string {
  for (const field of ["id", "_id"]) if (objects.some((o) => o[field] !== undefined)) return field;
  if (itemParam !== undefined) {
    const keys = objects.flatMap((o) => Object.keys(o));
    const match = keys.find((k) => k === itemParam) ?? keys.find((k) => normalized(k) === normalized(itemParam));
    if (match !== undefined) return match;
  }
  return "id";
}

/** A parameter or field name compared without case and separators: `botID`, `bot_id` and `botId` are one name. */
export function normalized(name: string): string {
  return name.toLowerCase().replace(/[_-]/g, "");
}

/** The registration's URL field (a `format: uri` string, else `url`) and events field (its array of strings). */
function webhookFields(document: Record<string, unknown>, schema: unknown): { urlField: string; eventsField: string } {
  const properties = declaredProperties(document, schema) ?? new Map<string, unknown>();
  let urlField = "url";
  let eventsField = "events";
  for (const [name, property] of properties) {
    const resolved = resolveLocalRef(document, property);
    if (!isObject(resolved)) continue;
    if (resolved.format === "uri" || resolved.format === "url") urlField = name;
    if (resolved.type === "array") eventsField = name;
  }
  return { urlField, eventsField };
}
