/** The moment of a write, written into the fields that record it in the format the documented example uses. */

const CREATED = /^(created|inserted)(_?at|_?on|_?time)?$/i;
const UPDATED = /^(updated|modified)(_?at|_?on|_?time)?$/i;

/** Sets the creation and update timestamps (`created_at`, `createdAt`, `updated_at`…) the object already has. */
export function stampCreated(object: Record<string, unknown>, now: Date): void {
  for (const key of Object.keys(object)) if (CREATED.test(key) || UPDATED.test(key)) object[key] = timestampLike(object[key], now);
}

/** Sets the update timestamps the object already has. */
export function stampUpdated(object: Record<string, unknown>, now: Date): void {
  for (const key of Object.keys(object)) if (UPDATED.test(key)) object[key] = timestampLike(object[key], now);
}

/** `now` in the form of `example`: epoch milliseconds or seconds for a number, RFC 3339 (with or without fractions) otherwise. */
function timestampLike(example: unknown, now: Date): unknown {
  if (typeof example === "number") return example > 1e11 ? now.getTime() : Math.floor(now.getTime() / 1000);
  if (typeof example === "string" && !/\.\d+/.test(example)) return now.toISOString().replace(/\.\d+Z$/, "Z");
  return now.toISOString();
}
