import { isObject, pointerSegments } from "../spec/read-document.js";
import { describeViolations, type Violation } from "./violations.js";

/** A body with the content type it is labelled with (the `content-type` header, when there is one). */
export interface RewrittenBody {
  readonly body: string;
  readonly contentType: string;
}

/** Prism's answer to an invalid request, as the relay received it. */
export interface InvalidRequestAnswer {
  readonly body: string;
  readonly contentType: string | undefined;
}

/**
 * The body of a 400/422 that Prism sent for an invalid request. Prism serves the spec's documented example
 * there, which cannot say what was wrong; we keep the vendor's shape and content type and put the violations
 * where the vendor puts its error message (the spec's `x-envelope.error` pointer). A problem+json answer never
 * gets the vendor's field: Prism's own 422 (the operation documents no 400/422) already lists the violations
 * and is kept as it is. Anything else gets a problem+json whose `validation` list names every violation.
 */
export function invalidRequestBody(
  status: number,
  answer: InvalidRequestAnswer,
  violations: readonly Violation[],
  errorPointer: string | undefined,
): RewrittenBody {
  const message = `Invalid request: ${describeViolations(violations)}`;
  const problemType = answer.contentType !== undefined && isProblemJson(answer.contentType) ? answer.contentType : undefined;
  if (problemType !== undefined && listsValidation(answer.body)) return { body: answer.body, contentType: problemType };
  const vendorShaped = problemType !== undefined || errorPointer === undefined ? undefined : withMessageAt(answer.body, errorPointer, message);
  if (vendorShaped !== undefined) return { body: vendorShaped, contentType: answer.contentType ?? "application/json" };
  return {
    contentType: problemType ?? "application/problem+json",
    body: JSON.stringify({
      type: "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY",
      title: "Invalid request",
      status,
      detail: message,
      validation: violations.map((v) => ({ location: v.location, severity: v.severity, message: v.message })),
    }),
  };
}

/** `application/problem+json`, parameters (`; charset=utf-8`) and letter case aside. */
function isProblemJson(contentType: string): boolean {
  return contentType.split(";")[0]?.trim().toLowerCase() === "application/problem+json";
}

/** A problem document that already has Prism's `validation` list. */
function listsValidation(body: string): boolean {
  try {
    const document: unknown = JSON.parse(body);
    return isObject(document) && Array.isArray(document.validation);
  } catch {
    return false;
  }
}

/** `original` (a JSON object) with `message` at the JSON pointer, or undefined when it does not fit there. */
function withMessageAt(original: string, pointer: string, message: string): string | undefined {
  let document: unknown;
  try {
    document = JSON.parse(original);
  } catch {
    return undefined;
  }
  const segments = pointerSegments(pointer);
  const last = segments.pop();
  if (last === undefined) return undefined;
  let parent: unknown = document;
  for (const segment of segments) parent = isObject(parent) ? parent[segment] : undefined;
  if (!isObject(parent)) return undefined;
  const current = parent[last];
  if (current !== undefined && typeof current !== "string") return undefined; // never change the vendor's types
  parent[last] = message;
  return JSON.stringify(document);
}
