/** The `--auth` flag: `bearer` or `api-key:<header>`. */
export type AuthOption = { readonly kind: "bearer" } | { readonly kind: "api-key"; readonly header: string };

export function parseAuthOption(value: string | undefined): AuthOption {
  if (value === "bearer") return { kind: "bearer" };
  const m = /^api-key:([A-Za-z0-9-]+)$/.exec(value ?? "");
  if (m?.[1]) return { kind: "api-key", header: m[1] };
  throw new Error(`--auth must be "bearer" or "api-key:<Header-Name>" (e.g. api-key:X-API-Key), got "${value ?? ""}".`);
}

export function parseBaseUrl(value: string | undefined): string {
  let url: URL;
  try {
    url = new URL(value ?? "");
  } catch {
    throw new Error(`--base-url must be an absolute http(s) URL, got "${value ?? ""}".`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`--base-url must use http or https, got ${url.protocol}`);
  return url.href.replace(/\/+$/, "");
}
