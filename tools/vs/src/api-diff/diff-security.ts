import { isDeepStrictEqual } from "node:util";
import { pointerOf } from "@vendor-sdks/spec-kit/spec/json-pointer";
import type { DiffContext, Json } from "./diff-context.ts";
import { isObject } from "./located.ts";
import type { OperationRef } from "./operations.ts";

/**
 * The security an operation really needs, as a sorted list of alternatives ("a+b" = both schemes, "" = none):
 * its own `security`, else the document's. Order and where it is declared do not matter to a caller.
 */
function effectiveSecurity(doc: Json, op: OperationRef): { alternatives: string[]; pointer: string } {
  const own = op.operation.node.security;
  const list = Array.isArray(own) ? own : Array.isArray(doc.security) ? doc.security : [];
  const pointer = Array.isArray(own) ? `${op.operation.pointer}/security` : Array.isArray(doc.security) ? "/security" : op.operation.pointer;
  const alternatives = list
    .filter(isObject)
    .map((requirement) =>
      Object.entries(requirement)
        .map(([scheme, scopes]) => `${scheme}${Array.isArray(scopes) && scopes.length > 0 ? `[${[...scopes].map(String).sort().join(",")}]` : ""}`)
        .sort()
        .join("+"),
    );
  return { alternatives: [...new Set(alternatives)].sort(), pointer };
}

export function diffOperationSecurity(ctx: DiffContext, before: OperationRef, after: OperationRef): void {
  const oldSecurity = effectiveSecurity(ctx.oldDoc, before);
  const newSecurity = effectiveSecurity(ctx.newDoc, after);
  if (isDeepStrictEqual(oldSecurity.alternatives, newSecurity.alternatives)) return;
  const show = (alternatives: string[]) => (alternatives.length === 0 ? "(none)" : alternatives.map((a) => a || "anonymous").join(" | "));
  ctx.report("security-changed", "new", newSecurity.pointer, `${after.label}: security ${show(oldSecurity.alternatives)} → ${show(newSecurity.alternatives)}`);
}

/** A scheme whose definition changes (type, header name, bearer format, token exchange…) changes every caller. */
export function diffSecuritySchemes(ctx: DiffContext): void {
  const schemesOf = (doc: Json) => {
    const components = doc.components;
    return isObject(components) && isObject(components.securitySchemes) ? components.securitySchemes : {};
  };
  const oldSchemes = schemesOf(ctx.oldDoc);
  const newSchemes = schemesOf(ctx.newDoc);
  for (const [name, scheme] of Object.entries(oldSchemes)) {
    const pointer = pointerOf("components", "securitySchemes", name);
    if (!(name in newSchemes)) {
      ctx.report("security-changed", "old", pointer, `security scheme "${name}" removed`);
      continue;
    }
    if (!isDeepStrictEqual(withoutDescription(scheme), withoutDescription(newSchemes[name]))) {
      ctx.report("security-changed", "new", pointer, `security scheme "${name}" changed`);
    }
  }
}

function withoutDescription(scheme: unknown): unknown {
  if (!isObject(scheme)) return scheme;
  const { description: _description, ...rest } = scheme;
  return rest;
}
