import type { Credential } from "@vendor-sdks/spec-kit/workspace/client-naming";
import type { OpenApiDocument, OperationObject, SecurityScheme } from "../spec/openapi-types.ts";
import { resolve } from "../spec/resolve-ref.ts";
import type { ExampleRequest } from "./example-request.ts";

/** The same request as a copy-pasteable curl command, authenticated from the vendor's env variable. */
export function curlSample(doc: OpenApiDocument, operation: OperationObject, credential: Credential, baseUrl: string, request: ExampleRequest): string {
  // With a token exchange, the request carries the exchanged token, not the long-lived secret.
  const auth = authentication(doc, operation, credential.tokenEnvVar ?? credential.envVar);
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query)) appendQuery(query, name, value);
  if (auth.query) query.append(auth.query.name, auth.query.value);
  const path = request.path.replace(/\{([^}]+)\}/g, (whole, name: string) =>
    name in request.pathParams ? encodeURIComponent(String(request.pathParams[name])) : whole,
  );
  const queryString = query.toString().replace(/%24/g, "$"); // keep `$ENV_VAR` expandable by the shell
  const url = `${baseUrl}${path}${queryString ? `?${queryString}` : ""}`;

  const args = [`curl -X ${request.method} "${url}"`];
  for (const header of auth.headers) args.push(`-H "${header}"`);
  for (const [name, value] of Object.entries(request.headers)) args.push(`-H ${shellQuote(`${name}: ${String(value)}`)}`);
  if (request.streams) args.push(`-H "Accept: text/event-stream"`, "-N");
  if (request.body) {
    args.push(`-H "Content-Type: ${request.body.contentType}"`);
    args.push(`-d ${shellQuote(JSON.stringify(request.body.value, null, 2))}`);
  }
  return `${args.join(" \\\n  ")}\n`;
}

interface Authentication {
  headers: string[];
  query?: { name: string; value: string };
}

/** Credentials as the operation's first security requirement wants them (`security: []` means none). */
function authentication(doc: OpenApiDocument, operation: OperationObject, envVar: string): Authentication {
  const requirement = (operation.security ?? doc.security ?? [])[0] ?? {};
  const result: Authentication = { headers: [] };
  for (const schemeName of Object.keys(requirement)) {
    const schemeOrRef = doc.components?.securitySchemes?.[schemeName];
    if (!schemeOrRef) continue;
    const scheme = resolve<SecurityScheme>(doc, schemeOrRef);
    if (scheme.type === "apiKey" && scheme.in === "header" && scheme.name) result.headers.push(`${scheme.name}: $${envVar}`);
    else if (scheme.type === "apiKey" && scheme.in === "query" && scheme.name) result.query = { name: scheme.name, value: `$${envVar}` };
    else if (scheme.type === "http" && scheme.scheme?.toLowerCase() === "basic") result.headers.push(`Authorization: Basic $${envVar}`);
    else if (scheme.type !== "mutualTLS") result.headers.push(`Authorization: Bearer $${envVar}`);
  }
  return result;
}

function appendQuery(query: URLSearchParams, name: string, value: unknown): void {
  if (Array.isArray(value)) for (const item of value) query.append(name, String(item));
  else query.append(name, typeof value === "object" && value !== null ? JSON.stringify(value) : String(value));
}

/** Single-quote for POSIX shells: nothing inside is expanded. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
