import type { DiffContext, Json } from "./diff-context.ts";
import { diffSchema } from "./diff-schema.ts";
import { child, locate, type Located } from "./located.ts";
import type { OperationRef } from "./operations.ts";

interface Parameter {
  /** Path parameters match by position in the template, the others by location and name. */
  readonly key: string;
  readonly name: string;
  readonly in: string;
  readonly required: boolean;
  readonly at: Located;
}

/** Parameters of an operation, its path item's included (the operation's own win on the same name and place). */
function parametersOf(doc: Json, op: OperationRef): Map<string, Parameter> {
  const placeholders = [...op.template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  const byKey = new Map<string, Parameter>();
  for (const owner of [op.pathItem, op.operation]) {
    const list = owner.node.parameters;
    if (!Array.isArray(list)) continue;
    for (const [i, entry] of list.entries()) {
      const at = locate(doc, entry, `${owner.pointer}/parameters/${i}`);
      if (!at || typeof at.node.name !== "string" || typeof at.node.in !== "string") continue;
      const { name, in: place } = at.node as { name: string; in: string };
      const key = place === "path" ? `path #${placeholders.indexOf(name)}` : `${place} ${place === "header" ? name.toLowerCase() : name}`;
      byKey.set(key, { key, name, in: place, required: place === "path" || at.node.required === true, at });
    }
  }
  return byKey;
}

export function diffParameters(ctx: DiffContext, before: OperationRef, after: OperationRef): void {
  const oldParams = parametersOf(ctx.oldDoc, before);
  const newParams = parametersOf(ctx.newDoc, after);
  const removed = [...oldParams.values()].filter((p) => !newParams.has(p.key));
  const added = [...newParams.values()].filter((p) => !oldParams.has(p.key));
  for (const p of oldParams.values()) {
    const q = newParams.get(p.key);
    if (q) diffParameter(ctx, p, q, after.label);
  }
  // A parameter that disappears while another appears in the same place is a rename.
  for (const p of removed) {
    const index = added.findIndex((q) => q.in === p.in);
    const q = index >= 0 ? added.splice(index, 1)[0] : undefined;
    if (q) ctx.report("parameter-renamed", "new", q.at.pointer, `${after.label}: ${p.in} parameter "${p.name}" renamed to "${q.name}"`);
    else ctx.report("parameter-removed", "old", p.at.pointer, `${after.label}: ${p.in} parameter "${p.name}" removed`);
  }
  for (const q of added) {
    if (q.required) ctx.report("parameter-newly-required", "new", q.at.pointer, `${after.label}: new required ${q.in} parameter "${q.name}"`);
    else ctx.report("parameter-added", "new", q.at.pointer, `${after.label}: new optional ${q.in} parameter "${q.name}"`);
  }
}

function diffParameter(ctx: DiffContext, p: Parameter, q: Parameter, label: string): void {
  if (p.name !== q.name) ctx.report("parameter-renamed", "new", q.at.pointer, `${label}: ${p.in} parameter "${p.name}" renamed to "${q.name}"`);
  if (!p.required && q.required) ctx.report("parameter-newly-required", "new", q.at.pointer, `${label}: ${q.in} parameter "${q.name}" is now required`);
  if (p.required && !q.required) ctx.report("parameter-now-optional", "new", q.at.pointer, `${label}: ${q.in} parameter "${q.name}" is no longer required`);
  const oldSchema = child(ctx.oldDoc, p.at, "schema");
  const newSchema = child(ctx.newDoc, q.at, "schema");
  if (oldSchema && newSchema) diffSchema(ctx, oldSchema, newSchema, "write", { where: `${label} ${q.in} parameter "${q.name}"`, field: "" });
}
