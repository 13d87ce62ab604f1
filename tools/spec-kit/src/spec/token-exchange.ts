type Json = Record<string, unknown>;

/**
 * A security scheme's `x-token-exchange` (specs/EXTENSIONS.md): the request token comes from calling `operationId`
 * with the long-lived secret in body field `secretField`; `token` is a JSON pointer to it in the response.
 */
export interface TokenExchange {
  readonly operationId: string;
  readonly secretField: string;
  readonly token: string;
}

/**
 * Every security scheme that declares `x-token-exchange`, by scheme name, in spec order. The one reader of the
 * extension, so every tool agrees on its shape; a malformed one fails naming the scheme.
 */
export function tokenExchanges(doc: Json): Record<string, TokenExchange> {
  const schemes = ((doc.components as Json | undefined)?.securitySchemes ?? {}) as Record<string, Json>;
  const found: Record<string, TokenExchange> = {};
  for (const [name, scheme] of Object.entries(schemes)) {
    const raw = scheme["x-token-exchange"] as Json | undefined;
    if (raw === undefined) continue;
    const { operationId, secretField, token } = (raw ?? {}) as Json;
    if (typeof operationId !== "string" || typeof secretField !== "string" || typeof token !== "string") {
      throw new Error(`Security scheme ${name}: x-token-exchange needs string operationId, secretField and token.`);
    }
    found[name] = { operationId, secretField, token };
  }
  return found;
}

/** The spec's token exchange, if a scheme declares one (the specs here have at most one). */
export function firstTokenExchange(doc: Json): TokenExchange | undefined {
  return Object.values(tokenExchanges(doc))[0];
}
