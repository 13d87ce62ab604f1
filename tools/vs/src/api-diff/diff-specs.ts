import { DiffContext, type Json } from "./diff-context.ts";
import { diffRequestBody, diffResponses, diffWebhookPayload } from "./diff-bodies.ts";
import { diffParameters } from "./diff-parameters.ts";
import { diffOperationSecurity, diffSecuritySchemes } from "./diff-security.ts";
import { listOperations, type OperationRef } from "./operations.ts";
import type { Finding } from "./rules.ts";
import { rawChanges } from "./unclassified-changes.ts";

/** How many unclassified differences to list when nothing else changed (the first few say enough). */
const UNCLASSIFIED_LIMIT = 20;

/**
 * Every change from the released spec (`before`) to the current one (`after`), classified as breaking or not.
 * Breaking findings come first. When no rule fires but the documents differ, the differences are listed as
 * `spec-changed` so that a spec edit never goes out without a release of the client that ships it.
 */
export function diffSpecs(before: Json, after: Json): Finding[] {
  const ctx = new DiffContext(before, after);
  const oldOps = listOperations(before);
  const newOps = listOperations(after);
  const oldGroups = new Set([...oldOps.values()].map((op) => op.group));
  const newGroups = new Set([...newOps.values()].map((op) => op.group));

  for (const op of oldOps.values()) {
    const current = newOps.get(op.key);
    if (current) diffOperation(ctx, op, current);
    else if (newGroups.has(op.group)) ctx.report("operation-removed", "old", op.operation.pointer, `${op.label} removed`);
    else ctx.report("path-removed", "old", op.pathItem.pointer, `${whole(op)} removed, with all its operations`);
  }
  for (const op of newOps.values()) {
    if (oldOps.has(op.key)) continue;
    if (oldGroups.has(op.group)) ctx.report("operation-added", "new", op.operation.pointer, `${op.label} added`);
    else ctx.report("path-added", "new", op.pathItem.pointer, `${whole(op)} added`);
  }
  diffSecuritySchemes(ctx);

  const findings = ctx.findings;
  if (findings.length === 0) {
    for (const change of rawChanges(before, after, UNCLASSIFIED_LIMIT)) {
      findings.push({ rule: "spec-changed", breaking: false, side: change.side, pointer: change.pointer, message: `${change.change} (not an API shape change)` });
    }
  }
  return [...findings.filter((f) => f.breaking), ...findings.filter((f) => !f.breaking)];
}

/** The path (as written) or webhook an operation belongs to, for messages about all of it. */
function whole(op: OperationRef): string {
  return op.kind === "path" ? `path ${op.template}` : op.group;
}

function diffOperation(ctx: DiffContext, before: OperationRef, after: OperationRef): void {
  const oldId = before.operation.node.operationId;
  const newId = after.operation.node.operationId;
  if (typeof oldId === "string" && oldId !== newId) {
    ctx.report("operation-id-renamed", "new", `${after.operation.pointer}/operationId`, `${after.label}: operationId "${oldId}" → "${String(newId ?? "(none)")}"`);
  }
  if (before.operation.node.deprecated !== true && after.operation.node.deprecated === true) {
    ctx.report("operation-deprecated", "new", `${after.operation.pointer}/deprecated`, `${after.label} deprecated`);
  }
  if (after.kind === "webhook") {
    diffWebhookPayload(ctx, before, after);
    return;
  }
  diffOperationSecurity(ctx, before, after);
  diffParameters(ctx, before, after);
  diffRequestBody(ctx, before, after);
  diffResponses(ctx, before, after);
}
