import { getAtPointer } from "@vendor-sdks/spec-kit/spec/json-pointer";
import { isObject } from "@vendor-sdks/spec-kit/spec/read-document";
import { withValueAt } from "./json-pointer.js";
import { normalized, type ResourceModel } from "./resource-model.js";
import { declaredProperties, fits, isClosed } from "./schema-shape.js";
import { stampCreated, stampUpdated } from "./timestamps.js";

/**
 * A new resource: the documented object, with the request body's fields that the stored schema has (and whose
 * values fit it), the new id (also where the example's id appeared in its text, e.g. a `ws_url`), the collection
 * path's parameters in the fields they name (`botID` → `bot_id`), request fields moved where `fields` says, and
 * creation timestamps now.
 */
export function createdObject(
  document: Record<string, unknown>,
  resource: ResourceModel,
  id: string,
  body: unknown,
  pathParams: Readonly<Record<string, string>>,
  now: Date,
  fields: Readonly<Record<string, string>> = {},
): Record<string, unknown> {
  const created = structuredClone(resource.base) as Record<string, unknown>;
  const exampleId = created[resource.idField];
  if (typeof exampleId === "string" && exampleId.length >= 4) {
    for (const [key, value] of Object.entries(created)) if (typeof value === "string" && key !== resource.idField) created[key] = value.split(exampleId).join(id);
  }
  for (const [param, value] of Object.entries(pathParams)) {
    const field = Object.keys(created).find((key) => key !== resource.idField && normalized(key) === normalized(param));
    if (field !== undefined) created[field] = value;
  }
  let overlaid = withBodyFields(document, resource, created, body);
  for (const [to, from] of Object.entries(fields)) {
    const value = getAtPointer(body, from);
    if (value !== undefined) overlaid = withValueAt(overlaid, to, structuredClone(value)) as Record<string, unknown>;
  }
  overlaid[resource.idField] = id;
  stampCreated(overlaid, now);
  return overlaid;
}

/** A stored resource after an update (or a soft delete): the body's fitting fields, then `set`, update timestamps now. */
export function updatedObject(document: Record<string, unknown>, resource: ResourceModel, current: Record<string, unknown>, body: unknown, set: Readonly<Record<string, unknown>> | undefined, now: Date): Record<string, unknown> {
  const id = current[resource.idField];
  const updated = withBodyFields(document, resource, structuredClone(current), body);
  Object.assign(updated, structuredClone(set ?? {}));
  updated[resource.idField] = id; // an id is not changed by an update
  stampUpdated(updated, now);
  return updated;
}

/** `target` with each body field the stored schema declares (any field, when it declares none and is open) and whose value fits it. */
function withBodyFields(document: Record<string, unknown>, resource: ResourceModel, target: Record<string, unknown>, body: unknown): Record<string, unknown> {
  if (!isObject(body)) return target;
  const properties = declaredProperties(document, resource.itemSchema);
  const open = properties === undefined && !isClosed(document, resource.itemSchema);
  for (const [name, value] of Object.entries(body)) {
    if (properties?.has(name) ? fits(document, value, properties.get(name)) : open) target[name] = structuredClone(value);
  }
  return target;
}
