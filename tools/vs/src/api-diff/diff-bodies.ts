import type { DiffContext } from "./diff-context.ts";
import { diffSchema, type Direction } from "./diff-schema.ts";
import { child, isObject, type Located } from "./located.ts";
import type { OperationRef } from "./operations.ts";
import type { RuleId } from "./rules.ts";

export function diffRequestBody(ctx: DiffContext, before: OperationRef, after: OperationRef): void {
  const oldBody = child(ctx.oldDoc, before.operation, "requestBody");
  const newBody = child(ctx.newDoc, after.operation, "requestBody");
  const label = after.label;
  if (!oldBody && !newBody) return;
  if (!newBody) {
    ctx.report("request-body-removed", "old", `${before.operation.pointer}/requestBody`, `${label}: request body removed`);
    return;
  }
  const isRequired = newBody.node.required === true;
  if (!oldBody) {
    if (isRequired) ctx.report("request-body-newly-required", "new", newBody.pointer, `${label}: new required request body`);
    else ctx.report("request-body-added", "new", newBody.pointer, `${label}: new optional request body`);
    return;
  }
  const wasRequired = oldBody.node.required === true;
  if (!wasRequired && isRequired) ctx.report("request-body-newly-required", "new", newBody.pointer, `${label}: request body is now required`);
  if (wasRequired && !isRequired) ctx.report("request-body-now-optional", "new", newBody.pointer, `${label}: request body is no longer required`);
  diffContent(ctx, oldBody, newBody, "write", `${label} request body`, { removed: "request-media-type-removed", added: "request-media-type-added" });
}

/** Success statuses: what the typed client returns as data. Losing one changes what callers get back. */
function isSuccess(status: string): boolean {
  return /^2/.test(status) || status === "default";
}

export function diffResponses(ctx: DiffContext, before: OperationRef, after: OperationRef): void {
  const oldResponses = child(ctx.oldDoc, before.operation, "responses");
  const newResponses = child(ctx.newDoc, after.operation, "responses");
  const statuses = new Set([...Object.keys(oldResponses?.node ?? {}), ...Object.keys(newResponses?.node ?? {})]);
  for (const status of statuses) {
    const oldResponse = oldResponses && child(ctx.oldDoc, oldResponses, status);
    const newResponse = newResponses && child(ctx.newDoc, newResponses, status);
    const label = `${after.label} response ${status}`;
    if (oldResponse && !newResponse) {
      const rule = isSuccess(status) ? "response-status-removed" : "error-response-removed";
      ctx.report(rule, "old", `${oldResponses.pointer}/${status}`, `${label} removed`);
    } else if (!oldResponse && newResponse && newResponses) {
      ctx.report("response-status-added", "new", `${newResponses.pointer}/${status}`, `${label} added`);
    } else if (oldResponse && newResponse) {
      diffContent(ctx, oldResponse, newResponse, "read", label, { removed: "response-media-type-removed", added: "response-media-type-added" });
    }
  }
}

/** A webhook's payload is read by the receiving client, so its schema is compared like a response's. */
export function diffWebhookPayload(ctx: DiffContext, before: OperationRef, after: OperationRef): void {
  const oldBody = child(ctx.oldDoc, before.operation, "requestBody");
  const newBody = child(ctx.newDoc, after.operation, "requestBody");
  if (oldBody && newBody) {
    diffContent(ctx, oldBody, newBody, "read", `${after.label} payload`, { removed: "response-media-type-removed", added: "response-media-type-added" });
  }
}

function diffContent(ctx: DiffContext, before: Located, after: Located, direction: Direction, where: string, rules: { removed: RuleId; added: RuleId }): void {
  const oldContent = child(ctx.oldDoc, before, "content");
  const newContent = child(ctx.newDoc, after, "content");
  const oldTypes = isObject(oldContent?.node) ? Object.keys(oldContent.node) : [];
  const newTypes = isObject(newContent?.node) ? Object.keys(newContent.node) : [];
  for (const mediaType of oldTypes) {
    const oldMedia = oldContent && child(ctx.oldDoc, oldContent, mediaType);
    const newMedia = newContent && child(ctx.newDoc, newContent, mediaType);
    if (!oldMedia) continue;
    if (!newMedia) {
      ctx.report(rules.removed, "old", oldMedia.pointer, `${where}: media type ${mediaType} removed`);
      continue;
    }
    const oldSchema = child(ctx.oldDoc, oldMedia, "schema");
    const newSchema = child(ctx.newDoc, newMedia, "schema");
    if (oldSchema && newSchema) diffSchema(ctx, oldSchema, newSchema, direction, { where: `${where} (${mediaType})`, field: "" });
  }
  for (const mediaType of newTypes) {
    if (oldTypes.includes(mediaType)) continue;
    const at = newContent && child(ctx.newDoc, newContent, mediaType);
    if (at) ctx.report(rules.added, "new", at.pointer, `${where}: media type ${mediaType} added`);
  }
}
