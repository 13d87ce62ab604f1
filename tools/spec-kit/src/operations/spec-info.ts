import type { EnvelopeInfo, SecuritySchemeInfo, SpecInfo } from "@vendor-sdks/runtime/internal";

type Json = Record<string, unknown>;

/** The spec-wide facts a client needs at run time (base URL, auth schemes, envelope, rate-limit headers). */
export function buildSpecInfo(doc: Json): SpecInfo {
  const info = (doc.info ?? {}) as Json;
  const servers = (doc.servers ?? []) as Json[];
  const schemes = ((doc.components as Json | undefined)?.securitySchemes ?? {}) as Record<string, Json>;
  const securitySchemes: Record<string, SecuritySchemeInfo> = {};
  for (const [name, s] of Object.entries(schemes)) {
    if (s.type === "http" && (s.scheme === "bearer" || s.scheme === "basic")) {
      // Not `bearerFormat`: documentation only, and every byte here ships in each browser bundle.
      securitySchemes[name] = { type: "http", scheme: s.scheme };
    } else if (s.type === "apiKey" && (s.in === "header" || s.in === "query" || s.in === "cookie")) {
      securitySchemes[name] = { type: "apiKey", in: s.in, name: String(s.name), ...(s["x-key-prefix"] ? { prefix: String(s["x-key-prefix"]) } : {}) };
    } else {
      throw new Error(`Security scheme ${name} (${String(s.type)}) is not supported by the runtime.`);
    }
  }
  const defaultBaseUrl = servers[0]?.url;
  if (typeof defaultBaseUrl !== "string") throw new Error("The spec needs servers[0].url: the client's default base URL comes from it.");
  return {
    title: String(info.title ?? ""),
    security: ((doc.security ?? []) as Record<string, unknown>[]).map((req) => Object.keys(req)),
    version: String(info.version ?? ""),
    defaultBaseUrl,
    securitySchemes,
    envelope: (doc["x-envelope"] ?? null) as EnvelopeInfo | null,
    rateLimitHeaders: (doc["x-rate-limit-headers"] ?? null) as SpecInfo["rateLimitHeaders"],
  };
}
