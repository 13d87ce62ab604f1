/**
 * The key of an operation's `responses` that describes `status`: the exact code, else its range (`4XX`), else
 * `default`, as OpenAPI orders them. Undefined when none does.
 */
export function responseKey(responses: Readonly<Record<string, unknown>>, status: number | string): string | undefined {
  const code = String(status);
  return [code, `${code[0]}XX`, "default"].find((key) => key in responses);
}
