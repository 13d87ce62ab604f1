import type { SecuritySchemeInfo } from "../operations/operation-info.js";

/** Puts a credential where the scheme says: a bearer/basic Authorization header, an API-key header, query or cookie. */
export function applyCredential(headers: Headers, url: URL, scheme: SecuritySchemeInfo, credential: string): void {
  if (scheme.type === "http") {
    headers.set("Authorization", scheme.scheme === "bearer" ? `Bearer ${credential}` : `Basic ${btoa(credential)}`);
    return;
  }
  // The spec's `x-key-prefix` is part of the value; keys are often copied with it already in place.
  const value = scheme.prefix && !credential.startsWith(scheme.prefix) ? scheme.prefix + credential : credential;
  if (scheme.in === "header") headers.set(scheme.name, value);
  else if (scheme.in === "query") url.searchParams.set(scheme.name, value);
  else {
    // Replace our cookie, keep the caller's others (the same headers are reused across attempts).
    const others = (headers.get("Cookie") ?? "").split("; ").filter((c) => c && !c.startsWith(`${scheme.name}=`));
    headers.set("Cookie", [...others, `${scheme.name}=${encodeURIComponent(value)}`].join("; "));
  }
}
