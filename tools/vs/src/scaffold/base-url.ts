/** The `--base-url` flag: an absolute http(s) URL without credentials, query or fragment, trailing slashes dropped. */
export function parseBaseUrl(value: string | undefined): string {
  let url: URL;
  try {
    url = new URL(value ?? "");
  } catch {
    throw new Error(`--base-url must be an absolute http(s) URL, got "${value ?? ""}".`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`--base-url must use http or https, got ${url.protocol} in "${value}".`);
  // The spec's servers[0].url is the client's default base; these parts have no place there.
  if (url.username || url.password) throw new Error(`--base-url must not carry credentials, got "${value}".`);
  if (url.search || url.hash) throw new Error(`--base-url must not have a query or fragment, got "${value}".`);
  return url.href.replace(/\/+$/, "");
}
