import type { OpenApiDocument } from "../spec/load-bundled-spec.js";
import { envelopeErrorPointer, isObject } from "../spec/read-document.js";

/**
 * How to pass the spec's default security requirement in a request, e.g. `header X-API-KEY: <any value>`.
 * The mock checks that a credential is present, never its value.
 */
export function describeCredential(document: OpenApiDocument): string {
  const requirement = (Array.isArray(document.security) ? document.security : []).find(isObject);
  const schemes = isObject(document.components) && isObject(document.components.securitySchemes) ? document.components.securitySchemes : {};
  const ways = Object.keys(requirement ?? {}).map((name) => {
    const scheme = schemes[name];
    if (!isObject(scheme)) return name;
    if (scheme.type === "apiKey") return `${String(scheme.in)} \`${String(scheme.name)}: <any value>\``;
    if (scheme.type === "http" && String(scheme.scheme).toLowerCase() === "basic") return "header `Authorization: Basic <any value>`";
    return "header `Authorization: Bearer <any value>`";
  });
  return ways.length > 0 ? ways.join(" and ") : "none";
}

/** How an invalid request is answered: by the spec's own 400/422/4XX where it documents one, else Prism's 422. */
export function describeValidation(document: OpenApiDocument, operationCount: number): string {
  let documented = 0;
  for (const item of Object.values(isObject(document.paths) ? document.paths : {})) {
    for (const operation of Object.values(isObject(item) ? item : {})) {
      const responses = isObject(operation) && isObject(operation.responses) ? Object.keys(operation.responses) : [];
      if (responses.some((s) => s === "400" || s === "422" || s.toUpperCase() === "4XX")) documented++;
    }
  }
  const envelope = envelopeErrorPointer(document);
  const own = envelope ? `the vendor's error body, its \`${envelope}\` message naming the violations` : "Prism's problem+json body listing the violations";
  if (documented === 0) return `422 with Prism's problem+json listing the violations (the spec documents no validation error)`;
  const rest = documented < operationCount ? `; on the other ${operationCount - documented}, 422 with Prism's problem+json` : "";
  return `on ${documented} of ${operationCount} operations, the spec's 400/422 status with ${own}${rest}`;
}
