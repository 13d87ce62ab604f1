/**
 * The pino-shaped logger prism-http requires. Its own log lines describe negotiation steps; with `--verbose` the
 * server logs one line per request instead (server/start-vendor-server.ts), so Prism's are always dropped.
 */
export function silentLogger(): Record<string, unknown> {
  const noop = (): void => {};
  const logger: Record<string, unknown> = { level: "silent", trace: noop, debug: noop, info: noop, success: noop, warn: noop, error: noop, fatal: noop };
  logger.child = () => logger;
  return logger;
}
