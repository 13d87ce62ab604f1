import { getAtPointer } from "../validation/spec-validator.ts";

type Json = Record<string, unknown>;

/** How the spec's security scheme trades a long-lived secret for a request token (`x-token-exchange`). */
interface TokenExchange {
  operationId: string;
  secretField: string;
  token: string;
}

export interface Credentials {
  /** Headers (and query parameters) that authenticate one request to an operation needing `schemeNames`. */
  apply(schemeNames: readonly string[], headers: Headers, url: URL): Promise<void>;
}


/**
 * Credentials from the spec's security schemes and the caller's secret: bearer, api-key header/query (with the
 * scheme's `x-key-prefix`), or a token exchange done once and reused. The secret itself never leaves this module.
 */
export function createCredentials(doc: Json, secret: string | undefined, baseUrl: string, fetchImpl: typeof fetch): Credentials {
  const schemes = ((doc.components as Json | undefined)?.securitySchemes ?? {}) as Record<string, Json>;
  const tokens = new Map<string, Promise<string>>();

  const exchange = (name: string, spec: TokenExchange): Promise<string> => {
    let pending = tokens.get(name);
    if (!pending) {
      pending = (async () => {
        const op = findOperation(doc, spec.operationId);
        if (!op) throw new Error(`x-token-exchange names operation ${spec.operationId}, which the spec does not have.`);
        const response = await fetchImpl(joinUrl(baseUrl, op.path), {
          method: op.method.toUpperCase(),
          headers: { "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify({ [spec.secretField]: secret }),
        });
        if (!response.ok) throw new Error(`Token exchange (${spec.operationId}) failed with HTTP ${response.status}: check the secret.`);
        const token = getAtPointer(await response.json(), spec.token);
        if (typeof token !== "string") throw new Error(`Token exchange (${spec.operationId}) returned no token at ${spec.token}.`);
        return token;
      })();
      // A failed exchange is not cached: the next request tries again.
      pending.catch(() => tokens.delete(name));
      tokens.set(name, pending);
    }
    return pending;
  };

  return {
    async apply(schemeNames, headers, url) {
      for (const name of schemeNames) {
        const scheme = schemes[name];
        if (!scheme) throw new Error(`Security scheme ${name} is not defined in the spec.`);
        if (secret === undefined) throw new Error(`The operation needs credentials (${name}) but no secret was given.`);
        const exchangeSpec = scheme["x-token-exchange"] as TokenExchange | undefined;
        const value = exchangeSpec ? await exchange(name, exchangeSpec) : withPrefix(secret, scheme["x-key-prefix"]);
        if (scheme.type === "http") headers.set("authorization", `${scheme.scheme === "basic" ? "Basic" : "Bearer"} ${value}`);
        else if (scheme.type === "apiKey" && scheme.in === "header") headers.set(String(scheme.name), value);
        else if (scheme.type === "apiKey" && scheme.in === "query") url.searchParams.set(String(scheme.name), value);
        else throw new Error(`Security scheme ${name} (${String(scheme.type)}/${String(scheme.in)}) is not supported.`);
      }
    },
  };
}

function withPrefix(secret: string, prefix: unknown): string {
  return typeof prefix === "string" && !secret.startsWith(prefix) ? `${prefix}${secret}` : secret;
}

export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${path}`;
}

function findOperation(doc: Json, operationId: string): { path: string; method: string } | undefined {
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Record<string, Json>)) {
    for (const [method, op] of Object.entries(item)) {
      if (op && typeof op === "object" && (op as Json).operationId === operationId) return { path, method };
    }
  }
  return undefined;
}

