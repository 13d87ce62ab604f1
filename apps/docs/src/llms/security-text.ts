import type { OpenApiDocument, OperationObject, SecurityScheme } from "../spec/openapi-types.ts";
import { resolve } from "../spec/resolve-ref.ts";
import { inlineCode, oneLine } from "./markdown-text.ts";

/** How a security scheme sends its credential, in one line (plus the spec's own description). */
export function schemeText(doc: OpenApiDocument, name: string): string {
  const schemeOrRef = doc.components?.securitySchemes?.[name];
  if (!schemeOrRef) return `${inlineCode(name)} (not defined in the spec)`;
  const scheme = resolve<SecurityScheme & { description?: string; bearerFormat?: string }>(doc, schemeOrRef);
  let how: string;
  if (scheme.type === "http" && scheme.scheme?.toLowerCase() === "bearer") {
    how = `HTTP bearer token: ${inlineCode("Authorization: Bearer <token>")}${scheme.bearerFormat ? ` (${oneLine(scheme.bearerFormat)})` : ""}`;
  } else if (scheme.type === "http") how = `HTTP ${scheme.scheme ?? ""} authentication`.replace(/\s+/g, " ");
  else if (scheme.type === "apiKey") {
    const where = scheme.in === "query" ? "query parameter" : scheme.in === "cookie" ? "cookie" : "header";
    how = `API key in the ${where} ${inlineCode(scheme.name ?? "")}`;
  }
  else if (scheme.type === "mutualTLS") how = "mutual TLS (a client certificate)";
  else how = scheme.type === "oauth2" ? "OAuth 2" : "OpenID Connect";
  return `${inlineCode(name)}: ${how}${scheme.description ? `. ${oneLine(scheme.description)}` : ""}`;
}

/**
 * The operation's security requirements as Markdown list items: one item per alternative (any one is enough),
 * schemes within an item all required. `security: []` means no credentials.
 */
export function operationSecurity(doc: OpenApiDocument, operation: OperationObject): string[] {
  const requirements = operation.security ?? doc.security ?? [];
  if (requirements.length === 0 || requirements.every((r) => Object.keys(r).length === 0)) return ["- None: this operation needs no credentials."];
  return requirements.map((requirement) => {
    const names = Object.keys(requirement);
    if (names.length === 0) return "- Or none (credentials are optional).";
    const scopes = names.flatMap((n) => requirement[n] ?? []);
    return `- ${names.map((n) => schemeText(doc, n)).join("; together with ")}${scopes.length ? ` Scopes: ${scopes.map(inlineCode).join(", ")}.` : ""}`;
  });
}
