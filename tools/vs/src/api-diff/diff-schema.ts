import type { DiffContext } from "./diff-context.ts";
import { child, type Located } from "./located.ts";
import type { RuleId } from "./rules.ts";
import { admits, enumOf, objectShape, typesOf, variantsOf, type ObjectShape } from "./schema-facts.ts";

/**
 * Who produces the values a schema describes. "write": the client sends them (request bodies, parameters), so
 * accepting less breaks callers. "read": the client receives them (responses, webhook payloads), so promising
 * less, or allowing more, breaks callers.
 */
export type Direction = "write" | "read";

/** Human-readable place of a schema: the operation part and the field path inside the body. */
export interface Place {
  readonly where: string;
  readonly field: string;
}

/** Compare two versions of one schema and report every classified change under it. */
export function diffSchema(ctx: DiffContext, before: Located, after: Located, direction: Direction, place: Place): void {
  if (!ctx.firstVisit(`${direction} ${before.pointer} ${after.pointer}`)) return;
  const typeReported = diffTypes(ctx, before, after, direction, place);
  const oldVariants = variantsOf(ctx.oldDoc, before);
  const newVariants = variantsOf(ctx.newDoc, after);
  if (oldVariants || newVariants) {
    // A union of constants is one enum; any other union is compared member by member (enums included).
    if (bothEnumerated(ctx, before, after)) {
      diffEnums(ctx, before, after, direction, place);
      return;
    }
    diffVariants(ctx, { before, after, oldVariants, newVariants }, direction, place, typeReported);
    return;
  }
  diffEnums(ctx, before, after, direction, place);
  diffProperties(ctx, before, after, direction, place);
  diffChild(ctx, before, after, "items", direction, { ...place, field: `${place.field}[]` });
  diffChild(ctx, before, after, "additionalProperties", direction, { ...place, field: `${place.field}{}` });
}

function describe(place: Place): string {
  return place.field ? `${place.where}, field "${place.field}"` : place.where;
}

function diffTypes(ctx: DiffContext, before: Located, after: Located, direction: Direction, place: Place): boolean {
  const oldTypes = typesOf(ctx.oldDoc, before);
  const newTypes = typesOf(ctx.newDoc, after);
  if (!oldTypes && !newTypes) return false;
  // An untyped schema admits every type.
  const gained = newTypes ? [...newTypes].filter((t) => !oldTypes || !admits(oldTypes, t)) : ["any type"];
  const lost = oldTypes ? [...oldTypes].filter((t) => !newTypes || !admits(newTypes, t)) : ["any type"];
  if (gained.length === 0 && lost.length === 0) return false;
  const change = `type ${formatTypes(oldTypes)} → ${formatTypes(newTypes)}`;
  if (direction === "write") {
    if (lost.length > 0) ctx.report("request-type-changed", "new", after.pointer, `${describe(place)}: ${change} no longer accepts ${lost.join(", ")}`);
    else ctx.report("request-type-widened", "new", after.pointer, `${describe(place)}: ${change} also accepts ${gained.join(", ")}`);
  } else {
    if (gained.length > 0) ctx.report("response-type-changed", "new", after.pointer, `${describe(place)}: ${change} may now be ${gained.join(", ")}`);
    else ctx.report("response-type-narrowed", "new", after.pointer, `${describe(place)}: ${change} is no longer ${lost.join(", ")}`);
  }
  return true;
}

function formatTypes(types: ReadonlySet<string> | undefined): string {
  return types ? [...types].join("|") : "any";
}

function bothEnumerated(ctx: DiffContext, before: Located, after: Located): boolean {
  return enumOf(ctx.oldDoc, before) !== undefined && enumOf(ctx.newDoc, after) !== undefined;
}

function diffEnums(ctx: DiffContext, before: Located, after: Located, direction: Direction, place: Place): void {
  const oldValues = enumOf(ctx.oldDoc, before);
  const newValues = enumOf(ctx.newDoc, after);
  if (!oldValues && !newValues) return;
  const has = (values: unknown[], v: unknown) => values.some((x) => JSON.stringify(x) === JSON.stringify(v));
  // A missing enum allows every value: lifting one widens, adding one narrows.
  const added = newValues ? newValues.filter((v) => !oldValues || !has(oldValues, v)) : undefined;
  const removed = oldValues ? oldValues.filter((v) => !newValues || !has(newValues, v)) : undefined;
  const list = (values: unknown[] | undefined) => (values ? values.map((v) => JSON.stringify(v)).join(", ") : "any value");
  const report = (rule: RuleId, text: string) => ctx.report(rule, "new", after.pointer, `${describe(place)}: ${text}`);
  const narrowed = removed === undefined || removed.length > 0;
  const widened = added === undefined || added.length > 0;
  if (narrowed) report(direction === "write" ? "request-enum-narrowed" : "response-enum-narrowed", `enum no longer allows ${list(removed)}`);
  if (widened) report(direction === "write" ? "request-enum-widened" : "response-enum-widened", `enum now allows ${list(added)}`);
}

function diffProperties(ctx: DiffContext, before: Located, after: Located, direction: Direction, place: Place): void {
  const oldShape = inDirection(objectShape(ctx.oldDoc, before), direction);
  const newShape = inDirection(objectShape(ctx.newDoc, after), direction);
  const names = new Set([...oldShape.properties.keys(), ...oldShape.required, ...newShape.properties.keys(), ...newShape.required]);
  for (const name of names) {
    const field = place.field ? `${place.field}.${name}` : name;
    const at = { ...place, field };
    const oldProp = oldShape.properties.get(name);
    const newProp = newShape.properties.get(name);
    const inOld = oldProp !== undefined || oldShape.required.has(name);
    const inNew = newProp !== undefined || newShape.required.has(name);
    const wasRequired = oldShape.required.has(name);
    const isRequired = newShape.required.has(name);
    const newPointer = newProp?.declaredAt ?? newShape.requiredAt.get(name) ?? after.pointer;
    const oldPointer = oldProp?.declaredAt ?? oldShape.requiredAt.get(name) ?? before.pointer;
    if (!inOld) {
      if (direction === "write") {
        if (isRequired) ctx.report("request-field-newly-required", "new", newPointer, `${describe(at)}: new required field`);
        else ctx.report("request-field-added", "new", newPointer, `${describe(at)}: new optional field`);
      } else {
        ctx.report("response-field-added", "new", newPointer, `${describe(at)}: new field`);
      }
      continue;
    }
    if (!inNew) {
      const rule = direction === "write" ? "request-field-removed" : "response-field-removed";
      ctx.report(rule, "old", oldPointer, `${describe(at)}: field removed`);
      continue;
    }
    if (!wasRequired && isRequired) {
      const rule = direction === "write" ? "request-field-newly-required" : "response-field-newly-required";
      ctx.report(rule, "new", newShape.requiredAt.get(name) ?? newPointer, `${describe(at)}: field is now required`);
    }
    if (wasRequired && !isRequired) {
      const rule = direction === "write" ? "request-field-now-optional" : "response-field-no-longer-required";
      ctx.report(rule, "new", newPointer, `${describe(at)}: field is no longer required`);
    }
    if (oldProp?.schema && newProp?.schema) diffSchema(ctx, oldProp.schema, newProp.schema, direction, at);
  }
}

/**
 * The part of an object shape that travels in this direction: `readOnly` fields are never sent and `writeOnly`
 * ones never received, whatever `required` says (OpenAPI applies `required` only where the field travels).
 */
function inDirection(shape: ObjectShape, direction: Direction): ObjectShape {
  const hidden = direction === "write" ? "readOnly" : "writeOnly";
  const hiddenNames = new Set([...shape.properties].filter(([, p]) => p.schema?.node[hidden] === true).map(([name]) => name));
  if (hiddenNames.size === 0) return shape;
  return {
    properties: new Map([...shape.properties].filter(([name]) => !hiddenNames.has(name))),
    required: new Set([...shape.required].filter((name) => !hiddenNames.has(name))),
    requiredAt: shape.requiredAt,
  };
}

function diffChild(ctx: DiffContext, before: Located, after: Located, key: string, direction: Direction, place: Place): void {
  const oldChild = child(ctx.oldDoc, before, key);
  const newChild = child(ctx.newDoc, after, key);
  if (oldChild && newChild) diffSchema(ctx, oldChild, newChild, direction, place);
}

interface Unions {
  readonly before: Located;
  readonly after: Located;
  readonly oldVariants: Located[] | undefined;
  readonly newVariants: Located[] | undefined;
}

/**
 * Pair the members of `anyOf`/`oneOf` (by shared `$ref` target or position, then in order) and compare each
 * pair. A plain schema that became a union (or the reverse, e.g. made nullable) is paired with its matching
 * member. Unpaired members are reported unless the type change above already said it.
 */
function diffVariants(ctx: DiffContext, unions: Unions, direction: Direction, place: Place, typeReported: boolean): void {
  const oldMembers = unions.oldVariants ?? [unions.before];
  const newMembers = [...(unions.newVariants ?? [unions.after])];
  const leftOld: Located[] = [];
  const pairs: [Located, Located][] = [];
  for (const member of oldMembers) {
    const same = newMembers.findIndex((n) => n.pointer === member.pointer);
    if (same >= 0) pairs.push([member, ...newMembers.splice(same, 1)] as [Located, Located]);
    else leftOld.push(member);
  }
  for (const member of [...leftOld]) {
    const types = typesOf(ctx.oldDoc, member);
    const match = newMembers.findIndex((n) => sameKind(types, typesOf(ctx.newDoc, n)));
    if (match < 0) continue;
    pairs.push([member, ...newMembers.splice(match, 1)] as [Located, Located]);
    leftOld.splice(leftOld.indexOf(member), 1);
  }
  for (const [o, n] of pairs) diffSchema(ctx, o, n, direction, place);
  if (typeReported) return;
  for (const member of newMembers) {
    if (direction === "read") ctx.report("response-type-changed", "new", member.pointer, `${describe(place)}: may now also match this new alternative`);
    else ctx.report("request-type-widened", "new", member.pointer, `${describe(place)}: accepts a new alternative`);
  }
  for (const member of leftOld) {
    if (direction === "write") ctx.report("request-type-changed", "old", member.pointer, `${describe(place)}: no longer accepts this alternative`);
    else ctx.report("response-type-narrowed", "old", member.pointer, `${describe(place)}: this alternative was removed`);
  }
}

/** Two union members describe the same kind of value when their (non-null) types overlap. */
function sameKind(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (!a || !b) return a === b;
  return [...a].some((t) => t !== "null" && (admits(b, t) || (t === "number" && b.has("integer"))));
}
