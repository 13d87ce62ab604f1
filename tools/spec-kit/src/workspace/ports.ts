/**
 * The ports and their environment variables that more than one tool names: the docs server listens on
 * `DOCS_PORT` (default 4000), which `vs start` serves and the mock server links to; each vendor's mock port is
 * overridden by `MOCK_PORT_<VENDOR>`.
 */
export const DOCS_PORT_ENV = "DOCS_PORT";
export const DEFAULT_DOCS_PORT = 4000;

/** `MOCK_PORT_HANIA`: the environment variable that overrides one vendor's mock port. */
export function mockPortEnvName(vendor: string): string {
  return `MOCK_PORT_${vendor.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`;
}

/** A TCP port number (0 asks the OS for a free one), or an error naming where the bad value came from. */
export function parsePort(text: string, source: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text.trim()) || port > 65535) throw new Error(`${source}: "${text}" is not a port number (0-65535).`);
  return port;
}
