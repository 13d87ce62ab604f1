import type { buildSpecInfo } from "@vendor-sdks/spec-kit/operations/spec-info";
import { getAtPointer } from "@vendor-sdks/spec-kit/spec/json-pointer";

type Envelope = ReturnType<typeof buildSpecInfo>["envelope"];

/**
 * The vendor's failure, when a 2xx body is its documented failure envelope: a body carrying a value at the spec's
 * `x-envelope.error` pointer (HAPI's `{"success": false, "error": …}` answered with HTTP 200). Returns what to
 * report (the vendor's message and code), or undefined for a body that is not a failure.
 */
export function vendorFailure(envelope: Envelope, body: unknown): string | undefined {
  if (!envelope?.error || body === null || typeof body !== "object") return undefined;
  const error = getAtPointer(body, envelope.error);
  // A success body may carry an empty error member (null, "", false): only a real value is a failure.
  if (error === undefined || error === null || error === "" || error === false) return undefined;
  const code = envelope.code ? getAtPointer(body, envelope.code) : undefined;
  return `vendor failure envelope: ${JSON.stringify(error)}${code === undefined || code === null ? "" : ` (code ${String(code)})`}`;
}
