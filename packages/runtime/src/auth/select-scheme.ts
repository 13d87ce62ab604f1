import type { OperationInfo, SpecInfo } from "../operations/operation-info.js";
import { isBrowserLike } from "../safety/runtime-kind.js";

/**
 * The security scheme to authenticate a call with: the first requirement of the operation whose schemes the spec
 * declares. `null` when the call needs no credentials (`security: []` or an empty requirement).
 * Paths missing from the table use the spec's first scheme.
 *
 * Outside browsers a scheme that puts the credential in the query is passed over when a later one accepts it
 * elsewhere: servers and proxies log request URLs. In a browser the spec's order stands, because a header on a
 * cross-origin call costs a CORS preflight and the query form is what the vendor offers `EventSource`.
 */
export function selectScheme(spec: SpecInfo, operation: OperationInfo | undefined): string | null {
  const requirements = operation ? (operation.security ?? spec.security) : Object.keys(spec.securitySchemes).map((n) => [n]);
  let inQuery: string | null = null;
  for (const requirement of requirements) {
    if (requirement.length === 0) return inQuery;
    const name = requirement[0];
    const scheme = name === undefined ? undefined : spec.securitySchemes[name];
    if (!scheme) continue;
    if (scheme.type !== "apiKey" || scheme.in !== "query" || isBrowserLike()) return name as string;
    inQuery ??= name as string;
  }
  return inQuery;
}

/** `@vendor-sdks/hania` → `HANIA_API_KEY`: the environment variable convention vendor packages follow. */
export function apiKeyEnvVar(packageName: string): string {
  const base = packageName.split("/").pop() ?? packageName;
  return `${base.replace(/[^a-z0-9]+/gi, "_").toUpperCase()}_API_KEY`;
}
