import type { OperationInfo, SpecInfo } from "../operations/operation-info.js";

/**
 * The security scheme to authenticate a call with: the first requirement of the operation whose schemes the spec
 * declares. `null` when the call needs no credentials (`security: []` or an empty requirement).
 * Paths missing from the table use the spec's first scheme.
 */
export function selectScheme(spec: SpecInfo, operation: OperationInfo | undefined): string | null {
  const requirements = operation ? (operation.security ?? spec.security) : Object.keys(spec.securitySchemes).map((n) => [n]);
  for (const requirement of requirements) {
    if (requirement.length === 0) return null;
    const name = requirement[0];
    if (name !== undefined && spec.securitySchemes[name]) return name;
  }
  return null;
}

/** `@vendor-sdks/hania` → `HANIA_API_KEY`: the environment variable convention vendor packages follow. */
export function apiKeyEnvVar(packageName: string): string {
  const base = packageName.split("/").pop() ?? packageName;
  return `${base.replace(/[^a-z0-9]+/gi, "_").toUpperCase()}_API_KEY`;
}
