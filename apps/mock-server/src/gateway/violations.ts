/** One entry of Prism's `sl-violations` header. */
export interface Violation {
  readonly location: readonly string[];
  readonly severity: string;
  readonly message: string;
}

/** The request-side errors Prism found (it also reports response-side ones, which are not the caller's fault). */
export function requestViolations(header: string | string[] | undefined): Violation[] {
  if (typeof header !== "string") return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(header);
  } catch {
    return []; // Prism truncates a huge list to a non-JSON string; the header still carries it for the caller
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (v): v is Violation =>
      typeof v === "object" &&
      v !== null &&
      Array.isArray((v as Violation).location) &&
      (v as Violation).location[0] === "request" &&
      (v as Violation).severity === "Error" &&
      typeof (v as Violation).message === "string",
  );
}

/**
 * `Request body property name must be string; ...`: what a developer needs to fix. Prism's messages already
 * name the location; a oneOf mismatch repeats some of them, hence the de-duplication.
 */
export function describeViolations(violations: readonly Violation[]): string {
  return [...new Set(violations.map((v) => v.message))].join("; ");
}
