/** One thing wrong with a request, as Prism's validator reports it (and its `sl-violations` header lists it). */
export interface Violation {
  readonly location: readonly string[];
  readonly severity: string;
  readonly message: string;
}

/**
 * `Request body property name must be string; ...`: what a developer needs to fix. Prism's messages already
 * name the location; a oneOf mismatch repeats some of them, hence the de-duplication.
 */
export function describeViolations(violations: readonly Pick<Violation, "message">[]): string {
  return [...new Set(violations.map((v) => v.message))].join("; ");
}
