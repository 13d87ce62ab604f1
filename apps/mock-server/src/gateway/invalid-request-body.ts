import { describeViolations, type Violation } from "./violations.js";

export interface RewrittenBody {
  readonly body: string;
  readonly contentType: string;
}

/**
 * The body of a 400/422 that Prism sent for an invalid request. Prism serves the spec's documented example
 * there, which cannot say what was wrong; we keep the vendor's shape and put the violations where the vendor
 * puts its error message (the spec's `x-envelope.error` pointer). A spec without that pointer gets Prism's own
 * problem+json, whose `validation` list names every violation.
 */
export function invalidRequestBody(
  status: number,
  original: string,
  violations: readonly Violation[],
  errorPointer: string | undefined,
): RewrittenBody {
  const message = `Invalid request: ${describeViolations(violations)}`;
  const vendorShaped = errorPointer === undefined ? undefined : withMessageAt(original, errorPointer, message);
  if (vendorShaped !== undefined) return { body: vendorShaped, contentType: "application/json" };
  return {
    contentType: "application/problem+json",
    body: JSON.stringify({
      type: "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY",
      title: "Invalid request",
      status,
      detail: message,
      validation: violations.map((v) => ({ location: v.location, severity: v.severity, message: v.message })),
    }),
  };
}

/** `original` (a JSON object) with `message` at the JSON pointer, or undefined when it does not fit there. */
function withMessageAt(original: string, pointer: string, message: string): string | undefined {
  let document: unknown;
  try {
    document = JSON.parse(original);
  } catch {
    return undefined;
  }
  const segments = pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
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

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
