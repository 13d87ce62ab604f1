/**
 * The first of `offered` (in the server's order of preference) that an `Accept-Encoding` header accepts, or
 * `undefined` for the identity encoding. Honours `q=0` (refused) and `*`; a missing header accepts nothing but
 * identity, as a client that sends none may not decode anything.
 */
export function negotiateEncoding(header: string | undefined, offered: readonly string[]): string | undefined {
  if (!header) return undefined;
  const weights = new Map<string, number>();
  for (const part of header.split(",")) {
    const [token = "", ...params] = part.trim().toLowerCase().split(";");
    if (!token) continue;
    const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(token.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (encoding: string) => weights.get(encoding) ?? weights.get("*") ?? 0;
  let best: string | undefined;
  for (const encoding of offered) if (weight(encoding) > 0 && (best === undefined || weight(encoding) > weight(best))) best = encoding;
  return best;
}
