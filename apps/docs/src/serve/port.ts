import { DEFAULT_DOCS_PORT, DOCS_PORT_ENV } from "@vendor-sdks/spec-kit/workspace/ports";

/** The documented default port of `pnpm docs:serve` and its variable, shared with the mock server's docs links. */
export { DEFAULT_DOCS_PORT, DOCS_PORT_ENV };

/** The port `--port` (or `DOCS_PORT`, which the command line reads) names; anything but a port number is an error. */
export function parsePort(raw: string): number {
  const port = Number(raw);
  if (raw.trim() === "" || !Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid docs port "${raw}": expected an integer from 0 to 65535.`);
  return port;
}
