/** The documented default port of `pnpm docs:serve`. */
export const DEFAULT_DOCS_PORT = 4000;

/** `--port` wins over `DOCS_PORT`, which wins over the default; anything but a port number is an error. */
export function resolvePort(flag: string | undefined, env: string | undefined): number {
  const raw = flag ?? env;
  if (raw === undefined || raw === "") return DEFAULT_DOCS_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid docs port "${raw}": expected an integer from 0 to 65535.`);
  return port;
}
