const REDACTED = "[redacted]";
const SECRET_QUERY = /^(api[-_]?key|key|token|access[-_]?token|secret|signature|sig|auth|authorization|password)$/i;
const SECRET_HEADERS = ["authorization", "proxy-authorization", "cookie", "set-cookie"];

/** Removes every known secret, and anything after `Bearer `/`Basic `, from a piece of text. */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text.replace(/\b(Bearer|Basic)\s+[^\s"',;]+/gi, `$1 ${REDACTED}`);
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  return out;
}

/** A deep copy of a parsed body (JSON or text) with every string redacted. */
export function redactValue(value: unknown, secrets: readonly string[]): unknown {
  return value === undefined ? value : JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === "string" ? redactText(v, secrets) : v));
}

/** The URL with secret-looking query parameters (and the given extra names) blanked. */
export function redactUrl(url: string, secrets: readonly string[], secretParams: readonly string[] = []): string {
  try {
    const parsed = new URL(url);
    for (const name of [...parsed.searchParams.keys()]) {
      if (SECRET_QUERY.test(name) || secretParams.includes(name)) parsed.searchParams.set(name, REDACTED);
    }
    return redactText(parsed.toString(), secrets);
  } catch {
    return redactText(url, secrets);
  }
}

/** Response headers without credentials, cookies or the API-key header, and with secrets scrubbed from values. */
export function redactHeaders(headers: Headers, secrets: readonly string[], secretHeaders: readonly string[] = []): Headers {
  const out = new Headers();
  const hidden = [...SECRET_HEADERS, ...secretHeaders.map((h) => h.toLowerCase())];
  headers.forEach((value, name) => hidden.includes(name) || out.set(name, redactText(value, secrets)));
  return out;
}
