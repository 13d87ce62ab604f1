/**
 * The `--auth` flag. Only styles the whole pipeline carries end to end are offered: the runtime's applyCredential,
 * Prism's security check in the mock, and the docs' curl samples (which send HTTP Basic credentials unencoded, so
 * `basic` is not offered).
 */
export type AuthOption =
  | { readonly kind: "bearer" }
  | { readonly kind: "api-key"; readonly in: "header" | "query"; readonly name: string };

/** The accepted forms, for usage text and error messages. */
export const AUTH_OPTION_FORMS = "bearer | api-key:<Header-Name> | api-key-query:<param>";

const HEADER_NAME = /^[A-Za-z0-9-]+$/;
const QUERY_NAME = /^[A-Za-z0-9_.-]+$/;

export function parseAuthOption(value: string | undefined): AuthOption {
  const text = value ?? "";
  if (text === "bearer") return { kind: "bearer" };
  const m = /^(api-key|api-key-query):(.*)$/.exec(text);
  if (m?.[2]) {
    const auth: AuthOption = { kind: "api-key", in: m[1] === "api-key" ? "header" : "query", name: m[2] };
    const problem = authOptionProblem(auth);
    if (problem) throw new Error(problem);
    return auth;
  }
  throw new Error(`--auth must be one of ${AUTH_OPTION_FORMS} (e.g. api-key:X-API-Key), got "${text}".`);
}

/** Why `auth` cannot be scaffolded, or undefined when it can (for options built in code, not parsed). */
export function authOptionProblem(auth: AuthOption): string | undefined {
  if (auth.kind === "bearer") return undefined;
  if (auth.kind !== "api-key") return `--auth must be one of ${AUTH_OPTION_FORMS}, got kind "${String((auth as { kind: unknown }).kind)}".`;
  if (auth.in !== "header" && auth.in !== "query") return `--auth api-key must go in a header or the query, got "${String(auth.in)}".`;
  if (auth.in === "header" && !HEADER_NAME.test(auth.name)) {
    return `--auth api-key:<Header-Name> needs a header name of letters, digits and dashes, got "${auth.name}".`;
  }
  if (auth.in === "query" && !QUERY_NAME.test(auth.name)) {
    return `--auth api-key-query:<param> needs a parameter name of letters, digits, "_", "." and "-", got "${auth.name}".`;
  }
  return undefined;
}
