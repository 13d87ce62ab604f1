import { isObject } from "@vendor-sdks/spec-kit/spec/read-document";
import type { MockRequest } from "../engine/exchange.js";

/** Where one security scheme of the spec carries its credential. */
export type CredentialSource = { readonly in: "header" | "query"; readonly name: string };

// what scopes a caller that sent no credential (an operation without security, or a request Prism will refuse)
export const ANONYMOUS = "anonymous";

/** Every place the spec's security schemes read a credential from, bearer/basic as the Authorization header. */
export function credentialSources(document: Record<string, unknown>): CredentialSource[] {
  const components = isObject(document.components) ? document.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  const sources: CredentialSource[] = [];
  for (const scheme of Object.values(schemes)) {
    if (!isObject(scheme)) continue;
    if (scheme.type === "http") sources.push({ in: "header", name: "authorization" });
    else if (scheme.type === "apiKey" && typeof scheme.name === "string" && (scheme.in === "header" || scheme.in === "query")) {
      sources.push({ in: scheme.in, name: scheme.in === "header" ? scheme.name.toLowerCase() : scheme.name });
    }
  }
  return sources;
}

/**
 * The credential a request carries (the key or token itself, `Bearer ` stripped), which scopes its state and
 * faults: parallel test runs with different keys never see each other's data.
 */
export function credentialOf(sources: readonly CredentialSource[], request: MockRequest): string {
  for (const source of sources) {
    const raw = source.in === "header" ? request.headers[source.name] : request.query[source.name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value) return value.replace(/^(bearer|basic)\s+/i, "").trim() || ANONYMOUS;
  }
  return ANONYMOUS;
}
