import type { SecuritySchemeInfo } from "../operations/operation-info.js";

/**
 * Puts a credential where the scheme says: a bearer/basic Authorization header, an API-key header, query or cookie.
 * Returns the URL to send to (changed only for a key in the query).
 */
export function applyCredential(headers: Headers, url: string, scheme: SecuritySchemeInfo, credential: string): string {
  if (scheme.type === "http") {
    headers.set("Authorization", scheme.scheme === "bearer" ? `Bearer ${credential}` : `Basic ${btoa(credential)}`);
    return url;
  }
  // The spec's `x-key-prefix` is part of the value; keys are often copied with it already in place.
  const value = scheme.prefix && !credential.startsWith(scheme.prefix) ? scheme.prefix + credential : credential;
  if (scheme.in === "header") headers.set(scheme.name, value);
  else if (scheme.in === "query") {
    const withKey = new URL(url);
    withKey.searchParams.set(scheme.name, value);
    return withKey.href;
  } else {
    // Replace our cookie, keep the caller's others (the same headers are reused across attempts).
    const others = (headers.get("Cookie") ?? "").split("; ").filter((c) => c && !c.startsWith(`${scheme.name}=`));
    headers.set("Cookie", [...others, `${scheme.name}=${encodeURIComponent(value)}`].join("; "));
  }
  return url;
}
