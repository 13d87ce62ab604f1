/** Node's `IncomingHttpHeaders` shape, so a raw `node:http` request works without conversion. */
export type HeaderRecord = Readonly<Record<string, string | readonly string[] | undefined>>;

export type HeadersLike = Headers | HeaderRecord;

/** One `Headers` view over either a fetch `Headers` or Node's header record (repeated values joined). */
export function toHeaders(input: HeadersLike): Headers {
  if (input instanceof Headers) return input;
  const headers = new Headers();
  for (const [name, value] of Object.entries(input)) {
    if (value === undefined) continue;
    headers.set(name, typeof value === "string" ? value : value.join(", "));
  }
  return headers;
}
