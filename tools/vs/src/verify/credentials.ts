import { applyCredential } from "@vendor-sdks/runtime/internal";
import { buildOperationTable } from "@vendor-sdks/spec-kit/operations/operation-table";
import { buildSpecInfo } from "@vendor-sdks/spec-kit/operations/spec-info";
import { tokenExchanges, type TokenExchange } from "@vendor-sdks/spec-kit/spec/token-exchange";
import { getAtPointer } from "@vendor-sdks/spec-kit/validation/spec-validator";

type Json = Record<string, unknown>;

export interface Credentials {
  /** Headers (and query parameters) that authenticate one request to an operation needing `schemeNames`. */
  apply(schemeNames: readonly string[], headers: Headers, url: URL): Promise<void>;
}

/**
 * Credentials from the spec's security schemes and the caller's secret, placed exactly as the generated clients
 * place them (the runtime's `applyCredential`), with a token exchange done once and reused. The secret itself
 * never leaves this module.
 */
export function createCredentials(doc: Json, secret: string | undefined, baseUrl: string, fetchImpl: typeof fetch): Credentials {
  // The runtime's own reading of the schemes: an unsupported one fails here, as it would in codegen.
  const schemes = buildSpecInfo(doc).securitySchemes;
  const exchanges = tokenExchanges(doc);
  const tokens = new Map<string, Promise<string>>();

  const exchange = (name: string, spec: TokenExchange): Promise<string> => {
    let pending = tokens.get(name);
    if (!pending) {
      pending = (async () => {
        const op = buildOperationTable(doc)[spec.operationId];
        if (!op) throw new Error(`x-token-exchange names operation ${spec.operationId}, which the spec does not have.`);
        const response = await fetchImpl(joinUrl(baseUrl, op.path), {
          method: op.method.toUpperCase(),
          headers: { "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify({ [spec.secretField]: secret }),
        });
        if (!response.ok) {
          await response.body?.cancel();
          throw new TokenExchangeError(spec.operationId, response.status, exchangeAdvice(response.status, baseUrl, doc));
        }
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
        if (secret === undefined) throw new MissingSecretError(name);
        const exchangeSpec = exchanges[name];
        const credential = exchangeSpec ? await exchange(name, exchangeSpec) : secret;
        // applyCredential returns the URL to send to; callers hold a URL object, so update it in place.
        url.href = applyCredential(headers, url.href, scheme, credential);
      }
    },
  };
}

/** An operation needs credentials and the caller gave no secret: nothing was sent. */
export class MissingSecretError extends Error {
  constructor(scheme: string) {
    super(`The operation needs credentials (${scheme}) but no secret was given.`);
    this.name = "MissingSecretError";
  }
}

/** The token exchange answered with an error status; `status` lets a report tell a wrong base URL from a bad secret. */
export class TokenExchangeError extends Error {
  readonly status: number;

  constructor(operationId: string, status: number, advice: string) {
    super(`Token exchange (${operationId}) answered HTTP ${status}: ${advice}.`);
    this.name = "TokenExchangeError";
    this.status = status;
  }
}

/** Only 401/403 say the secret is wrong; a 404 says the exchange was sent to the wrong place. */
function exchangeAdvice(status: number, baseUrl: string, doc: Json): string {
  if (status === 401 || status === 403) return "check the secret";
  if (status === 404) return `is the base URL right? (${baseUrl}; the spec's server is ${buildSpecInfo(doc).defaultBaseUrl})`;
  return "the vendor refused the exchange";
}

export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${path}`;
}
