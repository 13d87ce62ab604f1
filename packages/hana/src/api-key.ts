/** Hana expects the header value `HANA-<key>`; the dashboard may show the key with or without that prefix. */
export const HANA_KEY_PREFIX = "HANA-";

/** The `X-API-KEY` value for a key given with or without its `HANA-` prefix. */
export function hanaKeyHeaderValue(apiKey: string): string {
  const key = apiKey.trim();
  return key.startsWith(HANA_KEY_PREFIX) ? key : `${HANA_KEY_PREFIX}${key}`;
}
