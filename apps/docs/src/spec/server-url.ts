import type { OpenApiDocument } from "./openapi-types.ts";

/** `servers[0].url` with its variables set to their defaults: the URL a reader would call. */
export function serverUrl(doc: OpenApiDocument): string {
  const server = doc.servers?.[0];
  if (!server) return "";
  return server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => server.variables?.[name]?.default ?? whole);
}
