/** The media type a `Content-Type` header names, without parameters, lower-cased ("" when there is none). */
export function mediaTypeOf(contentType: string | null | undefined): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/**
 * The key of the spec's `content` map that describes a response of `received` media type: the exact type first,
 * then its `type/*` range, then the any-type range (the most specific one wins, as OpenAPI says). Undefined when none fits.
 */
export function declaredMediaType(declared: readonly string[], received: string): string | undefined {
  const [type] = received.split("/");
  const candidates: ((key: string) => boolean)[] = [(key) => received !== "" && key === received, (key) => received !== "" && key === `${type}/*`, (key) => key === "*/*"];
  for (const fits of candidates) {
    const match = declared.find((key) => fits(mediaTypeOf(key)));
    if (match !== undefined) return match;
  }
  return undefined;
}

/** `application/json` and every `+json` type (e.g. `application/problem+json`). */
export function isJsonMediaType(mediaType: string): boolean {
  const essence = mediaTypeOf(mediaType);
  return essence === "application/json" || essence.endsWith("+json");
}
