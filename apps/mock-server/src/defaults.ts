import { DEFAULT_DOCS_PORT, DOCS_PORT_ENV, parsePort } from "@vendor-sdks/spec-kit/workspace/ports";

/** Interface the mocks listen on unless `--host` says otherwise. */
export const DEFAULT_HOST = "127.0.0.1";

/** Largest request body accepted (larger: 413): 10 MiB, Prism's own limit. */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
/** How long a client may take to send one request before it gets a 408. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

export { DEFAULT_DOCS_PORT, DOCS_PORT_ENV };
const DOCS_HOST = "127.0.0.1";
export const DEFAULT_DOCS_URL = `http://${DOCS_HOST}:${DEFAULT_DOCS_PORT}`;

/** Where the docs server listens given the same environment: `DOCS_PORT` when set, else its default port. */
export function defaultDocsUrl(env: NodeJS.ProcessEnv): string {
  const fromEnv = env[DOCS_PORT_ENV];
  if (fromEnv === undefined || fromEnv === "") return DEFAULT_DOCS_URL;
  return `http://${DOCS_HOST}:${parsePort(fromEnv, DOCS_PORT_ENV)}`;
}
