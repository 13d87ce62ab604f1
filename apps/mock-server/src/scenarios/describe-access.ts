import type { OpenApiDocument } from "../spec/load-bundled-spec.js";
import { envelopeErrorPointer, isObject } from "@vendor-sdks/spec-kit/spec/read-document";

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

/**
 * How an invalid request is answered: with the spec's own 400/422/4XX status where it documents one, else 422;
 * either way in the vendor's error shape, never Prism's problem+json.
 */
export function describeValidation(document: OpenApiDocument, operationCount: number): string {
  let documented = 0;
  for (const item of Object.values(isObject(document.paths) ? document.paths : {})) {
    for (const operation of Object.values(isObject(item) ? item : {})) {
      const responses = isObject(operation) && isObject(operation.responses) ? Object.keys(operation.responses) : [];
      if (responses.some((s) => s === "400" || s === "422" || s.toUpperCase() === "4XX")) documented++;
    }
  }
  const envelope = envelopeErrorPointer(document);
  const own = envelope ? `the vendor's error body, its \`${envelope}\` message naming the violations` : "a JSON body whose `error` names the violations (the spec publishes no error message field)";
  if (documented === 0) return `422 with ${own}`;
  const rest = documented < operationCount ? `; on the other ${operationCount - documented}, 422 with the same body` : "";
  return `on ${documented} of ${operationCount} operations, the spec's 400/422 status with ${own}${rest}`;
}
